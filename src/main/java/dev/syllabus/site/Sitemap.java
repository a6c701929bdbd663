package dev.syllabus.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sitemap.xml} for a copy published at a known address. The sitemap protocol wants absolute addresses, so
 * without {@code --base-url} no sitemap is written (and the command says so). No {@code lastmod}: the same content
 * gives the same bytes.
 */
final class Sitemap {
    private Sitemap() {
    }

    /** {@code base} ends in a slash; {@code files} are the pages relative to it, in the order to list them. */
    static byte[] of(String base, List<String> files) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String f : files) {
            String page = f.equals("index.html") ? "" : f.endsWith("/index.html") ? f.substring(0, f.length() - 10) : f;
            out.append("<url><loc>").append(escape(base + page)).append("</loc></url>\n");
        }
        return out.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
