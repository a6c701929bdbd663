package dev.syllabus.links;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.content.SourceFile;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every address of a content tree, once, with every place that writes it: resources' addresses as written and their
 * alternates (a video's segment links are the video's address with a start time, so the video is checked once), papers,
 * creators' home pages and the web links of every body. Resources whose source gave no usable address at all
 * (documented {@code missing-url} or {@code not-a-url}) come back as malformed results that need no request.
 */
public final class ContentTargets {
    /** Defects that make the resource's own address fail a check. */
    private static final Set<DefectKind> ADDRESS_DEFECTS = Set.of(DefectKind.INVALID_VIDEO_ID, DefectKind.MISSPELT_HOST,
            DefectKind.BARE_HOST);

    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<Checked> unaddressed = new ArrayList<>();

    private ContentTargets() {
    }

    /** The addresses to check, and the results already known without a request, of {@code content}. */
    public static ContentTargets of(LoadedContent content, Instant now) {
        ContentTargets t = new ContentTargets();
        for (Entity e : content.kb().entities()) {
            String file = content.fileOf(e);
            Optional<SourceFile> source = content.sourceOf(e.slug());
            e.visit(c -> { },
                    p -> p.url().ifPresent(u -> t.add(u.value(), where(file, source, p.arxiv().isPresent() ? "/arxiv" : "/link"),
                            Optional.empty())),
                    r -> t.resource(r, file, source, now),
                    c -> c.homepage().ifPresent(u -> t.add(u.value(), where(file, source, "/homepage"), Optional.empty())),
                    p -> { }, g -> { });
            for (BodyLinks.Found link : BodyLinks.webLinks(e.body())) {
                t.add(link.address(), new Occurrence(file, source.map(s -> s.bodyLine(link.line())).orElse(0), "body"), Optional.empty());
            }
        }
        return t;
    }

    private void resource(Resource r, String file, Optional<SourceFile> source, Instant now) {
        Optional<String> documented = r.defects().stream().map(KnownDefect::kind).filter(ADDRESS_DEFECTS::contains)
                .map(DefectKind::id).findFirst();
        Optional<String> address = r.written().or(() -> r.url().map(CanonicalUrl::value));
        address.ifPresent(a -> add(a, where(file, source, "/url"), documented));
        for (int i = 0; i < r.alternateUrls().size(); i++) {
            add(r.alternateUrls().get(i).value(), where(file, source, "/alternate_urls/" + i), Optional.empty());
        }
        for (int i = 0; i < r.defects().size(); i++) {
            KnownDefect d = r.defects().get(i);
            if (d.kind() == DefectKind.MISSING_URL || d.kind() == DefectKind.NOT_A_URL) {
                Occurrence at = where(file, source, "/defects/" + i);
                String what = d.kind() == DefectKind.MISSING_URL ? "no address: " : "a source linked it with something that "
                        + "is not an address: ";
                unaddressed.add(new Checked(new Target("", List.of(at), Optional.of(d.kind().id())),
                        Outcome.of("", Verdict.MALFORMED, 0, what + d.note(), now)));
            }
        }
    }

    private static Occurrence where(String file, Optional<SourceFile> source, String pointer) {
        return new Occurrence(file, source.map(s -> s.lineOf(pointer)).orElse(0), pointer.substring(1).replace('/', '.'));
    }

    private void add(String address, Occurrence at, Optional<String> documented) {
        targets.merge(address, new Target(address, List.of(at), documented), (a, b) -> {
            List<Occurrence> all = new ArrayList<>(a.occurrences());
            all.addAll(b.occurrences());
            return new Target(address, all, a.documented().or(b::documented));
        });
    }

    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    public List<Checked> unaddressed() {
        return List.copyOf(unaddressed);
    }
}
