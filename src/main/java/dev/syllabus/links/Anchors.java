package dev.syllabus.links;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The anchors of an HTML page (ids and named anchors), and which fragments are no anchors to look for. */
final class Anchors {
    /** GitHub and GitLab select lines with fragments such as #L10, #L10-L20 or #L10C2-L12C5; the page has no such ids. */
    private static final Pattern LINES = Pattern.compile("L\\d+(C\\d+)?(-L?\\d+(C\\d+)?)?");
    private static final Set<String> LINE_HOSTS = Set.of("github.com", "gitlab.com");

    private Anchors() {
    }

    /** Whether a page's ids can tell if {@code fragment} exists: not for line selections, text fragments or routes. */
    static boolean checkable(String host, String fragment) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        if (LINE_HOSTS.contains(h) && LINES.matcher(fragment).matches()) {
            return false;
        }
        return !fragment.startsWith(":~:") && !fragment.startsWith("!") && !fragment.startsWith("/")
                && !fragment.contains("=") && !fragment.equals("top");
    }

    static Set<String> of(byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id], a[name]")) {
            ids.add(e.hasAttr("id") ? e.attr("id") : e.attr("name"));
            if (e.hasAttr("id") && e.hasAttr("name")) {
                ids.add(e.attr("name"));
            }
        }
        return ids;
    }

    /** GitHub renders a README heading's id as "user-content-" and the slug; links name only the slug. */
    static boolean contains(Set<String> anchors, String fragment) {
        String f = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        return anchors.contains(f) || anchors.contains("user-content-" + f) || anchors.contains(fragment);
    }
}
