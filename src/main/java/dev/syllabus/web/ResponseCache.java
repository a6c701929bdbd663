package dev.syllabus.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the rendered answers to search and plan requests for one site. Answers are pure functions of the site and
 * the query parameters, so a site's cache never goes stale: a content change builds a new site with an empty cache.
 * Least recently used entries are dropped beyond a fixed count, which bounds memory whatever the requests.
 */
final class ResponseCache {
    private static final int ENTRIES = 2048;

    private final Map<String, Rendered> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The cached answer for this request, or the one {@code render} makes, which is then kept. */
    Rendered get(Context ctx, Supplier<Rendered> render) {
        return get(key(ctx), render);
    }

    /** As {@link #get(Context, Supplier)}, for answers that also depend on something outside the request. */
    Rendered get(Context ctx, String context, Supplier<Rendered> render) {
        return get(key(ctx) + "\n@" + context, render);
    }

    private Rendered get(String key, Supplier<Rendered> render) {
        synchronized (entries) {
            Rendered hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered made = render.get();
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }

    /** The path and the parameters in name order; values keep their order, which matters for repeated ones. */
    private static String key(Context ctx) {
        StringBuilder key = new StringBuilder(ctx.path());
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(ctx.queryParamMap()).entrySet()) {
            for (String v : e.getValue()) {
                key.append('\n').append(e.getKey()).append('=').append(v);
            }
        }
        return key.toString();
    }
}
