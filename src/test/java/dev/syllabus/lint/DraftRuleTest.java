package dev.syllabus.lint;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DraftRuleTest {
    @TempDir
    Path root;

    @Test
    void aFileStillCarryingTheDraftCommentIsAWarningOnTheCommentsLine() throws IOException {
        Files.createDirectories(root.resolve("creators"));
        Files.writeString(root.resolve("creators/ann-lee.md"), "---\nname: Ann Lee\nkind: person\n---\nIntro.\n\n"
                + "<!-- draft: imported by syllabus import from list.md:3.\nCheck it. -->\n");
        Files.writeString(root.resolve("creators/bo-chen.md"), "---\nname: Bo Chen\nkind: person\n---\nReviewed.\n");

        var findings = new DraftRule().check(ContentLoader.load(root));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity().id()).isEqualTo("warning");
            assertThat(f.file()).isEqualTo("creators/ann-lee.md");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.message()).contains("imported draft").contains("delete the draft comment");
        });
        assertThat(findings).noneMatch(Finding::isError);
    }
}
