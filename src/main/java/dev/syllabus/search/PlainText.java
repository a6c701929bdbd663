package dev.syllabus.search;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.WikiLink;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown prose as the words a reader sees: wiki links become their label or the linked page's title, link targets,
 * emphasis marks and HTML disappear, so snippets read as text and addresses do not pollute the index.
 */
final class PlainText {
    private static final Parser MARKDOWN = Parser.builder().build();

    private final KnowledgeBase kb;

    PlainText(KnowledgeBase kb) {
        this.kb = kb;
    }

    String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String linked = WikiLink.replaceAll(markdown, link -> link.label().equals(link.target())
                ? kb.get(link.target()).map(e -> e.title()).orElse(link.target().replace('-', ' '))
                : link.label());
        StringBuilder out = new StringBuilder();
        MARKDOWN.parse(linked).accept(new Collector(out));
        return tidy(out).strip();
    }

    /**
     * Each run of whitespace as one line break if it holds one, else with each stretch of spaces and tabs in it as one
     * space (a carriage return or form feed stays): what
     * {@code replaceAll("[ \t]+", " ").replaceAll("\\s*\n\\s*", "\n")} gives, in one pass (those two expressions took
     * two thirds of the time of a plain text, backtracking over every run).
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!isSpace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            boolean lineBreak = false;
            while (end < n && isSpace(text.charAt(end))) {
                lineBreak |= text.charAt(end++) == '\n';
            }
            if (lineBreak) {
                out.append('\n');
            } else {
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    boolean blank = c == ' ' || c == '\t';
                    if (!blank) {
                        out.append(c);
                    } else if (k == i || !(text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
                        out.append(' ');
                    }
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** The characters of the regular expression {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** Appends the visible text; block ends become line breaks so sentences do not run together. */
    private static final class Collector extends AbstractVisitor {
        private final StringBuilder out;

        Collector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.append(block.getLiteral()).append('\n');
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.append(block.getLiteral()).append('\n');
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            out.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            out.append('\n');
        }

        @Override
        public void visit(Heading heading) {
            visitChildren(heading);
            out.append('\n');
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
            out.append('\n');
        }
    }
}
