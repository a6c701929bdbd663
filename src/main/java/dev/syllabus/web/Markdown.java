package dev.syllabus.web;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.WikiLink;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an entity's Markdown body into HTML that is safe to put in a page: wiki links become links to the entity's
 * page, raw HTML is escaped, the result is sanitised (bodies may come from imported, untrusted documents), and external
 * links are marked {@code rel="noopener noreferrer"}. Formulas ({@code $...$}, {@code $$...$$}) pass through as TeX for KaTeX.
 */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create(),
            HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del")
            // Marked while sanitised: parsing the sanitised body again to mark them took a third of its cost.
            .allowElements(Markdown::markExternal, "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .allowAttributes("id").matching(java.util.regex.Pattern.compile("[a-z0-9-]{1,80}")).onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("align").onElements("th", "td")
            .toFactory();

    // Compiled once: String.replaceAll compiles its pattern anew on every call, and these run for every body and link.
    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^# ");
    private static final Pattern MARKUP = Pattern.compile("([\\\\\\[\\]*_`<>!])");

    private final KnowledgeBase kb;

    Markdown(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The body as sanitised HTML; empty text gives an empty string. */
    String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        MathSpans.Lifted lifted = MathSpans.lift(markdown);
        String linked = WikiLink.replaceAll(lifted.markdown(), this::wikiLink);
        String html = RENDERER.render(PARSER.parse(demoteHeadings(linked)));
        return MathSpans.restore(POLICY.sanitize(html), lifted.formulas());
    }

    private String wikiLink(WikiLink link) {
        Optional<Entity> target = kb.get(link.target());
        // [[slug]] without a label reads as the entity's title, not its slug.
        boolean unlabelled = link.label().equals(link.target());
        return target.map(e -> "[" + escape(unlabelled ? e.title() : link.label()) + "](" + Href.to(e) + ")")
                .orElse(escape(link.label()));
    }

    /** The page's own title is the only h1, so a body's "# Heading" becomes an h2. */
    private static String demoteHeadings(String markdown) {
        return TOP_HEADING.matcher(markdown).replaceAll("## ");
    }

    private static String escape(String text) {
        return MARKUP.matcher(text).replaceAll("\\\\$1");
    }

    /** An external link opens without giving the page it leaves a handle on it or the address it came from. */
    private static String markExternal(String element, List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            String value = attributes.get(i + 1);
            if (attributes.get(i).equals("href") && (value.startsWith("http://") || value.startsWith("https://"))) {
                attributes.add("rel");
                attributes.add("noopener noreferrer");
                break;
            }
        }
        return element;
    }
}
