package dev.syllabus.web;

import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.progress.Item;
import dev.syllabus.progress.LearnerId;
import dev.syllabus.progress.Mark;
import dev.syllabus.progress.Progress;
import dev.syllabus.progress.ProgressStore;
import dev.syllabus.progress.Standing;
import dev.syllabus.progress.Status;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Each learner's progress held in memory in front of the store, so pages read it without a query: a learner's
 * snapshot is read from the store on first use and again after each of their writes. Every write gives the learner's
 * snapshot a new version number (unique across learners), which keys the pages rendered with it.
 */
final class ProgressBook {
    /** One learner's progress as of one version, with what it means against the last knowledge base asked about. */
    static final class Snapshot {
        private final long version;
        private final Progress progress;
        private final AtomicReference<Map.Entry<KnowledgeBase, Standing>> standing = new AtomicReference<>();

        Snapshot(long version, Progress progress) {
            this.version = version;
            this.progress = progress;
        }

        long version() {
            return version;
        }

        Progress progress() {
            return progress;
        }

        /** The standing against {@code kb}, computed once per knowledge base (a content reload makes a new one). */
        Standing standing(KnowledgeBase kb) {
            Map.Entry<KnowledgeBase, Standing> s = standing.get();
            if (s == null || s.getKey() != kb) {
                s = Map.entry(kb, Standing.of(kb, progress));
                standing.set(s);
            }
            return s.getValue();
        }
    }

    private final ProgressStore store;
    private final Clock clock;
    private final AtomicLong versions = new AtomicLong();
    private final Map<LearnerId, Snapshot> snapshots = new ConcurrentHashMap<>();

    private final boolean shared;

    ProgressBook(ProgressStore store, Clock clock) {
        this(store, clock, false);
    }

    /**
     * With {@code shared}, other servers write to the same database (a team server's instances), so every use reads
     * the store again; the snapshot, and its version, stay the same while the progress read is the same.
     */
    ProgressBook(ProgressStore store, Clock clock, boolean shared) {
        this.store = store;
        this.clock = clock;
        this.shared = shared;
    }

    Snapshot of(LearnerId who) {
        Snapshot s = snapshots.get(who);
        if (shared) {
            Progress now = store.progress(who);
            return s != null && s.progress().equals(now) ? s
                    : snapshots.merge(who, new Snapshot(versions.incrementAndGet(), now), (old, fresh) -> fresh);
        }
        return s != null ? s : snapshots.computeIfAbsent(who, this::load);
    }

    /** Sets (or with an empty status forgets) the learner's mark on {@code item}; the store's failure passes through. */
    void mark(LearnerId who, Item item, Optional<Status> status) {
        // One learner's writes in turn, so the snapshot read after a write is never older than one read before it.
        synchronized (lock(who)) {
            if (status.isPresent()) {
                store.mark(who, new Mark(item, status.get(), clock.instant()));
            } else {
                store.unmark(who, item);
            }
            snapshots.put(who, load(who));
        }
    }

    private Snapshot load(LearnerId who) {
        return new Snapshot(versions.incrementAndGet(), store.progress(who));
    }

    private final Map<LearnerId, Object> locks = new ConcurrentHashMap<>();

    private Object lock(LearnerId who) {
        return locks.computeIfAbsent(who, w -> new Object());
    }
}
