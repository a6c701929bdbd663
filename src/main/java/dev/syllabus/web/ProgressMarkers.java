package dev.syllabus.web;

import java.util.function.Function;

/**
 * The places in a pre-rendered page where a learner's progress goes. Pages are rendered once for everyone, so they
 * carry an HTML comment per place ({@code <!--progress concept self-attention-->}) instead of anyone's progress; the
 * response fills each from the asking learner's progress (see {@link ProgressFill}). Without progress the comments
 * stay and show nothing.
 */
public final class ProgressMarkers {
    private static final String OPEN = "<!--progress ";
    private static final String CLOSE = "-->";

    /** One place: what it is about ({@code concept}, {@code segment}, {@code path-bar} ...), a slug and maybe a part. */
    record Marker(String kind, String slug, String part) {
    }

    private ProgressMarkers() {
    }

    /** The comment for a place; slugs and parts are slug-like, so they can never end the comment early. */
    public static String of(String kind, String slug, String part) {
        return OPEN + kind + " " + slug + (part == null || part.isEmpty() ? "" : " " + part) + CLOSE;
    }

    static boolean present(String html) {
        return html.contains(OPEN);
    }

    /** The page with every place replaced by what {@code fill} makes of it. */
    static String fill(String html, Function<Marker, String> fill) {
        StringBuilder out = new StringBuilder(html.length() + 4096);
        int at = 0;
        while (true) {
            int start = html.indexOf(OPEN, at);
            int end = start < 0 ? -1 : html.indexOf(CLOSE, start);
            if (end < 0) {
                return out.append(html, at, html.length()).toString();
            }
            String[] words = html.substring(start + OPEN.length(), end).split(" ");
            out.append(html, at, start);
            if (words.length >= 2) {
                out.append(fill.apply(new Marker(words[0], words[1], words.length > 2 ? words[2] : "")));
            }
            at = end + CLOSE.length();
        }
    }

    /** The page without its places, for a static copy, which has no learner. */
    static String strip(String html) {
        return present(html) ? fill(html, m -> "") : html;
    }
}
