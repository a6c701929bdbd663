package dev.syllabus.ingest;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the outcome of every mention: candidates (addressed mentions gathered per resource) are matched against the
 * knowledge base by canonical address, then by creator and exact title; unmatched ones become drafts. Mentions without
 * a usable address are matched too, but never become drafts. The result is the report and what to write.
 */
final class Reconciler {
    /** The report items, the drafts to write, and the facts to merge into existing files. */
    record Plan(List<ReportItem> items, List<NewResource> resources, List<NewCreator> creators, Map<Entity, List<Fact>> merges) {
    }

    private final KnownContent known;
    private final Makers makers;
    private final Set<String> slugs;
    private final List<ReportItem> items = new ArrayList<>();
    private final List<NewResource> drafts = new ArrayList<>();
    private final Set<NewCreator> creators = new LinkedHashSet<>();
    private final Map<Entity, List<Fact>> merges = new LinkedHashMap<>();

    private Reconciler(KnownContent known, List<Mention> mentions) {
        this.known = known;
        this.slugs = new HashSet<>(known.slugsInUse());
        this.makers = new Makers(known, mentions, slugs);
    }

    static Plan plan(List<Mention> mentions, KnownContent known) {
        Reconciler r = new Reconciler(known, mentions);
        List<Candidate> candidates = Grouping.group(mentions.stream().filter(m -> m.address().usable()).toList());
        List<ReportItem> unaddressed = new ArrayList<>();
        UnaddressedOutcomes outcomes = new UnaddressedOutcomes(known, r.makers, candidates, r::merge);
        mentions.stream().filter(m -> !m.address().usable() && m.address().problem() != Address.Problem.IN_PAGE_ANCHOR)
                .forEach(m -> unaddressed.add(outcomes.of(m)));
        anchors(mentions.stream().filter(m -> m.address().problem() == Address.Problem.IN_PAGE_ANCHOR).toList()).ifPresent(unaddressed::add);
        Drafting drafting = new Drafting(known, newHosts(candidates, known));
        // Assessing a candidate only reads what is settled by now, so candidates are assessed in parallel; the outcomes
        // are recorded in input order, which keeps slugs, merges and the report as a sequential run makes them.
        List<Assessment> assessed = candidates.parallelStream().map(c -> r.assess(c, drafting)).toList();
        assessed.forEach(r::record);
        r.items.addAll(unaddressed);
        return new Plan(r.items, r.drafts, List.copyOf(r.creators), r.merges);
    }

