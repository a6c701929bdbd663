package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** What the last link check stored in link-status.tsv is shown where the address is written, until a check says otherwise. */
class LinkStatusRuleTest {
    private static final String PRIMER = "resources/nn-primer.md";
    /** The primer's address exactly as its file writes it: statuses are kept under the written address. */
    private static final String URL = "https://example.org/nn-primer/";
    private static final String HEADER = "# address\tstatus\tchecked\tcode\tdetail\n";

    @TempDir
    Path folder;

    @Test
    void anAddressLastFoundBrokenIsAWarningAtItsLineWithTheDate() {
        givenTheValidFixtureIn(folder).write("link-status.tsv", HEADER + URL + "\tbroken\t2026-11-23\t404\tHTTP 404: not found\n")
                .thenReportsOnly("link-broken").in(PRIMER).atLineOf("url:").asWarning()
                .saying(URL, "broken, last checked 2026-11-23", "HTTP 404", "check-links");
    }

    @Test
    void anAddressLastFoundWorkingIsNoFinding() {
        ContentTree tree = givenTheValidFixtureIn(folder).write("link-status.tsv", HEADER + URL + "\tok\t2026-11-23\t200\tHTTP 200\n");

        assertThat(tree.findings()).isEmpty();
    }

    @Test
    void aLineThatIsNoStatusIsAWarningAtItsLine() {
        givenTheValidFixtureIn(folder).write("link-status.tsv", HEADER + "https://example.org\tfine\tyesterday\n")
                .thenReportsOnly("link-status-syntax").in("link-status.tsv").atLine(2).asWarning()
                .saying("not a status line", "--write-status");
    }
}
