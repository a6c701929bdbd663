package dev.syllabus.web;

import io.javalin.http.Context;

import java.util.Iterator;
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
 * Concurrent requests for the same answer wait for one computation instead of each making it. Memory is bounded by
 * bytes, not by entries, because one answer may be a hundred times the size of another: least recently used answers
 * are dropped once their bodies and keys together pass the budget, and an answer larger than a sixteenth of it is
 * served but never kept.
 */
final class ResponseCache {
    /** What one kept answer costs beyond its bytes: the map entry, the task, the record and the arrays' headers. */
    private static final int OVERHEAD = 256;

    private final long budget;
    private final long largest;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long used;

    private static final class Entry {
        final FutureTask<Rendered> task;
        long weight;

        Entry(FutureTask<Rendered> task, long weight) {
            this.task = task;
            this.weight = weight;
        }
    }

    /** A cache that keeps at most {@code budget} bytes of answers. */
    ResponseCache(long budget) {
        this.budget = budget;
        this.largest = budget / 16;
    }

    /** The default budget: an eighth of the heap, at most 64 MiB, so a small -Xmx leaves room for everything else. */
    static ResponseCache sized() {
        return new ResponseCache(Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    /** The cached answer for this request, or the one {@code render} makes, which is then kept. */
    Rendered get(Context ctx, Supplier<Rendered> render) {
        return get(key(ctx), render);
    }

    /** As {@link #get(Context, Supplier)}, for answers that also depend on something outside the request. */
    Rendered get(Context ctx, String context, Supplier<Rendered> render) {
        return get(key(ctx) + "\n@" + context, render);
    }

    /** The answer kept under {@code key}, or the one {@code render} makes. */
    Rendered get(String key, Supplier<Rendered> render) {
        Entry entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null) {
                // Until it is rendered, an answer costs its key: many slow requests in flight are bounded too.
                entry = new Entry(new FutureTask<>(render::get), keyWeight(key));
                entries.put(key, entry);
                used += entry.weight;
                mine = true;
            }
        }
        if (mine) {
            entry.task.run();
        }
        Rendered answer = await(key, entry);
        if (mine) {
            settle(key, entry, answer);
        }
        return answer;
    }

    /** The bytes the kept answers and their keys take now; never more than the budget once a request is answered. */
    long used() {
        synchronized (entries) {
            return used;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void settle(String key, Entry entry, Rendered answer) {
        long weight = keyWeight(key) + answer.body().length + answer.gzipped().length;
        synchronized (entries) {
            if (entries.get(key) != entry) {
                return;
            }
            if (weight > largest) {
                entries.remove(key);
                used -= entry.weight;
                return;
            }
            used += weight - entry.weight;
            entry.weight = weight;
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (used > budget && eldest.hasNext()) {
                Entry e = eldest.next().getValue();
                if (e != entry && e.task.isDone()) {
                    used -= e.weight;
                    eldest.remove();
                }
            }
        }
    }

    /** A failed computation (a bad parameter) is not kept: its exception goes to this caller and those waiting. */
    private Rendered await(String key, Entry entry) {
        try {
            return entry.task.get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                if (entries.remove(key, entry)) {
                    used -= entry.weight;
                }
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rendered answer", e);
        }
    }

    private static long keyWeight(String key) {
        return OVERHEAD + 2L * key.length();
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
