package dev.syllabus.kb;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class WikiLinkTest {
    @Test
    void findsEveryLinkWithItsLabelAndLine() {
        String body = "Start with [[neural-networks]].\n\nThen [[self-attention|attention over itself]] and [[gpt-2]].";
        assertThat(WikiLink.findAll(body)).containsExactly(
                new WikiLink("neural-networks", "neural-networks", 1),
                new WikiLink("self-attention", "attention over itself", 3),
                new WikiLink("gpt-2", "gpt-2", 3));
    }

    @Test
    void trimsSpacesInsideTheBrackets() {
        assertThat(WikiLink.findAll("[[ bert | BERT ]]")).containsExactly(new WikiLink("bert", "BERT", 1));
    }

    @Test
    void ignoresSingleBracketsEmptyLinksAndLinksBrokenAcrossLines() {
        assertThat(WikiLink.findAll("[not a link] [[]] [[split\nlink]] [x](https://example.org)")).isEmpty();
    }

    @Test
    void keepsATargetThatIsNotASlugSoValidationCanReportIt() {
        assertThat(WikiLink.findAll("[[Self Attention]]")).extracting(WikiLink::target).containsExactly("Self Attention");
    }

    @Test
    void rewritesLinksAndLeavesTheRestOfTheText() {
        String html = WikiLink.replaceAll("See [[bert|the BERT paper]] and [[gpt]].",
                link -> "<a href=\"/" + link.target() + "\">" + link.label() + "</a>");
        assertThat(html).isEqualTo("See <a href=\"/bert\">the BERT paper</a> and <a href=\"/gpt\">gpt</a>.");
    }

    @Test
    void rewritingKeepsDollarSignsAndBackslashesOfTheReplacement() {
        assertThat(WikiLink.replaceAll("[[cost]]", link -> "$1 \\ " + link.target())).isEqualTo("$1 \\ cost");
    }

    @Test
    void bodyReferencesAreTheLinksWhoseTargetsAreSlugsAndAcceptAnyKind() {
        assertThat(WikiLink.referencesIn("[[bert]]\n[[Not A Slug]]")).containsExactly(
                new Reference(Slug.of("bert"), EnumSet.allOf(EntityType.class), "body", 1));
    }
}
