package dev.syllabus.lab;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The knowledge base's own prose as plain text for the n-gram model: every concept's summary and explanation and
 * every resource's note and description, with
 * wiki links replaced by the linked page's title and formulas, addresses and Markdown marks left out.
 */
public final class KnowledgeText {
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?]]");

    private KnowledgeText() {
    }

    public static List<String> of(KnowledgeBase kb) {
        List<String> texts = new ArrayList<>();
        for (Concept c : kb.concepts()) {
            texts.add(c.summary());
            texts.add(plain(c.body(), kb));
        }
        for (dev.syllabus.kb.Resource r : kb.resources()) {
            texts.add(plain(r.note(), kb));
            texts.add(plain(r.body(), kb));
        }
        return List.copyOf(texts);
    }

    static String plain(String markdown, KnowledgeBase kb) {
        String s = markdown.replaceAll("(?s)\\$\\$.*?\\$\\$", " ").replaceAll("\\$[^$\\n]*\\$", " ");
        Matcher m = WIKI_LINK.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String title = m.group(2) != null ? m.group(2) : kb.concepts().stream()
                    .filter(c -> c.slug().value().equals(m.group(1).trim())).map(Concept::title).findFirst().orElse(" ");
            m.appendReplacement(out, Matcher.quoteReplacement(title));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\]\\([^)]*\\)", " ").replaceAll("https?://\\S+", " ").replaceAll("[*_`#>\\[\\]]", " ");
    }
}
