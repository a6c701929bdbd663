package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects a block's plain text and its links while a Markdown or HTML tree is walked. */
final class InlineText {
    /**
     * {@code [label](target with spaces)} is not a link in CommonMark, so it reaches us as text; a curator still meant a
     * link, and its target is exactly what the report must show as "not an address".
     */
    private static final Pattern LITERAL_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})]\\(([^()\\n]{0,500}(?:\\([^()\\n]{0,200}\\)[^()\\n]{0,200})*)\\)");

    private final StringBuilder text = new StringBuilder();
    private final List<Link> links = new ArrayList<>();
    private int openLink = -1;
    private String openTarget;
    private final StringBuilder openImages = new StringBuilder();

    void append(String s) {
        text.append(s);
    }

    int length() {
        return text.length();
    }

    void addLink(String label, String target, int start) {
        addLink(label, target, start, false);
    }

    void addLink(String label, String target, int start, boolean image) {
        links.add(new Link(label, target, start, text.length(), image));
    }

    /** A picture's alternative text inside an open link: the link's text when it has no other. */
    void appendImage(String alt) {
        if (openLink >= 0 && alt != null && !alt.isBlank()) {
            text.append(alt.strip());
            openImages.append(alt.strip());
        }
    }

    /** Inline HTML opens a link ({@code <a href>}) in one node and closes it in another. */
    void openLink(String target) {
        openLink = text.length();
        openTarget = target;
        openImages.setLength(0);
    }

    void closeLink() {
        if (openLink >= 0) {
            String label = text.substring(openLink);
            addLink(label, openTarget, openLink, openImages.length() > 0 && label.strip().equals(openImages.toString()));
            openLink = -1;
        }
    }

    String text() {
        return text.toString();
    }

    /** The text without leading and trailing blanks. */
    String stripped() {
        return text.toString().strip();
    }

    /** The links with offsets into {@link #stripped()}. */
    List<Link> strippedLinks() {
        String raw = text.toString();
        int lead = raw.length() - raw.stripLeading().length();
        return links().stream().map(l -> l.moved(l.start() - lead, l.end() - lead)).toList();
    }

    /** The links, with literal {@code [label](target)} text found in the plain text added in reading order. */
    List<Link> links() {
        List<Link> all = new ArrayList<>(links);
        if (text.indexOf("](") < 0) {
            return all;
        }
        Matcher m = LITERAL_LINK.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (all.stream().noneMatch(l -> l.start() < m.end() && start < l.end())) {
                all.add(new Link(m.group(1), m.group(2), start, m.end()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }
}
