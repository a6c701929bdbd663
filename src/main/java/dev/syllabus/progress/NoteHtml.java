package dev.syllabus.progress;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A learner's note as HTML safe to put in a page: Markdown rendered with raw HTML escaped, then passed through the
 * OWASP sanitizer, which keeps only text formatting and http(s) links (marked nofollow, opening no window).
 */
public final class NoteHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h4", "h5", "h6")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private NoteHtml() {
    }

    public static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // A note sits under the concept's own headings, so its headings start three levels down.
        String demoted = markdown.replaceAll("(?m)^(#{1,3})(\\s)", "$1###$2").replaceAll("(?m)^#{7,}(\\s)", "######$1");
        return POLICY.sanitize(RENDERER.render(PARSER.parse(demoted)));
    }
}
