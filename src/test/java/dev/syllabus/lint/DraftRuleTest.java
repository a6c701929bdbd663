package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** An imported draft is listed until a curator has reviewed it and deleted its draft comment. */
class DraftRuleTest {
    private static final String CREATOR = "creators/demo-channel.md";

    @TempDir
    Path folder;

    @Test
    void aFileStillCarryingTheDraftCommentIsAWarningAtTheComment() {
        givenTheValidFixtureIn(folder).write(CREATOR, "---\nname: Demo Channel\nkind: channel\nhomepage: https://demo.example.org\n"
                        + "---\nIntro.\n\n<!-- draft: imported by syllabus import from list.md:3.\nCheck it. -->\n")
                .thenReportsOnly("draft").in(CREATOR).atLineOf("<!-- draft:").asWarning()
                .saying("creator 'demo-channel' is an imported draft", "write its note in our own words", "delete the draft comment");
    }

    @Test
    void aReviewedFileWithoutTheCommentIsNoDraft() {
        ContentTree tree = givenTheValidFixtureIn(folder).write(CREATOR, "---\nname: Demo Channel\nkind: channel\n"
                + "homepage: https://demo.example.org\n---\n<!-- a curator's own comment -->\n");

        assertThat(tree.findings()).isEmpty();
    }
}
