package dev.syllabus.cli;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.links.CheckOptions;
import dev.syllabus.links.Checked;
import dev.syllabus.links.ContentTargets;
import dev.syllabus.links.DocumentTargets;
import dev.syllabus.links.LinkChecker;
import dev.syllabus.links.Outcome;
import dev.syllabus.links.Politeness;
import dev.syllabus.links.Remap;
import dev.syllabus.links.Report;
import dev.syllabus.links.ReportFormat;
import dev.syllabus.links.ResultCache;
import dev.syllabus.links.StatusFile;
import dev.syllabus.links.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code syllabus check-links}: checks every address of the content, or of the given files, politely; exit 1 if any is broken. */
@Command(name = "check-links", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Check that the addresses of the content (or of the Markdown and HTML FILEs) still work: broken, "
                + "malformed, unverifiable, moved. Politeness defaults are lychee's. Exit 0 when none is broken or malformed "
                + "(defects the content documents do not count), 1 when some are, 2 on a usage error.")
final class CheckLinksCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Markdown or HTML files whose links to check instead of the content.")
    List<Path> files = new ArrayList<>();

    @Mixin
    ContentOption content;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or junit. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--write-status", description = "Store the results in DIR/" + StatusFile.NAME + " (needs --content DIR), "
            + "which the wiki and validate show.")
    boolean writeStatus;

    @Option(names = "--verbose", description = "List every address, working ones too.")
    boolean verbose;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--no-cache", description = "Neither read nor write the cache of results.")
    boolean noCache;

    @Option(names = "--max-cache-age", defaultValue = "1d", paramLabel = "AGE", converter = DurationConverter.class,
            description = "Reuse cached results younger than this (0 asks every site again). Default: ${DEFAULT-VALUE}.")
    Duration maxCacheAge;

    @Option(names = "--cache-file", paramLabel = "FILE",
            description = "Where the cache lives. Default: $XDG_CACHE_HOME/syllabus/link-cache.tsv, else ~/.cache/syllabus/link-cache.tsv.")
    Path cacheFile;

    @Option(names = "--max-concurrency", defaultValue = "128", paramLabel = "N", description = "Requests at once. Default: ${DEFAULT-VALUE}.")
    int maxConcurrency;

    @Option(names = "--max-per-host", defaultValue = "10", paramLabel = "N", description = "Requests at once to one host. Default: ${DEFAULT-VALUE}.")
    int maxPerHost;

    @Option(names = "--host-interval", defaultValue = "50ms", paramLabel = "WAIT", converter = DurationConverter.class,
            description = "Least time between the starts of two requests to one host. Default: ${DEFAULT-VALUE}.")
    Duration hostInterval;

    @Option(names = "--retries", defaultValue = "3", paramLabel = "N", description = "Retries of 429, 5xx, resets and timeouts. Default: ${DEFAULT-VALUE}.")
    int retries;

    @Option(names = "--retry-wait", defaultValue = "1s", paramLabel = "WAIT", converter = DurationConverter.class,
            description = "First wait before a retry without Retry-After, doubled each time. Default: ${DEFAULT-VALUE}.")
    Duration retryWait;

    @Option(names = "--timeout", defaultValue = "20s", paramLabel = "WAIT", converter = DurationConverter.class,
            description = "Time to wait for an answer. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--max-redirects", defaultValue = "10", paramLabel = "N", description = "Redirects to follow. Default: ${DEFAULT-VALUE}.")
    int maxRedirects;

    @Option(names = "--include-fragments", description = "Check that #fragments exist as anchors of their pages (GitHub line "
            + "fragments such as #L10-L20 are never looked up).")
    boolean includeFragments;

    @Option(names = "--remap", paramLabel = "'PATTERN REPLACEMENT'",
            description = "Rewrite matching addresses before requesting them (repeatable), e.g. to check against a local mirror.")
    List<String> remaps = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Skip addresses matching this pattern (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = CheckOptions.USER_AGENT, description = "The User-Agent sent.")
    String userAgent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat output = ReportFormat.valueOf(formatName());
        CheckOptions options = options();
        List<Target> targets = new ArrayList<>();
        List<Checked> known = new ArrayList<>();
        ResultCache cache = noCache ? ResultCache.none() : ResultCache.in(cacheFile != null ? cacheFile : ResultCache.defaultFile(), maxCacheAge);
        ProgressLine progress = ProgressLine.forTerminal(!noProgress);
        long started = System.nanoTime();
        List<Outcome> outcomes;
        LoadedContent loaded;
        try (LinkChecker.Session session = new LinkChecker(options, cache, Clock.systemUTC()).start(progress)) {
            loaded = gather(targets, known, session::submit);
            progress.total(targets.size());
            outcomes = session.outcomes(targets);
        }
        List<Checked> items = new ArrayList<>(known);
        for (int i = 0; i < targets.size(); i++) {
            items.add(new Checked(targets.get(i), outcomes.get(i)));
        }
        Report report = new Report(items, Duration.ofNanos(System.nanoTime() - started));
        cache.save();
        PrintWriter out = spec.commandLine().getOut();
        output.write(report, verbose, out);
        if (writeStatus) {
            Path written = StatusFile.write(loaded.root(), items);
            if (output == ReportFormat.TEXT) {
                out.println("status written to " + written);
            }
        }
        out.flush();
        return report.failed() ? 1 : 0;
    }

    /** Finds the targets; the addresses of FILEs go to {@code onAddress} as they are read, so checking starts early. */
    private LoadedContent gather(List<Target> targets, List<Checked> known, Consumer<String> onAddress) {
        if (!files.isEmpty()) {
            if (writeStatus) {
                throw new UsageError("--write-status stores the content's link health; it cannot be used with FILE arguments");
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new UsageError(f + ": no such file; give Markdown or HTML files whose links to check");
                }
            }
            targets.addAll(DocumentTargets.of(files, onAddress));
            return null;
        }
        if (writeStatus && content.directory == null) {
            throw new UsageError("--write-status needs --content DIR: the bundled knowledge base is read-only; "
                    + "e.g. syllabus check-links --content content --write-status");
        }
        LoadedContent loaded = content.load();
        ContentTargets found = ContentTargets.of(loaded, Clock.systemUTC().instant());
        targets.addAll(found.targets());
        known.addAll(found.unaddressed());
        return loaded;
    }

    private String formatName() {
        return ReportFormat.named(format).map(Enum::name).orElseThrow(() -> new UsageError("--format " + format
                + ": not a format; use text, json, markdown or junit"));
    }

    private CheckOptions options() {
        Politeness p;
        try {
            p = new Politeness(maxConcurrency, maxPerHost, hostInterval, retries, retryWait, Politeness.DEFAULTS.maxRetryAfter(),
                    timeout, maxRedirects);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        List<Remap> rules = new ArrayList<>();
        for (String r : remaps) {
            try {
                rules.add(Remap.parse(r));
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        List<Pattern> skip = new ArrayList<>();
        for (String x : excludes) {
            try {
                skip.add(Pattern.compile(x));
            } catch (PatternSyntaxException e) {
                throw new UsageError("--exclude '" + x + "': not a regular expression (" + e.getDescription() + ")");
            }
        }
        return new CheckOptions(p, userAgent, rules, skip, includeFragments);
    }
}
