package dev.syllabus.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteLibraryTest {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    @TempDir
    Path dir;

    private String savedPath;
    private String savedName;

    @BeforeEach
    void forgetWhereTheLibraryIs() {
        savedPath = System.getProperty(PATH);
        savedName = System.getProperty(NAME);
        System.clearProperty(PATH);
        System.clearProperty(NAME);
    }

    @AfterEach
    void restoreWhereTheLibraryIs() {
        restore(PATH, savedPath);
        restore(NAME, savedName);
    }

    @Test
    void theLibraryIsExtractedIntoItsFolderAndTheDriverIsPointedThere() throws IOException {
        SqliteLibrary.useFrom(dir);
        assertThat(System.getProperty(PATH)).isEqualTo(dir.toString());
        Path library = dir.resolve(System.getProperty(NAME));
        assertThat(library).isRegularFile();
        assertThat(Files.size(library)).isGreaterThan(100_000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(library);
        }
        try (Database db = Database.open(DatabaseAddress.parse(dir.resolve("p.db").toString()))) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
        }
    }

    @Test
    void aLibraryInAFolderOthersCanWriteIsNotUsed() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        SqliteLibrary.useFrom(shared);
        assertThat(System.getProperty(PATH)).isNull();
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
