package dev.syllabus.content;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front matter of a resource file, as written. */
record ResourceFile(String title, String kind, List<String> creators, String url, List<String> alternateUrls,
                    String length, String lengthBasis, List<String> covers, List<SegmentEntry> segments, String level,
                    String access, String note, List<DefectEntry> defects) {

    /** A video timestamp, a book section or a part of a series, with where its time came from. */
    record SegmentEntry(String at, String end, Boolean approximate, String section, String covers, String concept,
                        String length, String source, String url) {
    }

    /** A documented defect of the resource's link. */
    record DefectEntry(String kind, String note) {
    }

    Optional<Resource> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> t = r.required("/title", title);
        Optional<ResourceKind> k = r.required("/kind", kind).flatMap(v -> r.token("/kind", v, ResourceKind.class));
        if (k.filter(ResourceKind.CONCEPT_PAGE::equals).isPresent()) {
            // Plans use the kind for concept pages they give as reading; a resource file is something else.
            r.error("bad-value", "/kind", "'concept-page' is what plans call a concept's own page, not a resource's kind: "
                    + "write the kind of the resource (article, blog-post, video, ...)");
            k = Optional.empty();
        }
        List<KnownDefect> known = defects(r);
        Optional<CanonicalUrl> canonical = address(r, known);
        List<CanonicalUrl> alternates = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(alternateUrls); i++) {
            r.url("/alternate_urls/" + i, alternateUrls.get(i)).ifPresent(p -> alternates.add(p.url()));
        }
        if (creators == null) {
            r.error("missing-field", "/title", "required field 'creators' is missing: list creator slugs, or write creators: [] if the source names no one");
        }
        List<Slug> made = r.slugs("/creators", creators);
        Optional<Minutes> stated = r.minutes("/length", length);
        LengthBasis basis = stated.isEmpty() ? LengthBasis.ESTIMATED
                : r.token("/length_basis", lengthBasis, LengthBasis.class, LengthBasis.STATED);
        List<Segment> parts = segments(r);
        Level lvl = r.token("/level", level, Level.class, Level.INTRODUCTORY);
        Access acc = r.token("/access", access, Access.class, Access.FREE);
        List<Slug> taught = r.slugs("/covers", covers);
        if (t.isEmpty() || k.isEmpty()) {
            return Optional.empty();
        }
        Minutes minutes = stated.orElse(k.get().typicalLength());
        return Optional.of(new Resource(slug, k.get(), t.get(), made, canonical, Optional.ofNullable(url), alternates,
                minutes, basis, taught, parts, lvl, acc, note, known, body));
    }

    private Optional<CanonicalUrl> address(FieldReader r, List<KnownDefect> known) {
        boolean documentedMissing = known.stream().anyMatch(d -> d.kind() == DefectKind.MISSING_URL);
        if (url == null || url.isBlank()) {
            if (!documentedMissing) {
                r.error("missing-field", "/title", "required field 'url' is missing: add the address, or a defect of kind "
                        + "missing-url saying that no source gives one");
            }
            return Optional.empty();
        }
        if (known.stream().anyMatch(d -> d.kind() == DefectKind.NOT_A_URL)) {
            try {
                return Optional.of(CanonicalUrl.parse(url).url());
            } catch (IllegalArgumentException documented) {
                return Optional.empty();
            }
        }
        return r.url("/url", url).map(CanonicalUrl.Parsed::url);
    }

    private List<KnownDefect> defects(FieldReader r) {
        List<KnownDefect> out = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(defects); i++) {
            DefectEntry d = defects.get(i);
            String pointer = "/defects/" + i + "/kind";
            r.required(pointer, d == null ? null : d.kind()).flatMap(v -> r.token(pointer, v, DefectKind.class))
                    .ifPresent(kind -> out.add(new KnownDefect(kind, d.note())));
        }
        return out;
    }

    private List<Segment> segments(FieldReader r) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(segments); i++) {
            SegmentEntry s = segments.get(i);
            String p = "/segments/" + i;
            if (s == null || (s.at() == null && (s.section() == null || s.section().isBlank()))) {
                r.error("missing-field", p, "segment " + i + " needs 'at' (a timestamp such as \"11:08\") or 'section' (a part of a book)");
                continue;
            }
            Optional<Timestamp> start = r.timestamp(p + "/at", s.at());
            Optional<Timestamp> end = r.timestamp(p + "/end", s.end());
            if (s.at() != null && start.isEmpty()) {
                continue;
            }
            Optional<CanonicalUrl> own = r.url(p + "/url", s.url()).map(CanonicalUrl.Parsed::url);
            try {
                out.add(new Segment(start, end, Boolean.TRUE.equals(s.approximate()), s.section(), s.covers(),
                        r.slug(p + "/concept", s.concept()), r.minutes(p + "/length", s.length()), s.source(), own));
            } catch (IllegalArgumentException e) {
                r.error("bad-timestamp", p + "/end", e.getMessage() + ": give an end after the start");
            }
        }
        return out;
    }
}
