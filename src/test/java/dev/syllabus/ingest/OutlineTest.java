package dev.syllabus.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown, plain text and HTML read into the same outline of headings, items, paragraphs and rows. */
class OutlineTest {

    @Test
    void nestedListItemsBecomeChildrenWithTheirLinks() {
        List<Block> blocks = MarkdownOutline.read("- Neural networks\n  - [Backprop](https://colah.github.io/x) - Chris Olah\n");

        assertThat(blocks).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Neural networks");
            assertThat(item.children()).singleElement().satisfies(child -> {
                assertThat(child.links()).singleElement().extracting(Link::label, Link::target)
                        .containsExactly("Backprop", "https://colah.github.io/x");
                assertThat(child.text().substring(child.links().get(0).start(), child.links().get(0).end())).isEqualTo("Backprop");
            });
        });
    }

    @Test
    void rawHtmlHeadingsInsideMarkdownAreHeadingsOnTheirOwnLine() {
        List<Block> blocks = MarkdownOutline.read("Intro.\n\n<h2>Recurrent Neural Networks</h2>\n\nText [here](https://x.org/a).\n");

        assertThat(blocks).extracting(Block::kind, Block::text, Block::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.PARAGRAPH, "Intro.", 1),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, "Recurrent Neural Networks", 3),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.PARAGRAPH, "Text here.", 5));
    }

    @Test
    void plainTextStepAndPhaseLinesAreHeadingsEvenRightAfterAListItem() {
        String text = "Lightweight Path\nVideos and posts.\nStep 1: Intuition (~2 hours)\n- One thing\nStep 2: Build\n- Another\n"
                + "Phase 1: Core Architecture\nRead closely.\n";

        List<Block> headings = MarkdownOutline.read(text).stream().filter(b -> b.kind() == Block.Kind.HEADING).toList();

        assertThat(headings).extracting(Block::text).containsExactly("Lightweight Path", "Step 1: Intuition (~2 hours)",
                "Step 2: Build", "Phase 1: Core Architecture");
    }

    @Test
    void aBoldOnlyParagraphIsAHeading() {
        assertThat(MarkdownOutline.read("**High level resources**\n\n* [A](https://a.org)\n").get(0))
                .extracting(Block::kind, Block::text).containsExactly(Block.Kind.HEADING, "High level resources");
    }

    @Test
    void aLinkWhoseTargetHasSpacesIsKeptAsALinkToReport() {
        Block p = MarkdownOutline.read("See [\"Attention, visually\"](Attention in transformers | Chapter 6) too.").get(0);

        assertThat(p.links()).singleElement().extracting(Link::target).isEqualTo("Attention in transformers | Chapter 6");
    }

    @Test
    void tableRowsBecomeRowsOfHeaderNamedFields() {
        Block row = MarkdownOutline.read("| Title | By |\n|---|---|\n| [A](https://a.org) | Ann Lee |\n").get(0);

        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(row.children()).extracting(Block::text).containsExactly("Title: A", "By: Ann Lee");
        Block title = row.children().get(0);
        assertThat(title.text().substring(title.links().get(0).start(), title.links().get(0).end())).isEqualTo("A");
    }

    @Test
    void htmlKeepsItsLineNumbersListsAndTablesAndDropsScripts() {
        String html = "<html><body>\n<h2>Videos</h2>\n<ul><li><a href='https://a.org'>A</a> by Ann\n<li>B</ul>\n"
                + "<script>document.write('<a href=\"https://evil.example\">x</a>')</script>\n"
                + "<table><tr><th>Title</th></tr><tr><td><a href='https://c.org'>C</a></td></tr></table>";

        List<Block> blocks = HtmlOutline.document(html);

        assertThat(blocks).extracting(Block::kind, Block::text, Block::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, "Videos", 2),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.ITEM, "A by Ann", 3),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.ITEM, "B", 4),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.ROW, "C", 6));
    }

    @Test
    void unbalancedHtmlStillGivesItsLinks() {
        List<Block> blocks = HtmlOutline.document("<div><p>Read <a href='https://a.org/x'>this <b>post</a> now<div><ul><li>");

        assertThat(blocks).flatExtracting(Block::links).extracting(Link::target).containsExactly("https://a.org/x");
    }

    @Test
    void aDocumentIsHtmlByItsExtensionOrItsFirstTag() {
        assertThat(SourceDocument.of("page.htm", "plain").format()).isEqualTo(SourceDocument.Format.HTML);
        assertThat(SourceDocument.of("<stdin>", "<!DOCTYPE html><p>x").format()).isEqualTo(SourceDocument.Format.HTML);
        assertThat(SourceDocument.of("guide.txt", "# Title\n<h2>x</h2>").format()).isEqualTo(SourceDocument.Format.MARKDOWN);
        assertThat(SourceDocument.of("notes.md", "<html><body>x").format()).isEqualTo(SourceDocument.Format.MARKDOWN);
    }

    @Test
    void aLongDocumentReadInPartsHasTheOutlineOfTheWholeDocument() {
        StringBuilder text = new StringBuilder("# Guide\n\nIntro with a [link](https://a.org/0).\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("## ").append(i).append(". Topic\n\n### Video — \"Talk ").append(i).append("\"\n\n- **Channel:** Ann Lee\n")
                    .append("  - **URL:** <https://www.youtube.com/watch?v=abcdefghij").append(i % 10).append(">\n\n")
                    .append("| Resource | By |\n|---|---|\n| [Slides](https://s.org/").append(i).append(".pdf) | Bo Kim |\n\n")
                    .append("<h2>More</h2>\n\n> Quoted [post](https://q.org/").append(i).append(")\n\nStep 2: Build\nPlain words.\n\n");
        }

        assertThat(MarkdownChunks.cut(text.toString(), 1)).hasSizeGreaterThan(30);
        assertThat(MarkdownOutline.read(text.toString(), 1)).isEqualTo(MarkdownOutline.read(text.toString(), Integer.MAX_VALUE / 4));
    }

    @Test
    void aDocumentIsNeverCutAfterAFenceOrWhereAReferenceDefinitionMayReach() {
        String fenced = "# A\n\ntext\n\n## B\n\n```\n\n## not a heading\n\n```\n\n## C\n";
        String referenced = "# A\n\n[x]\n\n## B\n\n[x]: https://x.org\n";

        assertThat(MarkdownChunks.cut(fenced, 1)).extracting(MarkdownChunks.Part::text)
                .containsExactly("# A\n\ntext\n\n", "## B\n\n```\n\n## not a heading\n\n```\n\n## C\n");
        assertThat(MarkdownChunks.cut(referenced, 1)).hasSize(1);
    }
}
