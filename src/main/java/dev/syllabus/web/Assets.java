package dev.syllabus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The stylesheet and the suggestion script, read once from the classpath. Their addresses carry a hash of their bytes,
 * so browsers may cache them for a year and still see a new version the moment it ships.
 */
public final class Assets {
    static final Rendered CSS = load("/web/site.css", "text/css; charset=utf-8");
    static final Rendered JS = load("/web/suggest.js", "text/javascript; charset=utf-8");
    static final String CSS_PATH = "/assets/site." + tag(CSS) + ".css";
    static final String JS_PATH = "/assets/suggest." + tag(JS) + ".js";

    private Assets() {
    }

    public static String css() {
        return CSS_PATH;
    }

    public static String js() {
        return JS_PATH;
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
