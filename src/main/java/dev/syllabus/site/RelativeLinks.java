package dev.syllabus.site;

import dev.syllabus.kb.EntityType;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where each route of the wiki lands as a file, and the rewriting of a rendered page's root-relative addresses (as
 * {@code serve} emits them) into addresses relative to that page's file, so the copy works from {@code file://}, from
 * a sub-path and from any static host. The server's pages are never changed: only their copies are.
 */
final class RelativeLinks {
    /** Attributes that carry addresses; the data- ones are read by the scripts. */
    private static final String[] ATTRIBUTES = {"href", "src", "action", "data-suggest", "data-index", "data-lib"};
    private static final Pattern AREA = Pattern.compile("area=([a-z0-9-]+)");
    private static final Set<String> FOLDERS = java.util.Arrays.stream(EntityType.values()).map(EntityType::folder)
            .collect(Collectors.toUnmodifiableSet());

    private RelativeLinks() {
    }

    /** The file a route is written to, relative to the export's root: {@code /concepts/x} to {@code concepts/x.html}. */
    static String file(String route) {
        String target = target(route);
        int cut = indexOfAny(target, '?', '#');
        return cut < 0 ? target : target.substring(0, cut);
    }

    /**
     * A root-relative address as an address relative to the export's root: {@code /} is {@code index.html}, a list
     * page {@code concepts/index.html}, an entity {@code concepts/x.html}, one area's graph {@code graph/x.html}; query
     * and fragment are kept. The JSON API, which needs a server, is pointed at the page that says so.
     */
    static String target(String address) {
        int hash = address.indexOf('#');
        String fragment = hash < 0 ? "" : address.substring(hash);
        String rest = hash < 0 ? address : address.substring(0, hash);
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q);
        String path = q < 0 ? rest : rest.substring(0, q);
        if (path.equals("/")) {
            return "index.html" + query + fragment;
        }
        if (path.startsWith("/assets/")) {
            return path.substring(1) + query + fragment;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return "plan.html#api";
        }
        if (path.equals("/graph")) {
            Matcher area = AREA.matcher(query);
            if (query.startsWith("?") && area.region(1, query.length()).matches()) {
                return "graph/" + area.group(1) + ".html" + fragment;
            }
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length == 1 && FOLDERS.contains(parts[0])) {
            return parts[0] + "/index.html" + query + fragment;
        }
        return path.substring(1) + ".html" + query + fragment;
    }

    /** How a page at {@code file} reaches the export's root: {@code ""} at the top, {@code "../"} one folder down. */
    static String up(String file) {
        return "../".repeat((int) file.chars().filter(c -> c == '/').count());
    }

    /**
     * The page's root-relative addresses rewritten to start from {@code root}: the page's {@link #up} for relative
     * links, or an absolute base address ending in {@code /} (the 404 page, which a host shows at any depth).
     */
    static String rewrite(String html, String root) {
        // A scan for =" rather than a regular expression: this runs over every byte of every page, and the pages'
        // typographic characters make them UTF-16 strings, on which the regex engine is several times slower.
        StringBuilder out = null;
        int copied = 0;
        int at = html.indexOf("=\"/");
        while (at >= 0) {
            int value = at + 2;
            int close = html.indexOf('"', value);
            if (close < 0) {
                break;
            }
            int name = attributeBefore(html, at, copied);
            if (name >= 0 && (value + 1 == html.length() || html.charAt(value + 1) != '/')) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 256);
                }
                out.append(html, copied, value).append(root).append(target(html.substring(value, close))).append('"');
                copied = close + 1;
                at = html.indexOf("=\"/", copied);
            } else {
                at = html.indexOf("=\"/", at + 1);
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Where the address attribute ending at {@code eq} starts, after a blank at or past {@code from}; -1 if none. */
    private static int attributeBefore(String html, int eq, int from) {
        for (String a : ATTRIBUTES) {
            int start = eq - a.length();
            if (start - 1 >= from && html.startsWith(a, start) && blank(html.charAt(start - 1))) {
                return start;
            }
        }
        return -1;
    }

    /** The blanks of {@code \s}: a space, a tab, a line feed, a vertical tab, a form feed or a carriage return. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
