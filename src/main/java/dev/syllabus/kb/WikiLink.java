package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code [[slug]]} or {@code [[slug|label]]} link in Markdown prose, with the 1-based line it sits on. */
public record WikiLink(String target, String label, int line) {
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]+)(?:\\|([^\\[\\]\\n]+))?]]");

    public static List<WikiLink> findAll(String markdown) {
        List<WikiLink> links = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINK.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1).trim();
                links.add(new WikiLink(target, m.group(2) == null ? target : m.group(2).trim(), i + 1));
            }
        }
        return links;
    }

    /** Rewrites every wiki link with {@code render}, leaving the rest of the text as it is. */
    public static String replaceAll(String markdown, java.util.function.Function<WikiLink, String> render) {
        Matcher m = LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1).trim();
            WikiLink link = new WikiLink(target, m.group(2) == null ? target : m.group(2).trim(), 0);
            m.appendReplacement(out, Matcher.quoteReplacement(render.apply(link)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<Reference> referencesIn(String body) {
        List<Reference> refs = new ArrayList<>();
        for (WikiLink link : findAll(body)) {
            if (Slug.isValid(link.target())) {
                refs.add(new Reference(Slug.of(link.target()), java.util.EnumSet.allOf(EntityType.class), "body", link.line()));
            }
        }
        return refs;
    }
}