    /**
     * One report line for every link that points inside its document ("Back to Top", a table of contents): they are
     * navigation, not resources, and a list may have dozens.
     */
    private static Optional<ReportItem> anchors(List<Mention> inPage) {
        if (inPage.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> byTarget = new LinkedHashMap<>();
        inPage.forEach(m -> byTarget.merge(m.address().written(), 1, Integer::sum));
        List<String> shown = byTarget.entrySet().stream().limit(8)
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList();
        String reason = inPage.size() + (inPage.size() == 1 ? " link points" : " links point") + " inside the document ("
                + String.join(", ", shown) + (byTarget.size() > 8 ? ", ..." : "") + "): navigation, not resources";
        List<String> origins = inPage.stream().map(m -> m.origin().where()).distinct().toList();
        return Optional.of(new ReportItem(ReportItem.Status.SKIPPED, "", inPage.size() + " in-page links", "", "", List.of(), origins,
                inPage.get(0).origin().under(), reason, List.of(), List.of(), List.of(), ""));
    }

    private static Set<String> newHosts(List<Candidate> candidates, KnownContent known) {
        Set<String> hosts = new LinkedHashSet<>();
        candidates.forEach(c -> c.urls().keySet().stream().filter(u -> known.byUrl(u).isEmpty()).forEach(u -> hosts.add(u.host())));
        return hosts;
    }

    /**
     * What a candidate is, decided without touching shared state: its creators and kind, the entities its addresses
     * belong to, and either the entity it matches with the comparison, or the draft it would become with its report
     * item, both still without a slug.
     */
    private record Assessment(Candidate c, Makers.Resolution who, ResourceKind kind, Set<Entity> hits, Optional<Entity> match,
                              Comparison.Outcome outcome, Drafting.Prepared draft, ReportItem draftItem) {
    }

    private Assessment assess(Candidate c, Drafting drafting) {
        Makers.Resolution who = resolve(c);
        ResourceKind kind = KindRules.decide(Optional.of(c.firstUrl()), c.cues(), c.makers());
        Set<Entity> hits = new LinkedHashSet<>();
        c.urls().keySet().forEach(u -> known.byUrl(u).ifPresent(hits::add));
        if (hits.size() > 1) {
            return new Assessment(c, who, kind, hits, Optional.empty(), null, null, null);
        }
        Optional<Entity> match = hits.stream().findFirst().or(() -> byCreatorAndTitle(c, who));
        if (match.isPresent()) {
            return new Assessment(c, who, kind, hits, match, Comparison.of(match.get(), c, who, kind), null, null);
        }
        Drafting.Prepared draft = drafting.prepare(c, kind, who.all());
        return new Assessment(c, who, kind, hits, match, null, draft, freshItem(c, who, kind, draft));
    }

    private void record(Assessment a) {
        Candidate c = a.c();
        if (a.hits().size() > 1) {
            items.add(item(ReportItem.Status.CONFLICT, c, a.kind(), a.who(), null, List.of(), List.of(new Conflict("address",
                    String.join(", ", a.hits().stream().map(e -> e.slug().value()).toList()), c.firstUrl().value(),
                    c.origins().get(0).where())), List.of("its addresses belong to different entities: merge them first")));
        } else if (a.match().isPresent()) {
            known(c, a.match().get(), a.who(), a.kind(), a.outcome());
        } else {
            fresh(a.who(), a.draft(), a.draftItem());
        }
    }

    /**
     * The creators the phrases name; failing those, a link text that is exactly a creator's name ("[StatQuest with Josh
     * Starmer](.../@statquest)"), else creators named in the words around the links ("StatQuest also has a video on").
     */
    private Makers.Resolution resolve(Candidate c) {
        Makers.Resolution who = makers.resolve(c.names());
        if (!who.all().isEmpty() || !who.unresolved().isEmpty()) {
            return who;
        }
        List<CreatorName> labels = c.mentions().stream().map(m -> new CreatorName(m.label(), CreatorName.Role.AUTHOR)).toList();
        Makers.Resolution byLabel = makers.resolveByLabel(labels, s -> known.kb().get(s, dev.syllabus.kb.Creator.class));
        return byLabel.all().isEmpty() ? makers.scan(c.context()) : new Makers.Resolution(byLabel.known(), byLabel.fresh(), List.of());
    }

    /** A resource at another address that has the same creator and, word for word, the same title. */
    private Optional<Entity> byCreatorAndTitle(Candidate c, Makers.Resolution who) {
        Optional<Title> title = c.title().filter(Title::isReal);
        if (title.isEmpty() || who.known().isEmpty()) {
            return Optional.empty();
        }
        List<Resource> same = known.kb().resources().stream()
                .filter(r -> r.creators().stream().anyMatch(who.known()::contains))
                .filter(r -> TitleWords.same(r.title(), title.get().text())).toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    private void known(Candidate c, Entity e, Makers.Resolution who, ResourceKind kind, Comparison.Outcome o) {
        o.facts().stream().filter(Fact.AddedCreator.class::isInstance).map(f -> ((Fact.AddedCreator) f).creator())
                .forEach(s -> makers.created(s).ifPresent(creators::add));
        merge(e, o.facts());
        ReportItem.Status status = !o.conflicts().isEmpty() ? ReportItem.Status.CONFLICT
                : o.facts().isEmpty() ? ReportItem.Status.KNOWN : ReportItem.Status.MERGED;
        items.add(item(status, c, kind, who, e, o.facts(), o.conflicts(), o.notes()));
    }

    private void merge(Entity e, List<Fact> facts) {
        List<Fact> list = merges.computeIfAbsent(e, k -> new ArrayList<>());
        facts.stream().filter(f -> list.stream().noneMatch(old -> Facts.sameSubject(old, f))).forEach(list::add);
        if (list.isEmpty()) {
            merges.remove(e);
        }
    }

    private void fresh(Makers.Resolution who, Drafting.Prepared prepared, ReportItem i) {
        Slug slug = Slugs.unique(prepared.slugBase(), slugs);
        drafts.add(prepared.draft(slug));
        who.fresh().forEach(s -> makers.created(s).ifPresent(creators::add));
        items.add(new ReportItem(i.status(), slug.value(), i.title(), i.kind(), i.url(), i.creators(), i.origins(), i.under(),
                i.reason(), i.facts(), i.conflicts(), i.notes(), i.sourceNote()));
    }

    /** The report item of a new draft, all but its slug. */
    private static ReportItem freshItem(Candidate c, Makers.Resolution who, ResourceKind kind, Drafting.Prepared draft) {
        List<Conflict> disagreements = new ArrayList<>();
        for (Candidate.Named t : c.realTitles()) {
            if (!TitleWords.agree(t.title().text(), draft.title())) {
                disagreements.add(new Conflict("title", draft.title(), t.title().text(), t.origin().where()));
            }
        }
        List<String> notes = new ArrayList<>(c.problems());
        if (!who.unresolved().isEmpty()) {
            notes.add("creator names not resolved: " + String.join(", ", who.unresolved()));
        }
        draft.defects().forEach(d -> notes.add("defect " + d.kind().id() + ": " + d.note()));
        return new ReportItem(ReportItem.Status.NEW, "", draft.title(), kind.id(), draft.written().get(0),
                slugs(draft.creators()), wheres(c), c.origins().get(0).under(), "", read(draft), disagreements, notes,
                sourceNote(c));
    }

    private ReportItem item(ReportItem.Status status, Candidate c, ResourceKind kind, Makers.Resolution who, Entity e,
                            List<Fact> facts, List<Conflict> conflicts, List<String> notes) {
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(c.problems());
        return new ReportItem(status, e == null ? "" : e.slug().value(), e == null ? Drafting.title(c) : e.title(), kind.id(),
                c.urls().values().iterator().next(), slugs(who.all()), wheres(c), c.origins().get(0).under(),
                e == null ? "" : "already in the knowledge base as " + known.fileOf(e),
                facts.stream().map(Fact::describe).toList(), conflicts, allNotes, sourceNote(c));
    }

    /** What was read for a new draft beyond its title, kind, address and creators. */
    private static List<String> read(Drafting.Prepared draft) {
        List<String> out = new ArrayList<>();
        draft.written().subList(1, draft.written().size()).forEach(a -> out.add("alternate address " + a));
        draft.length().ifPresent(l -> out.add(new Fact.Length(l).describe()));
        draft.moments().forEach(m -> out.add(new Fact.AddedSegment(m).describe()));
        draft.sections().forEach(p -> out.add("section \"" + p.name() + "\"" + (p.topic().isEmpty() ? "" : " for " + p.topic())));
        return out;
    }

    private static String sourceNote(Candidate c) {
        return c.mentions().stream().map(Mention::note).filter(n -> !n.isBlank()).findFirst().map(Reconciler::shorten).orElse("");
    }

    static String shorten(String note) {
        return note.length() > 300 ? note.substring(0, 297).strip() + "..." : note;
    }

    private static List<String> wheres(Candidate c) {
        return c.origins().stream().map(Origin::where).distinct().toList();
    }

    private static List<String> slugs(List<Slug> list) {
        return list.stream().map(Slug::value).toList();
    }
}
