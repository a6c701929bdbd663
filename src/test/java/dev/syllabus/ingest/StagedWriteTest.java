package dev.syllabus.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import's files are written all at once or not at all. */
class StagedWriteTest {
    private static final String CREATOR = "---\nname: Ann Lee\nkind: person\n---\n";
    private static final String RESOURCE = "---\ntitle: A\nkind: article\ncreators: [ann-lee]\nurl: https://a.org/a\n---\n";

    @TempDir
    Path parent;
    private Path root;

    @BeforeEach
    void contentDirectory() throws IOException {
        root = Files.createDirectories(parent.resolve("content"));
        Files.createDirectories(root.resolve("creators"));
        Files.writeString(root.resolve("creators/ann-lee.md"), CREATOR);
    }

    @Test
    void validFilesAreMovedIntoPlaceAndNoStagingIsLeftBehind() throws IOException {
        StagedWrite.apply(root, Map.of("resources/a.md", RESOURCE), Map.of());

        assertThat(Files.readString(root.resolve("resources/a.md"))).isEqualTo(RESOURCE);
        assertThat(ContentTrees.entries(parent)).noneMatch(e -> e.contains(".syllabus-import-"));
    }

    @Test
    void contentThatWouldNotValidateIsNotWrittenAtAll() throws IOException {
        Map<String, String> before = ContentTrees.snapshot(root);
        Map<String, String> files = Map.of("resources/a.md", RESOURCE,
                "resources/b.md", RESOURCE.replace("creators: [ann-lee]", "creators: [nobody]").replace("a.org/a", "a.org/b"));

        assertThatThrownBy(() -> StagedWrite.apply(root, files, Map.of())).isInstanceOf(ImportFailure.class)
                .hasMessageContaining("does not validate").hasMessageContaining("nobody");
        assertThat(ContentTrees.snapshot(root)).isEqualTo(before);
        assertThat(ContentTrees.entries(parent)).containsExactly("", "content", "content/creators", "content/creators/ann-lee.md");
    }

    @Test
    void aFileEditedWhileTheImportRanIsNotOverwritten() throws IOException {
        String merged = CREATOR + "Merged.\n";

        assertThatThrownBy(() -> StagedWrite.apply(root, Map.of("creators/ann-lee.md", merged), Map.of("creators/ann-lee.md",
                "what the import read before a curator saved the file"))).isInstanceOf(ImportFailure.class)
                .hasMessageContaining("changed while the import ran");
        assertThat(Files.readString(root.resolve("creators/ann-lee.md"))).isEqualTo(CREATOR);
    }

    @Test
    void errorsTheContentAlreadyHadDoNotBlockTheImport() throws IOException {
        Files.createDirectories(root.resolve("concepts"));
        Files.writeString(root.resolve("concepts/broken.md"), "---\ntitle: Broken\n---\n");

        StagedWrite.apply(root, Map.of("resources/a.md", RESOURCE), Map.of());

        assertThat(root.resolve("resources/a.md")).exists();
    }

    @Test
    void aStagingDirectoryLeftWithoutAJournalIsDeletedAndTheContentKept() throws IOException {
        Map<String, String> before = ContentTrees.snapshot(root);
        ImportJournal staged = ImportJournal.begin(root, ImportJournal.Steps.NONE);
        Files.createDirectories(staged.tree().resolve("resources"));
        Files.writeString(staged.tree().resolve("resources/a.md"), RESOURCE);

        assertThat(Importer.recover(root)).isZero();

        assertThat(ContentTrees.snapshot(root)).isEqualTo(before);
        assertThat(ContentTrees.entries(parent)).noneMatch(e -> e.contains(".syllabus-import-"));
    }

    @Test
    void aCommittedImportThatWasCutOffIsCompletedByTheNextRun() throws IOException {
        ImportJournal staged = ImportJournal.begin(root, ImportJournal.Steps.NONE);
        Files.createDirectories(staged.tree().resolve("resources"));
        Files.writeString(staged.tree().resolve("resources/a.md"), RESOURCE);
        Files.writeString(staged.tree().resolve("resources/b.md"), RESOURCE.replace("a.org/a", "a.org/b"));
        staged.commit(java.util.List.of("resources/a.md", "resources/b.md"));
        Files.createDirectories(root.resolve("resources"));
        Files.move(staged.tree().resolve("resources/a.md"), root.resolve("resources/a.md"));

        assertThat(Importer.recover(root)).isEqualTo(1);

        assertThat(root.resolve("resources/b.md")).hasContent(RESOURCE.replace("a.org/a", "a.org/b"));
        assertThat(ContentTrees.entries(parent)).noneMatch(e -> e.contains(".syllabus-import-"));
    }

    @Test
    void aSecondImportIntoTheSameDirectoryIsRefusedWhileOneRuns() {
        try (ImportLock running = ImportLock.take(root)) {
            assertThatThrownBy(() -> StagedWrite.apply(root, Map.of("resources/a.md", RESOURCE), Map.of()))
                    .isInstanceOf(ImportFailure.class).hasMessageContaining("another import into");
        }
        assertThat(root.resolve("resources/a.md")).doesNotExist();
    }
}
