package dev.syllabus.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code content/link-status.tsv}: the link health of the content, kept in git beside it so its history shows when an
 * address broke. One tab-separated line per address (address, status, date checked, HTTP status, detail), sorted by
 * address, so a re-check that finds nothing new changes nothing and one that does changes one line. A check that cannot
 * tell (unverifiable, skipped) never overwrites an earlier conclusive status: a broken address stays broken until a check
 * says otherwise.
 */
public final class StatusFile {
    public static final String NAME = "link-status.tsv";
    private static final String HEADER = "# Link health of the addresses in this content, as `syllabus check-links --write-status` "
            + "last found it. One address a line, sorted; do not edit by hand.\n# address\tstatus\tchecked\tcode\tdetail\n";

    /** The statuses read, and a sentence for each line that could not be read (with its line number). */
    public record Read(Map<String, LinkStatus> statuses, Map<Integer, String> problems) {
        public Read {
            statuses = Map.copyOf(statuses);
            problems = Map.copyOf(problems);
        }

        public Optional<LinkStatus> of(String address) {
            return Optional.ofNullable(statuses.get(address));
        }
    }

    private StatusFile() {
    }

    /** The statuses stored in {@code contentRoot}; none when the file is missing. */
    public static Read read(Path contentRoot) {
        Path file = contentRoot.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new Read(Map.of(), Map.of());
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Read(Map.of(), Map.of(1, "could not read the file: " + e.getMessage()));
        }
    }

    static Read parse(List<String> lines) {
        Map<String, LinkStatus> statuses = new TreeMap<>();
        Map<Integer, String> problems = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Optional<Verdict> verdict = f.length == 5 ? Verdict.fromId(f[1]) : Optional.empty();
            try {
                if (verdict.isEmpty()) {
                    throw new IllegalArgumentException();
                }
                statuses.put(f[0], new LinkStatus(f[0], verdict.get(), LocalDate.parse(f[2]), Integer.parseInt(f[3]), f[4]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.put(i + 1, "not a status line: expected address, status (ok, broken, malformed, unverifiable or "
                        + "skipped), date (YYYY-MM-DD), HTTP code and detail separated by tabs; run syllabus check-links "
                        + "--write-status to write the file anew");
            }
        }
        return new Read(statuses, problems);
    }

    /**
     * The statuses after a check of {@code checked}: every content address that was checked, conclusive results replacing
     * what was there, inconclusive ones only filling a gap; addresses no longer in the content are dropped.
     */
    static Map<String, LinkStatus> merge(Read before, List<Checked> checked) {
        Map<String, LinkStatus> after = new TreeMap<>();
        for (Checked c : checked) {
            Outcome o = c.outcome();
            if (o.address().isEmpty()) {
                continue;
            }
            Optional<LinkStatus> earlier = before.of(o.address());
            boolean conclusive = o.verdict() == Verdict.OK || o.verdict().isProblem();
            if (!conclusive && earlier.isPresent() && earlier.get().verdict() != Verdict.UNVERIFIABLE
                    && earlier.get().verdict() != Verdict.SKIPPED) {
                after.put(o.address(), earlier.get());
            } else {
                String detail = o.detail() + o.suggestion().map(s -> "; use " + s).orElse("");
                after.put(o.address(), new LinkStatus(o.address(), o.verdict(), LocalDate.ofInstant(o.checked(), ZoneOffset.UTC),
                        o.code(), CacheLine.clean(detail)));
            }
        }
        return after;
    }

    /** Merges {@code checked} into the file under {@code contentRoot}: written beside it, then moved into place. */
    public static Path write(Path contentRoot, List<Checked> checked) {
        Path file = contentRoot.resolve(NAME);
        StringBuilder b = new StringBuilder(HEADER);
        for (LinkStatus s : merge(read(contentRoot), checked).values()) {
            b.append(String.join("\t", CacheLine.clean(s.address()), s.verdict().id(), s.checked().toString(),
                    Integer.toString(s.code()), s.detail())).append('\n');
        }
        try {
            Path temp = Files.createTempFile(contentRoot, ".link-status", ".tmp");
            Files.writeString(temp, b, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

}
