package dev.syllabus.ingest;

import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares what the input says about a resource with the entity the knowledge base already has for it. Facts the
 * entity lacks (an address, a timestamp, a creator, a stated length) are merged; a different title or creator is a
 * conflict reported with both values; a different kind or length is only remarked on.
 */
final class Comparison {
    /** What to merge, what to report as a conflict, and remarks for the curator. */
    record Outcome(List<Fact> facts, List<Conflict> conflicts, List<String> notes) {
    }

    private final List<Fact> facts = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Candidate candidate;

    private Comparison(Candidate candidate) {
        this.candidate = candidate;
    }

    static Outcome of(Entity existing, Candidate c, Makers.Resolution who, ResourceKind kind) {
        Comparison cmp = new Comparison(c);
        existing.visit(concept -> { }, p -> cmp.titles(p.title()), r -> {
            cmp.addresses(r);
            cmp.moments(r);
            cmp.creators(r, who);
            cmp.length(r);
            cmp.titles(r.title());
            if (kind != r.kind()) {
                cmp.notes.add("the sources' words suggest kind " + kind.id() + "; the knowledge base says " + r.kind().id());
            }
        }, cr -> cmp.notes.add("this address is the homepage of creator '" + cr.slug() + "', not a resource"), p -> { }, g -> { });
        return new Outcome(cmp.facts, cmp.conflicts, cmp.notes);
    }

    private void addresses(Resource r) {
        candidate.urls().forEach((url, written) -> {
            if (!r.allUrls().contains(url)) {
                facts.add(new Fact.AlternateUrl(url, written));
            }
        });
    }

    private void moments(Resource r) {
        for (Moment m : candidate.moments()) {
            // A time inside a listed segment points into that segment, as a guide pick's time does.
            boolean listed = r.segmentAt(m.at()).isPresent();
            if (listed) {
                continue;
            }
            if (r.lengthBasis() == LengthBasis.STATED && beyond(m.at(), r)) {
                notes.add("timestamp " + m.at() + " lies past the end of this " + r.minutes() + " resource: not added");
            } else {
                facts.add(new Fact.AddedSegment(m, DraftFiles.foundIn(candidate.origins())));
            }
        }
    }

    private static boolean beyond(Timestamp at, Resource r) {
        return at.seconds() > r.minutes().value() * 60 + 59;
    }

    private void creators(Resource r, Makers.Resolution who) {
        List<Slug> named = who.all();
        if (named.isEmpty() && who.unresolved().isEmpty()) {
            return;
        }
        boolean overlap = named.stream().anyMatch(r.creators()::contains);
        if (!r.creators().isEmpty() && !overlap) {
            conflicts.add(new Conflict("creators", join(r.creators()), String.join(", ", candidate.makers().isEmpty()
                    ? named.stream().map(Slug::value).toList() : candidate.makers()), where()));
            return;
        }
        named.stream().filter(s -> !r.creators().contains(s)).forEach(s -> facts.add(new Fact.AddedCreator(s)));
        if (!who.unresolved().isEmpty()) {
            notes.add("the sources also name " + String.join(", ", who.unresolved()) + ", not a known creator: not added");
        }
    }

    private void length(Resource r) {
        candidate.length().ifPresent(l -> {
            if (r.lengthBasis() == LengthBasis.ESTIMATED) {
                facts.add(new Fact.Length(l));
            } else if (Math.abs(l.minutes().value() - r.minutes().value()) > Math.max(5, r.minutes().value() / 10)) {
                notes.add("a source gives the length as \"" + l.written() + "\"; the knowledge base states " + r.minutes());
            }
        });
    }

    private void titles(String existing) {
        for (Candidate.Named t : candidate.realTitles()) {
            if (!TitleWords.agree(t.title().text(), existing)) {
                conflicts.add(new Conflict("title", existing, t.title().text(), t.origin().where()));
            }
        }
    }

    private String where() {
        return candidate.origins().get(0).where();
    }

    static String join(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).collect(Collectors.joining(", "));
    }
}
