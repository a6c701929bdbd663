package dev.syllabus.links;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Starts requests as the politeness limits allow: at most {@code maxConcurrency} at once, at most {@code maxPerHost} to
 * one host, and no two starts to one host closer than the host interval. Every request, each redirect hop and each retry
 * included, passes through here under its own host, so the limits hold whatever host a redirect leads to. Requests
 * waiting for a host never hold a slot that another host could use.
 */
final class HostLanes {
    private final int maxConcurrency;
    private final int maxPerHost;
    private final long intervalNanos;
    private final ScheduledExecutorService timer;
    private final Map<String, Lane> lanes = new HashMap<>();
    /** Lanes with queued requests, visited round robin so no host starves another. */
    private final ArrayDeque<Lane> waiting = new ArrayDeque<>();
    private int running;
    private long wakeAt = Long.MAX_VALUE;

    private static final class Lane {
        final ArrayDeque<Job<?>> queue = new ArrayDeque<>();
        int running;
        long nextStart = Long.MIN_VALUE;
        boolean listed;
    }

    private record Job<T>(Supplier<CompletableFuture<T>> work, CompletableFuture<T> result) {
    }

    private record Start(Lane lane, Job<?> job) {
    }

    HostLanes(Politeness politeness, ScheduledExecutorService timer) {
        this.maxConcurrency = politeness.maxConcurrency();
        this.maxPerHost = politeness.maxPerHost();
        this.intervalNanos = politeness.hostInterval().toNanos();
        this.timer = timer;
    }

    /** Runs {@code work} when {@code host} has room; the future completes when the work's future does. */
    <T> CompletableFuture<T> submit(String host, Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            Lane lane = lanes.computeIfAbsent(host, h -> new Lane());
            lane.queue.add(new Job<>(work, result));
            if (!lane.listed) {
                lane.listed = true;
                waiting.add(lane);
            }
        }
        pump();
        return result;
    }

    /** Holds back every request to {@code host} for {@code nanos}, as a {@code Retry-After} asks. */
    void pause(String host, long nanos) {
        synchronized (this) {
            Lane lane = lanes.computeIfAbsent(host, h -> new Lane());
            lane.nextStart = Math.max(lane.nextStart, System.nanoTime() + nanos);
        }
        pump();
    }

    private void pump() {
        List<Start> starts = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            long earliest = Long.MAX_VALUE;
            for (int visited = waiting.size(); visited > 0 && running < maxConcurrency; visited--) {
                Lane lane = waiting.poll();
                while (!lane.queue.isEmpty() && running < maxConcurrency && lane.running < maxPerHost) {
                    if (lane.nextStart > now) {
                        earliest = Math.min(earliest, lane.nextStart);
                        break;
                    }
                    lane.running++;
                    running++;
                    lane.nextStart = now + intervalNanos;
                    starts.add(new Start(lane, lane.queue.poll()));
                }
                if (lane.queue.isEmpty()) {
                    lane.listed = false;
                } else {
                    waiting.add(lane);
                }
            }
            wakeUpAt(earliest, now);
        }
        starts.forEach(this::start);
    }

    /** Called under the lock: makes sure a pump runs when the first host that waits only for its interval may start. */
    private void wakeUpAt(long when, long now) {
        if (when == Long.MAX_VALUE || when >= wakeAt) {
            return;
        }
        wakeAt = when;
        timer.schedule(() -> {
            synchronized (this) {
                if (wakeAt <= System.nanoTime()) {
                    wakeAt = Long.MAX_VALUE;
                }
            }
            pump();
        }, when - now, TimeUnit.NANOSECONDS);
    }

    private <T> void start(Start start) {
        @SuppressWarnings("unchecked")
        Job<T> job = (Job<T>) start.job();
        CompletableFuture<T> work;
        try {
            work = job.work().get();
        } catch (RuntimeException e) {
            work = CompletableFuture.failedFuture(e);
        }
        work.whenComplete((value, failure) -> {
            synchronized (this) {
                start.lane().running--;
                running--;
            }
            pump();
            if (failure != null) {
                job.result().completeExceptionally(failure);
            } else {
                job.result().complete(value);
            }
        });
    }
}
