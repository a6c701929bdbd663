package dev.syllabus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheet, the scripts and the vendored KaTeX, read once from the classpath. Our own files' addresses carry a
 * hash of their bytes and KaTeX's carry its version, so browsers may cache them for a year and still see a new version
 * the moment it ships. The script only enhances: every page works without it.
 */
public final class Assets {
    /** The KaTeX release vendored under src/main/resources/web/vendor/katex (see its README). */
    static final String KATEX_VERSION = "0.19.1";
    private static final String KATEX = "/web/vendor/katex/";
    private static final String KATEX_PATH = "/assets/katex-" + KATEX_VERSION + "/";
    private static final Pattern FONT = Pattern.compile("url\\(fonts/([A-Za-z0-9_-]+\\.woff2)\\)");

    static final Rendered CSS = load("/web/site.css", "text/css; charset=utf-8");
    static final Rendered JS = load("/web/site.js", "text/javascript; charset=utf-8");
    static final Rendered MATH_JS = load("/web/math.js", "text/javascript; charset=utf-8");
    static final Rendered LAB_JS = load("/web/lab.js", "text/javascript; charset=utf-8");
    static final String CSS_PATH = "/assets/site." + tag(CSS) + ".css";
    static final String JS_PATH = "/assets/site." + tag(JS) + ".js";
    static final String MATH_JS_PATH = "/assets/math." + tag(MATH_JS) + ".js";
    static final String LAB_JS_PATH = "/assets/lab." + tag(LAB_JS) + ".js";
    private static final Map<String, Rendered> FILES = files();

    private Assets() {
    }

    public static String css() {
        return CSS_PATH;
    }

    public static String js() {
        return JS_PATH;
    }

    /** The script that typesets the formulas of a page; pages without formulas never load it or KaTeX. */
    public static String mathJs() {
        return MATH_JS_PATH;
    }

    /** The script that updates a lab's result as the learner types; only pages with a lab load it. */
    public static String labJs() {
        return LAB_JS_PATH;
    }

    public static String katexJs() {
        return KATEX_PATH + "katex.min.js";
    }

    public static String katexCss() {
        return KATEX_PATH + "katex.min.css";
    }

    /** Every asset by its address. */
    static Map<String, Rendered> all() {
        return FILES;
    }

    private static Map<String, Rendered> files() {
        Map<String, Rendered> files = new LinkedHashMap<>();
        files.put(CSS_PATH, CSS);
        files.put(JS_PATH, JS);
        files.put(MATH_JS_PATH, MATH_JS);
        files.put(LAB_JS_PATH, LAB_JS);
        Rendered katexCss = load(KATEX + "katex.min.css", "text/css; charset=utf-8");
        files.put(katexCss(), katexCss);
        files.put(katexJs(), load(KATEX + "katex.min.js", "text/javascript; charset=utf-8"));
        // Only the woff2 fonts are vendored; the stylesheet names each one it uses.
        Matcher fonts = FONT.matcher(new String(katexCss.body(), java.nio.charset.StandardCharsets.UTF_8));
        while (fonts.find()) {
            files.putIfAbsent(KATEX_PATH + "fonts/" + fonts.group(1), load(KATEX + "fonts/" + fonts.group(1), "font/woff2"));
        }
        return Map.copyOf(files);
    }

    private static String tag(Rendered r) {
        return r.etag().substring(1, 11);
    }

    private static Rendered load(String resource, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: rebuild with ./mvnw -B package");
            }
            return Rendered.of(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
