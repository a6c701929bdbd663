package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {
    private static final KnowledgeBase KB = ContentLoader.load(Path.of("src/test/resources/fixtures/valid")).kb();
    private final Markdown markdown = new Markdown(KB);

    @Test
    void wikiLinkBecomesALinkToTheEntityPageWithItsTitle() {
        assertThat(markdown.render("See [[self-attention]]."))
                .contains("<a href=\"/concepts/self-attention\">Self-attention</a>");
    }

    @Test
    void labelledWikiLinkKeepsItsLabel() {
        assertThat(markdown.render("See [[bahdanau-attention|the 2015 paper]]."))
                .contains("<a href=\"/papers/bahdanau-attention\">the 2015 paper</a>");
    }

    @Test
    void wikiLinkToNothingIsPlainText() {
        assertThat(markdown.render("See [[no-such-thing]].")).contains("See no-such-thing.").doesNotContain("<a");
    }

    @Test
    void rawHtmlAndScriptsNeverReachThePage() {
        String html = markdown.render("Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");
        var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey() + "=" + a.getValue())).noneMatch(a -> a.startsWith("on") || a.contains("javascript:"));
    }

    @Test
    void externalLinksGetNoopenerNoreferrer() {
        assertThat(markdown.render("[paper](https://arxiv.org/abs/1706.03762)"))
                .contains("href=\"https://arxiv.org/abs/1706.03762\" rel=\"noopener noreferrer\"");
    }

    @Test
    void internalLinksStayPlain() {
        assertThat(markdown.render("[[self-attention]]")).doesNotContain("rel=");
    }

    @Test
    void bodyHeadingsNeverCompeteWithThePageTitle() {
        assertThat(markdown.render("# Why it matters")).contains("<h2").doesNotContain("<h1");
    }

    @Test
    void labelsCannotInjectMarkdown() {
        assertThat(markdown.render("[[self-attention|click](javascript:alert(1))]]")).doesNotContain("javascript:");
    }
}
