package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Hosts;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a candidate nobody knows into a draft resource: a slug from its title, the decided kind, its creators, its
 * addresses as the sources wrote them, its timestamps and sections, the concept its heading names, and the link
 * defects validation would otherwise reject (an impossible video id, a host that looks misspelt).
 */
final class Drafting {
    private static final java.util.regex.Pattern ANGLES = java.util.regex.Pattern.compile("^<|>$");

    private final KnownContent known;
    /** Hosts by length: a lookalike is at most two edits away, so only hosts within two characters' length can be one. */
    private final java.util.Map<Integer, List<String>> hostsByLength = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<String>> lookalikes = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code newHosts} are the hosts of every draft to come, so lookalikes are caught whichever is drafted first. */
    Drafting(KnownContent known, Set<String> newHosts) {
        this.known = known;
        Set<String> hosts = new LinkedHashSet<>(known.hosts());
        hosts.addAll(newHosts);
        hosts.forEach(h -> hostsByLength.computeIfAbsent(h.length(), k -> new ArrayList<>()).add(h));
    }

    /** A draft but for its slug, which must be unique across the whole import and so is given in input order. */
    record Prepared(String slugBase, String title, ResourceKind kind, List<Slug> creators, List<String> written,
                    Optional<StatedLength> length, List<Moment> moments, List<Sections.Part> sections, List<Slug> covers,
                    List<KnownDefect> defects, List<Origin> origins, List<String> notes) {
        NewResource draft(Slug slug) {
            return new NewResource(slug, title, kind, creators, written.get(0), written.subList(1, written.size()), length,
                    moments, sections, covers, defects, origins, notes);
        }
    }

    /** Everything but the slug; safe to call from several threads at once. */
    Prepared prepare(Candidate c, ResourceKind kind, List<Slug> creators) {
        String title = title(c);
        List<String> written = new ArrayList<>();
        c.urls().forEach((url, spelling) -> written.add(spelling(url, spelling)));
        List<KnownDefect> defects = defects(c.urls().keySet());
        return new Prepared(Slugs.of(title), title, kind, creators, written, c.length(), c.moments(), c.sections(), covers(c),
                defects, c.origins(), notes(c));
    }

    static String title(Candidate c) {
        Optional<String> t = c.title().map(Title::text).filter(s -> !s.isBlank());
        String url = c.urls().values().iterator().next();
        return t.or(() -> LinkReader.titleFromAddress(url)).orElse(c.firstUrl().host());
    }

    /** The address as the source spelled it, minus Markdown escapes; a start time belongs to a segment, not the address. */
    private static String spelling(CanonicalUrl url, String written) {
        String clean = ANGLES.matcher(written.strip()).replaceAll("").replace("\\", "");
        boolean mayHaveStart = clean.contains("t=") || clean.contains("start=");
        return mayHaveStart && CanonicalUrl.parse(clean).start().isPresent() ? url.value() : clean;
    }

    private List<KnownDefect> defects(Set<CanonicalUrl> urls) {
        List<KnownDefect> out = new ArrayList<>();
        for (CanonicalUrl u : urls) {
            u.youtubeVideoId().filter(id -> !CanonicalUrl.isValidYoutubeVideoId(id)).ifPresent(id -> out.add(new KnownDefect(
                    DefectKind.INVALID_VIDEO_ID, "The source links video id '" + id + "', which has " + id.length()
                    + " characters instead of 11; find the right address.")));
            lookalikes.computeIfAbsent(u.host(), h -> Hosts.lookalike(h, sameLength(h))).ifPresent(h -> out.add(new KnownDefect(DefectKind.MISSPELT_HOST,
                    "The source spells the host '" + u.host() + "', close to the known host '" + h + "'; check the address.")));
        }
        return out;
    }

    private List<String> sameLength(String host) {
        List<String> out = new ArrayList<>();
        for (int n = host.length() - 2; n <= host.length() + 2; n++) {
            out.addAll(hostsByLength.getOrDefault(n, List.of()));
        }
        return out;
    }

    private List<Slug> covers(Candidate c) {
        Set<Slug> out = new LinkedHashSet<>();
        c.origins().forEach(o -> known.conceptFor(o.under()).ifPresent(out::add));
        return List.copyOf(out);
    }

    private static List<String> notes(Candidate c) {
        Set<String> out = new LinkedHashSet<>();
        c.mentions().stream().map(Mention::note).filter(n -> !n.isBlank()).forEach(out::add);
        return List.copyOf(out);
    }
}
