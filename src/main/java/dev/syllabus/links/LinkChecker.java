package dev.syllabus.links;

import dev.syllabus.kb.CanonicalUrl;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Checks addresses as lychee does, politely: each address once per run, every request and redirect hop through the
 * host lanes, HEAD first and GET when HEAD is refused, redirects followed one by one and recorded, YouTube by video id,
 * results taken from and given to the cache.
 */
public final class LinkChecker {
    private final CheckOptions options;
    private final ResultCache cache;
    private final Clock clock;
    /** Clients for a session: each has its own, which it stops when it ends. */
    private final Supplier<Clients> clients;

    public LinkChecker(CheckOptions options, ResultCache cache, Clock clock) {
        this(options, cache, clock, () -> Clients.lazy(options.politeness().timeout()));
    }

    /** With a client of the caller's: tests give one that trusts their self-signed certificate. */
    public LinkChecker(CheckOptions options, ResultCache cache, Clock clock, HttpClient client) {
        this(options, cache, clock, () -> Clients.using(client));
    }

    private LinkChecker(CheckOptions options, ResultCache cache, Clock clock, Supplier<Clients> clients) {
        this.options = options;
        this.cache = cache;
        this.clock = clock;
        this.clients = clients;
    }

    /** Checks every target once (targets naming the same address are merged) and returns the outcomes in target order. */
    public List<Outcome> check(List<Target> targets, Consumer<Outcome> onEach) {
        try (Session session = start(onEach)) {
            targets.forEach(t -> session.submit(t.address()));
            return session.outcomes(targets);
        }
    }

    /** A check that takes addresses as they are found, so requests start while a long document is still being read. */
    public Session start(Consumer<Outcome> onEach) {
        return new Session(onEach);
    }

