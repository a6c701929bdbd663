package dev.syllabus.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Text nested deeper than the limit is found, at its line, on the raw text; ordinary nesting is not. */
class NestingDepthTest {
    private static final int LIMIT = NestingDepth.LIMIT;

    @Test
    void quotesUpToTheLimitAreAcceptedAndOneMoreIsRefused() {
        assertThat(NestingDepth.markdown(">".repeat(LIMIT) + " x", 1)).isEmpty();
        assertThat(NestingDepth.markdown(">".repeat(LIMIT + 1) + " x", 1)).contains(new NestingDepth.TooDeep(1, LIMIT + 1));
    }

    @Test
    void theLineReportedIsCountedFromWhereTheTextStarts() {
        Optional<NestingDepth.TooDeep> deep = NestingDepth.markdown("fine\n\n" + "> ".repeat(2000) + "deep\n", 7);

        assertThat(deep).map(NestingDepth.TooDeep::line).contains(9);
    }

    @Test
    void listItemsNestedByIndentationAreCounted() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        assertThat(NestingDepth.markdown(list.toString(), 1)).isPresent();
    }

    @Test
    void emphasisOpenedTwentyThousandTimesIsRefused() {
        assertThat(NestingDepth.markdown("*".repeat(20_000) + "x" + "*".repeat(20_000), 1)).isPresent();
        assertThat(NestingDepth.markdown("*a ".repeat(500) + "b", 1)).isPresent();
        assertThat(NestingDepth.markdown("word" + "*".repeat(20_000) + "x" + "*".repeat(20_000), 1)).isPresent();
    }

    @Test
    void bracketsOpenedAcrossAParagraphAreRefusedButABlankLineStartsAfresh() {
        assertThat(NestingDepth.markdown("![".repeat(60) + "\n" + "![".repeat(60), 1)).isPresent();
        assertThat(NestingDepth.markdown("![".repeat(60) + "\n\n" + "![".repeat(60), 1)).isEmpty();
    }

    @Test
    void ordinaryMarkdownWithBoldLinksListsAndQuotesIsAccepted() {
        String prose = "**Bold** and _italic_ and [a link](https://a.org) in a paragraph.\n".repeat(200)
                + "- a list\n  - nested\n    - deeper\n> a quote\n> > in a quote\n    code block\n1. numbered\n";
        assertThat(NestingDepth.markdown(prose, 1)).isEmpty();
    }

    @Test
    void snakeCaseNamesAreNotEmphasis() {
        assertThat(NestingDepth.markdown("a_long_snake_case_name ".repeat(200), 1)).isEmpty();
    }

    @Test
    void yamlSequencesNestedInFlowStyleAreRefusedAtTheirLine() {
        assertThat(NestingDepth.yaml("title: x\nextra: " + "[".repeat(5000) + "]".repeat(5000), 2))
                .map(NestingDepth.TooDeep::line).contains(3);
    }

    @Test
    void yamlNestedByIndentationIsRefused() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(NestingDepth.yaml(yaml.toString(), 1)).isPresent();
    }

    @Test
    void bracketsInsideQuotedYamlStringsAreText() {
        assertThat(NestingDepth.yaml("note: \"" + "[".repeat(500) + "\"\ntitle: '" + "{".repeat(500) + "'", 1)).isEmpty();
    }
}
