package dev.syllabus.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(library.getFileName().toString(),
                    platformFile().getFileName().toString());
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

    @Test
    void thePlatformIsKeptForThisRuntimeAndReadBackFromTheFolder() throws IOException {
        String driver = OSInfo.getNativeLibFolderPathForCurrentOS();
        assertThat(SqliteLibrary.platform(dir)).isEqualTo(driver);
        List<String> lines = Files.readAllLines(platformFile());
        assertThat(lines).hasSize(2).last().isEqualTo(driver);
        Files.write(platformFile(), List.of(lines.get(0), "Kept/answer"));
        assertThat(SqliteLibrary.platform(dir)).isEqualTo("Kept/answer");
    }

    @Test
    void aKeptPlatformOthersCouldHaveWrittenIsFoundAgain() throws IOException {
        String driver = OSInfo.getNativeLibFolderPathForCurrentOS();
        SqliteLibrary.platform(dir);
        List<String> lines = Files.readAllLines(platformFile());
        Files.write(platformFile(), List.of(lines.get(0), "Kept/answer"));
        Files.setPosixFilePermissions(platformFile(), PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(SqliteLibrary.platform(dir)).isEqualTo(driver);
    }

    @Test
    void aFolderThatCannotBeWrittenStillGetsThePlatform() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        assertThat(SqliteLibrary.platform(file)).isEqualTo(OSInfo.getNativeLibFolderPathForCurrentOS());
    }

    @Test
    void aKeptPlatformOfAnotherRuntimeOrOfAnotherShapeIsFoundAgain() throws IOException {
        String driver = OSInfo.getNativeLibFolderPathForCurrentOS();
        SqliteLibrary.platform(dir);
        Path kept = platformFile();
        List<String> lines = Files.readAllLines(kept);
        Files.write(kept, List.of("/other/java|17|Linux|amd64", "Mac/aarch64"));
        assertThat(SqliteLibrary.platform(dir)).isEqualTo(driver);
        Files.write(kept, List.of(lines.get(0), "../../evil"));
        assertThat(SqliteLibrary.platform(dir)).isEqualTo(driver);
        assertThat(Files.readAllLines(kept)).isEqualTo(lines);
    }

    private Path platformFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("platform-")).findFirst().orElseThrow();
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