    /** One check in progress: addresses go in as they are found, outcomes come out in the order of the final targets. */
    public final class Session implements AutoCloseable {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "link-check-timer");
            t.setDaemon(true);
            return t;
        });
        private final Clients sessionClients = clients.get();
        private final Run run = new Run(new Requests(sessionClients, new HostLanes(options.politeness(), timer), options.politeness(),
                timer, options.userAgent()));
        private final Consumer<Outcome> onEach;
        /** Called from one thread, the one that finds the addresses. */
        private final Map<String, CompletableFuture<Outcome>> checks = new HashMap<>();

        private Session(Consumer<Outcome> onEach) {
            this.onEach = onEach;
        }

        /** Starts checking {@code address} unless it is already being checked. */
        public void submit(String address) {
            checks.computeIfAbsent(address, a -> run.check(a).thenApply(o -> {
                cache.record(o);
                onEach.accept(o);
                return o;
            }));
        }

        /** Waits for the targets' outcomes, one per address in the order the addresses first appear. */
        public List<Outcome> outcomes(List<Target> targets) {
            Set<String> addresses = new LinkedHashSet<>();
            targets.forEach(t -> addresses.add(t.address()));
            addresses.forEach(this::submit);
            return addresses.stream().map(a -> checks.get(a).join()).toList();
        }

        @Override
        public void close() {
            timer.shutdownNow();
            sessionClients.close();
        }
    }

    /** The state of one run: the answer to each requested address and the anchors of each page, shared by all targets. */
    private final class Run {
        private final Requests requests;
        private final Map<String, CompletableFuture<Answer>> probes = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

        Run(Requests requests) {
            this.requests = requests;
        }

        CompletableFuture<Outcome> check(String address) {
            if (options.excluded(address)) {
                return done(address, Verdict.SKIPPED, 0, "excluded by --exclude");
            }
            AddressForm form = AddressForm.read(address);
            if (form instanceof AddressForm.Unchecked u) {
                return CompletableFuture.completedFuture(Outcome.of(address, u.verdict(), 0, u.reason(), clock.instant())
                        .withRedirects(List.of(), u.suggestion()));
            }
            if (form instanceof AddressForm.Local local) {
                boolean exists = Files.exists(local.path());
                return done(address, exists ? Verdict.OK : Verdict.BROKEN, 0, exists ? "file exists" : "no such file: " + local.path());
            }
            AddressForm.Web web = (AddressForm.Web) form;
            boolean anchored = wantsAnchor(web);
            Optional<Outcome> cached = anchored ? Optional.empty() : cache.fresh(address, clock.instant());
            if (cached.isPresent()) {
                return CompletableFuture.completedFuture(cached.get());
            }
            Optional<YouTube.Subject> video = YouTube.subject(web);
            if (video.isPresent()) {
                return byId(address, video.get());
            }
            return follow(address, web.document(), web.fragment().filter(f -> anchored), List.of(), Classify.PAGE);
        }

        private boolean wantsAnchor(AddressForm.Web web) {
            return options.includeFragments() && web.fragment().filter(f -> Anchors.checkable(web.uri().getHost(), f)).isPresent();
        }

        private CompletableFuture<Outcome> byId(String address, YouTube.Subject video) {
            if (!video.validId()) {
                return done(address, Verdict.MALFORMED, 0, "video id '" + video.id() + "' has " + video.id().length()
                        + " characters; YouTube ids have exactly 11 letters, digits, '-' or '_'");
            }
            return follow(address, video.oembed(), Optional.empty(), List.of(), Classify.VIDEO);
        }

        private CompletableFuture<Outcome> follow(String address, String current, Optional<String> fragment, List<Hop> hops,
                                                  Classify classify) {
            // oEmbed is an API that answers GET; a HEAD first would only double the requests.
            return probe(current, fragment.isPresent() || classify == Classify.VIDEO).thenCompose(answer -> {
                if (answer instanceof Answer.Response r && r.isRedirect()) {
                    return redirect(address, current, r, fragment, hops, classify);
                }
                Outcome o = classify.outcome(address, answer, clock.instant(), options.politeness().retries());
                if (o.verdict() == Verdict.OK && fragment.isPresent() && answer instanceof Answer.Response page) {
                    o = anchor(address, current, page, fragment.get(), o);
                }
                Optional<String> suggested = classify == Classify.PAGE ? suggestion(address, hops, o, current) : Optional.empty();
                return CompletableFuture.completedFuture(o.withRedirects(hops, suggested));
            });
        }

        private CompletableFuture<Outcome> redirect(String address, String current, Answer.Response r, Optional<String> fragment,
                                                    List<Hop> hops, Classify classify) {
            List<Hop> chain = new ArrayList<>(hops);
            chain.add(new Hop(current, r.code()));
            String next;
            try {
                next = URI.create(current).resolve(r.location().orElseThrow().strip()).toString();
            } catch (IllegalArgumentException e) {
                return done(address, Verdict.BROKEN, r.code(), "redirects to '" + r.location().orElse("") + "', which is not an address", chain);
            }
            if (YouTube.isConsentPage(next)) {
                return done(address, Verdict.OK, r.code(), "redirects to a cookie-consent page, which stands before the page "
                        + "and says nothing against it", chain);
            }
            String document = next.replaceFirst("#.*$", "");
            if (chain.stream().anyMatch(h -> h.url().equals(document))) {
                return done(address, Verdict.BROKEN, r.code(), "redirect loop: " + document + " leads back to itself", chain);
            }
            if (chain.size() > options.politeness().maxRedirects()) {
                return done(address, Verdict.BROKEN, r.code(), "more than " + options.politeness().maxRedirects() + " redirects", chain);
            }
            if (!(AddressForm.read(next) instanceof AddressForm.Web web)) {
                return done(address, Verdict.BROKEN, r.code(), "redirects to '" + next + "', which is not a web page", chain);
            }
            Optional<String> nextFragment = fragment.isPresent() ? web.fragment().or(() -> fragment) : Optional.empty();
            return follow(address, document, nextFragment, chain, classify);
        }

        /** The answer for one address, requested once per run whichever targets and redirects lead to it. */
        private CompletableFuture<Answer> probe(String document, boolean wantBody) {
            String requested = options.requested(document);
            String key = (wantBody ? "GET " : "HEAD ") + requested;
            CompletableFuture<Answer> mine = new CompletableFuture<>();
            CompletableFuture<Answer> earlier = probes.putIfAbsent(key, mine);
            if (earlier != null) {
                return earlier;
            }
            URI uri;
            try {
                uri = URI.create(requested);
            } catch (IllegalArgumentException e) {
                mine.complete(new Answer.Failure("not a requestable address: " + e.getMessage(), false));
                return mine;
            }
            CompletableFuture<Answer> sent = wantBody ? requests.send(uri, "GET", Requests.PAGE_LIMIT)
                    : requests.send(uri, "HEAD", 0).thenCompose(a -> headRefused(a)
                            ? requests.send(uri, "GET", Requests.DRAIN_LIMIT) : CompletableFuture.completedFuture(a));
            sent.whenComplete((a, e) -> mine.complete(e == null ? a : Answer.failure(e)));
            return mine;
        }

        private Outcome anchor(String address, String document, Answer.Response page, String fragment, Outcome ok) {
            Set<String> ids = anchors.computeIfAbsent(options.requested(document), k -> Anchors.of(page.body()));
            if (Anchors.contains(ids, fragment)) {
                return ok;
            }
            return Outcome.of(address, Verdict.BROKEN, page.code(), "the page has no anchor #" + fragment, ok.checked());
        }

        private CompletableFuture<Outcome> done(String address, Verdict v, int code, String detail) {
            return done(address, v, code, detail, List.of());
        }

        private CompletableFuture<Outcome> done(String address, Verdict v, int code, String detail, List<Hop> hops) {
            return CompletableFuture.completedFuture(Outcome.of(address, v, code, detail, clock.instant())
                    .withRedirects(hops, Optional.empty()));
        }
    }

    /** Some servers refuse HEAD (405, 501, 403, even 404); a GET settles it. A 429 is a wait, not a refusal. */
    private static boolean headRefused(Answer a) {
        return a instanceof Answer.Response r && r.code() >= 400 && r.code() != 429;
    }

    /**
     * A chain of permanent redirects to a working page suggests its last address, unless it differs from the address
     * only in a way the content's own canonical form ignores (www., a trailing slash, http to https).
     */
    private static Optional<String> suggestion(String address, List<Hop> hops, Outcome o, String last) {
        if (hops.isEmpty() || o.verdict() != Verdict.OK || !hops.stream().allMatch(Hop::permanent)) {
            return Optional.empty();
        }
        return Optional.of(last).filter(l -> !sameCanonical(address, l));
    }

    private static boolean sameCanonical(String a, String b) {
        try {
            return CanonicalUrl.of(a.replaceFirst("#.*$", "")).equals(CanonicalUrl.of(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
