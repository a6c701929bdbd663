package dev.syllabus.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsExtractedIntoItsFolderAndTheDriverIsPointedThere() throws IOException {
        String path = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        try {
            SqliteLibrary.useFrom(dir);
            assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(dir.toString());
            Path library = dir.resolve(System.getProperty("org.sqlite.lib.name"));
            assertThat(library).isRegularFile();
            assertThat(Files.size(library)).isGreaterThan(100_000);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(library);
            }
            try (Database db = Database.open(DatabaseAddress.parse(dir.resolve("p.db").toString()))) {
                assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            }
        } finally {
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    @Test
    void aLibraryInAFolderOthersCanWriteIsNotUsed() throws IOException {
        String path = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        try {
            Path shared = Files.createDirectories(dir.resolve("shared"));
            Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            SqliteLibrary.useFrom(shared);
            assertThat(System.getProperty("org.sqlite.lib.path")).isNull();
        } finally {
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
