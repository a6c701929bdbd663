package dev.syllabus.web;

import dev.syllabus.content.Finding;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The site being served and the outcome of the last attempt to reload it. A reload that fails validation is recorded
 * here (and shown on /health) but never replaces the running site.
 */
final class LiveSite {
    /** The last reload: when, and the errors that kept it out (empty when it was swapped in). */
    record Reload(Instant at, List<Finding> errors) {
        Reload {
            errors = List.copyOf(errors);
        }

        boolean rejected() {
            return !errors.isEmpty();
        }
    }

    private final AtomicReference<Site> site;
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();

    LiveSite(Site initial) {
        this.site = new AtomicReference<>(initial);
    }

    Site current() {
        return site.get();
    }

    void swap(Site next) {
        site.set(next);
        lastReload.set(new Reload(next.loadedAt(), List.of()));
    }

    void reject(Instant at, List<Finding> errors) {
        lastReload.set(new Reload(at, errors));
    }

    /** Null until the first reload. */
    Reload lastReload() {
        return lastReload.get();
    }
}
