package dev.syllabus.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeLinksTest {
    @Test
    void entityPagesAreFilesInTheirTypesFolder() {
        assertThat(RelativeLinks.file("/concepts/self-attention")).isEqualTo("concepts/self-attention.html");
    }

    @Test
    void homeAndListPagesAreIndexFiles() {
        assertThat(RelativeLinks.file("/")).isEqualTo("index.html");
        assertThat(RelativeLinks.file("/papers")).isEqualTo("papers/index.html");
    }

    @Test
    void oneAreasGraphIsAPageOfItsOwn() {
        assertThat(RelativeLinks.file("/graph?area=alignment")).isEqualTo("graph/alignment.html");
        assertThat(RelativeLinks.file("/graph")).isEqualTo("graph.html");
    }

    @Test
    void queryAndFragmentSurviveTheMapping() {
        assertThat(RelativeLinks.target("/plan?goal=dpo&amp;depth=deep")).isEqualTo("plan.html?goal=dpo&amp;depth=deep");
        assertThat(RelativeLinks.target("/#area-foundations")).isEqualTo("index.html#area-foundations");
        assertThat(RelativeLinks.target("/concepts?sort=title&order=desc")).isEqualTo("concepts/index.html?sort=title&order=desc");
    }

    @Test
    void theApiPointsAtThePageThatExplainsItNeedsAServer() {
        assertThat(RelativeLinks.target("/api/v1/openapi.json")).isEqualTo("plan.html#api");
    }

    @Test
    void linksAreRelativeToThePagesFolder() {
        String html = "<a href=\"/concepts/x\">x</a><form action=\"/search\"><script src=\"/assets/site.js\">";
        assertThat(RelativeLinks.rewrite(html, RelativeLinks.up("concepts/y.html")))
                .isEqualTo("<a href=\"../concepts/x.html\">x</a><form action=\"../search.html\"><script src=\"../assets/site.js\">");
        assertThat(RelativeLinks.rewrite(html, RelativeLinks.up("index.html")))
                .startsWith("<a href=\"concepts/x.html\">");
    }

    @Test
    void anAbsoluteBaseGivesAbsoluteLinks() {
        assertThat(RelativeLinks.rewrite("<a href=\"/\">home</a>", "https://example.org/wiki/"))
                .isEqualTo("<a href=\"https://example.org/wiki/index.html\">home</a>");
    }

    @Test
    void externalFragmentAndProtocolRelativeLinksAreLeftAlone() {
        String html = "<a href=\"https://arxiv.org/abs/1\">a</a><a href=\"#top\">t</a><a href=\"//cdn.example.org/x\">c</a>";
        assertThat(RelativeLinks.rewrite(html, "../")).isEqualTo(html);
    }

    @Test
    void addressesInTextAreNotLinks() {
        String html = "<p>write href=&quot;/concepts/x&quot; in a page</p><code> src=&quot;/x&quot;</code>";
        assertThat(RelativeLinks.rewrite(html, "../")).isEqualTo(html);
    }

    @Test
    void onlyTheAddressAttributesAreRewrittenWhateverBlankPrecedesThem() {
        String html = "<img data-src=\"/x\" xhref=\"/y\">\n<a\thref=\"/concepts/x\"\ndata-lib=\"/assets/m.js\">";
        assertThat(RelativeLinks.rewrite(html, "../"))
                .isEqualTo("<img data-src=\"/x\" xhref=\"/y\">\n<a\thref=\"../concepts/x.html\"\ndata-lib=\"../assets/m.js\">");
    }

    @Test
    void anAddressWithoutItsClosingQuoteIsLeftAlone() {
        assertThat(RelativeLinks.rewrite("<a href=\"/a\"> <a href=\"/b", "../")).isEqualTo("<a href=\"../a.html\"> <a href=\"/b");
    }
}
