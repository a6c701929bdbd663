package dev.syllabus.progress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner's note is rendered as Markdown and nothing in it can run in the page. */
class NoteHtmlTest {
    @Test
    void markdownFormattingIsKept() {
        assertThat(NoteHtml.render("*Keys* meet `queries`.")).isEqualTo("<p><em>Keys</em> meet <code>queries</code>.</p>\n");
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        String html = NoteHtml.render("<script>alert(1)</script> <img src=x onerror=alert(2)>");
        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(2)>");
    }

    @Test
    void javascriptLinksAreDropped() {
        assertThat(NoteHtml.render("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void webLinksAreKeptAsNofollow() {
        assertThat(NoteHtml.render("[paper](https://arxiv.org/abs/1706.03762)"))
                .contains("href=\"https://arxiv.org/abs/1706.03762\"").contains("nofollow");
    }

    @Test
    void headingsAreDemotedBelowThePagesOwn() {
        assertThat(NoteHtml.render("# Mine")).contains("<h4>Mine</h4>");
    }
}
