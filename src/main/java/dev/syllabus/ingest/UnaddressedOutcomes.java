package dev.syllabus.ingest;

import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The outcome of a mention without a usable address: known when it names something the knowledge base has (by slug,
 * bare-host address, or creator and title), otherwise skipped with the reason, naming the input's resource it duplicates
 * when there is one. Such mentions never become drafts: an address is never invented.
 */
final class UnaddressedOutcomes {
    private final KnownContent known;
    private final Makers makers;
    private final List<Candidate> candidates;
    private final BiConsumer<Entity, List<Fact>> merge;
    private final Unaddressed<Resource> resources;
    private Unaddressed<Candidate> inputTargets;

    UnaddressedOutcomes(KnownContent known, Makers makers, List<Candidate> candidates, BiConsumer<Entity, List<Fact>> merge) {
        this.known = known;
        this.makers = makers;
        this.candidates = candidates;
        this.merge = merge;
        this.resources = Unaddressed.of(known);
    }

    ReportItem of(Mention m) {
        Address.Problem p = m.address().problem();
        if (p.isNoResource()) {
            return skipped(m, m.address().reason() + ": not imported");
        }
        Set<Slug> who = creators(m);
        Optional<Entity> hit = Unaddressed.bySlugOrAddress(m, known)
                .or(() -> resources.byCreatorAndTitle(m, who).map(Entity.class::cast));
        if (hit.isPresent()) {
            return knownItem(m, hit.get(), who);
        }
        Optional<Candidate> same = sameAsInput(m, who);
        if (same.isPresent()) {
            same.get().addUnaddressed(m);
            return skipped(m, m.address().reason() + "; it is the same resource as " + same.get().urls().values().iterator().next()
                    + " (" + same.get().origins().get(0).where() + "), imported from there");
        }
        return skipped(m, m.address().reason() + (isCitation(m) ? "" : ": give it an address to import it"));
    }

    private Set<Slug> creators(Mention m) {
        Makers.Resolution r = makers.resolve(m.creators());
        return new LinkedHashSet<>(r.all());
    }

    private Optional<Candidate> sameAsInput(Mention m, Set<Slug> who) {
        if (m.address().url().isPresent()) {
            Optional<Candidate> byUrl = candidates.stream().filter(c -> c.urls().containsKey(m.address().url().get())).findFirst();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        if (inputTargets == null) {
            // Read-only work per candidate, so on all cores; the list keeps the candidates' order.
            inputTargets = new Unaddressed<>(candidates.parallelStream()
                    .map(c -> new Unaddressed.Target<>(c, Drafting.title(c), Set.copyOf(makers.resolve(c.names()).all()))).toList());
        }
        return inputTargets.byCreatorAndTitle(m, who);
    }

    private ReportItem knownItem(Mention m, Entity e, Set<Slug> who) {
        List<Fact> facts = new ArrayList<>();
        if (e instanceof Resource r && r.lengthBasis() == LengthBasis.ESTIMATED) {
            m.length().ifPresent(l -> facts.add(new Fact.Length(l)));
        }
        merge.accept(e, facts);
        List<String> notes = new ArrayList<>(m.problems());
        notes.add(m.address().reason() + documented(e));
        return new ReportItem(facts.isEmpty() ? ReportItem.Status.KNOWN : ReportItem.Status.MERGED, e.slug().value(), e.title(),
                e instanceof Resource r ? r.kind().id() : e.type().id(), "", who.stream().map(Slug::value).toList(),
                List.of(m.origin().where()), m.origin().under(), "already in the knowledge base as " + known.fileOf(e),
                facts.stream().map(Fact::describe).toList(), List.of(), notes, Reconciler.shorten(m.note()));
    }

    /** Whether the knowledge base already records that sources give this resource without a working address. */
    private static String documented(Entity e) {
        if (e instanceof Resource r && (r.hasDefect(DefectKind.MISSING_URL) || r.hasDefect(DefectKind.NOT_A_URL)
                || r.hasDefect(DefectKind.BARE_HOST))) {
            return " (the knowledge base documents this defect)";
        }
        return "";
    }

    /** "[LinkedIn](#)": a citation marker, not a recommendation. */
    private static boolean isCitation(Mention m) {
        return m.address().written().equals("#") || m.address().written().isBlank() && m.title().isEmpty();
    }

    private static ReportItem skipped(Mention m, String reason) {
        List<String> notes = new ArrayList<>(m.problems());
        return new ReportItem(ReportItem.Status.SKIPPED, "", m.shownName(), "", m.address().written(), m.creators().stream()
                .map(CreatorName::name).toList(), List.of(m.origin().where()), m.origin().under(), reason, List.of(), List.of(), notes,
                Reconciler.shorten(m.note()));
    }
}
