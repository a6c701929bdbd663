package dev.syllabus.web;

import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Remembers the rendered answers to search and plan requests for one site. Answers are pure functions of the site and
 * the query parameters, so a site's cache never goes stale: a content change builds a new site with an empty cache.
 * Concurrent requests for the same answer wait for one computation instead of each making it, and least recently
 * used entries are dropped beyond a fixed count, which bounds memory whatever the requests.
 */
final class ResponseCache {
    private static final int ENTRIES = 2048;

    private final Map<String, FutureTask<Rendered>> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FutureTask<Rendered>> eldest) {
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
        FutureTask<Rendered> task;
        boolean mine = false;
        synchronized (entries) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(render::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        return await(key, task);
    }

    /** A failed computation (a bad parameter) is not kept: its exception goes to this caller and those waiting. */
    private Rendered await(String key, FutureTask<Rendered> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rendered answer", e);
        }
    }

    /** The path and the parameters in name order; values keep their order, which matters for repeated ones. */
    private static String key(Context ctx) {
        StringBuilder key = new StringBuilder(ctx.path());
        for (Map.Entry<String, List<String>> e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
            for (String v : e.getValue()) {
                key.append('\n').append(e.getKey()).append('=').append(v);
            }
        }
        return key.toString();
    }
}
