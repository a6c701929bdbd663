package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a plan's steps from its needed concepts in study order: a curated path named as a goal first, then one step
 * per concept with its explainer (unless an earlier item already teaches it) and, in a deep plan, the paper that
 * introduced it. Each build takes a {@link Trim}, so a budget can rebuild the same plan with less in it.
 */
final class Assembly {
    /** The part label of "the rest" of a resource whose other parts earlier steps gave. */
    static final String REST = rest().label();
    /** How the note of "the rest" starts its list of parts to skip. */
    static final String SKIP_NOTE = "Skip what earlier steps gave:";

    private final PlanIndex index;
    private final PlanRequest request;
    private final Goals goals;
    private final Needs needs;
    private final List<Slug> order;
    private final ResourceChooser chooser;
    private final Reasons reasons;
    private final ItemNotes notes;
    private final Map<Slug, Paper> goalPaperAt = new HashMap<>();
    private final Map<Slug, List<Paper>> papersAt = new HashMap<>();

    Assembly(PlanIndex index, PlanRequest request, Goals goals, Needs needs) {
        this.index = index;
        this.request = request;
        this.goals = goals;
        this.needs = needs;
        this.order = CurriculumOrder.sort(index, needs);
        this.chooser = new ResourceChooser(index, request, needs);
        this.reasons = new Reasons(index.kb(), needs);
        this.notes = new ItemNotes(index.kb(), request);
        Map<Slug, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        // A paper is read after every concept it introduces, so all its ideas are in place when the learner reads it.
        for (Paper p : goals.papers()) {
            lastOf(p, position).ifPresent(last -> goalPaperAt.putIfAbsent(last, p));
        }
        for (Slug c : order) {
            canonicalPaper(c).ifPresent(p -> {
                List<Paper> at = papersAt.computeIfAbsent(lastOf(p, position).orElse(c), k -> new ArrayList<>());
                if (!at.contains(p)) {
                    at.add(p);
                }
            });
        }
    }

    private static Optional<Slug> lastOf(Paper p, Map<Slug, Integer> position) {
        return p.introduces().stream().filter(position::containsKey).max(Comparator.comparing(position::get));
    }

    /** The material the learner prefers. */
    Preference preferred() {
        return request.prefer();
    }

    /** The needed concepts in study order. */
    List<Slug> concepts() {
        return order;
    }

    Draft build(Trim trim) {
        Draft d = new Draft(index);
        goals.paths().forEach(p -> PathSteps.add(index.kb(), needs, p, request.studyTime(), d));
        order.forEach(c -> conceptStep(c, trim, d));
        goals.papers().forEach(p -> loosePaper(p, d));
        needs.knownOmissions().forEach(d::omit);
        return d;
    }

    private void conceptStep(Slug c, Trim trim, Draft d) {
        int at = d.nextOrder();
        Optional<Step.Cover> cover = d.coverage.taughtBy(c);
        List<StudyItem> items = new ArrayList<>();
        boolean paperTeaches = teach(c, cover, trim, d, at, items);
        if (!paperTeaches && request.depth() == Depth.DEEP) {
            for (Paper p : papersAt.getOrDefault(c, List.of())) {
                paperItem(p, c, true, trim, d, at).ifPresent(items::add);
            }
        }
        goalPaperItem(c, d).ifPresent(items::add);
        if (items.isEmpty() && cover.isPresent() && lateNeeds(c, cover.get().step(), d).isEmpty()) {
            d.fold(cover.get().step(), new Step.Also(c, title(c), reasons.forConcept(c)));
            return;
        }
        Concept concept = index.concept(c).orElseThrow();
        if (items.isEmpty()) {
            items.add(StudyItem.page(concept, request.studyTime().page(concept.body()), cover.map(by -> "Step " + by.step()
                    + "'s \"" + by.title() + "\" covers it before " + titles(lateNeeds(c, by.step(), d))
                    + ", which it builds on: its page puts them together.")
                    .orElse("No resource in the knowledge base teaches it yet: its page explains it.")));
        }
        Minutes minutes = items.stream().map(StudyItem::minutes).reduce(Minutes.ZERO, Minutes::plus);
        d.add(Step.Kind.CONCEPT, Optional.of(c), concept.title(), items, cover, reasons.forConcept(c), reasons.chainOf(c),
                minutes);
    }

    /**
     * The concepts the plan teaches that {@code c} builds on and that come after step {@code step}: folding {@code c}
     * into that step would teach it before them.
     */
    private List<Slug> lateNeeds(Slug c, int step, Draft d) {
        List<Slug> late = new ArrayList<>();
        for (Slug p : index.kb().graph().prerequisitesOf(c)) {
            if (needs.isNeeded(p) && (d.stepOf(p) == 0 || d.stepOf(p) > step)) {
                late.add(p);
            }
        }
        return late;
    }

    private String titles(List<Slug> concepts) {
        return String.join(" and ", concepts.stream().map(this::title).toList());
    }

    /**
     * Adds the item that teaches the concept, unless an earlier item already does: the introducing paper for a learner
     * who prefers papers, else the best explainer, else (nothing explains it more simply) the introducing paper,
     * whatever the depth. Returns true when a paper took the explainer's place.
     */
    private boolean teach(Slug c, Optional<Step.Cover> cover, Trim trim, Draft d, int at, List<StudyItem> items) {
        Optional<Paper> paper = canonicalPaper(c);
        if (request.prefer() == Preference.PAPER && paper.isPresent()) {
            paperItem(paper.get(), c, false, trim, d, at).ifPresent(items::add);
            return true;
        }
        if (cover.isPresent()) {
            // A goal deserves an explainer of its own, not only a mention in a broader resource an earlier step gave.
            if (goals.isRoot(c) && !index.mainlyAbout(cover.get().item(), c)) {
                explainer(c, trim, d, at, true).ifPresent(items::add);
            }
            return false;
        }
        Optional<StudyItem> explainer = goals.isRoot(c)
                ? explainer(c, trim, d, at, true).or(() -> explainer(c, trim, d, at, false)) : explainer(c, trim, d, at, false);
        if (explainer.isPresent()) {
            items.add(explainer.get());
            return false;
        }
        paper.flatMap(p -> paperItem(p, c, false, trim, d, at)).ifPresent(items::add);
        return paper.isPresent();
    }

    /** A goal paper placed at this concept: always in a deep plan, in a light one when nothing else explains its idea. */
    private Optional<StudyItem> goalPaperItem(Slug c, Draft d) {
        Paper p = goalPaperAt.get(c);
        if (p == null || !(request.depth() == Depth.DEEP || unexplained(p, d))) {
            return Optional.empty();
        }
        d.coverage.addPaper(p.slug());
        return Optional.of(goalPaper(p, request.depth() == Depth.DEEP ? "Your goal: everything it builds on comes before it."
                : "Your goal. Nothing in the knowledge base explains its idea more simply, so even a light plan reads the paper."));
    }

    /** The concept's explainer; with {@code mainOnly}, only one mainly about it. */
    private Optional<StudyItem> explainer(Slug c, Trim trim, Draft d, int at, boolean mainOnly) {
        boolean shorten = trim.shortened().contains(c);
        boolean anyKind = shorten && trim.anyKind().contains(c);
        int id = index.id(c);
        Optional<Candidate> chosen = chooser.best(id, shorten, anyKind, mainOnly, d.coverage);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Candidate pick = chosen.get();
        // Another kind than preferred is "none of that kind exists" unless the preferred kind was there but too long.
        boolean forBudget = anyKind && pick.mismatch() && chooser.best(id, true, d.coverage).filter(p -> !p.mismatch()).isPresent();
        if (forBudget) {
            d.otherKind(c);
        }
        String note = notes.of(pick, forBudget);
        if (shorten) {
            Optional<Candidate> preferred = chooser.best(id, false, d.coverage).filter(p -> !p.option().equals(pick.option()));
            if (preferred.isPresent()) {
                note = notes.swapped(preferred.get(), request.budget()) + " " + note;
                d.omit(notes.swapOmission(preferred.get(), pick, request.budget()));
                d.swapped();
            }
        }
        Resource r = pick.resource();
        List<Coverage.Skip> skips = d.coverage.skipped(pick.option());
        note = (note + skipNote(r, skips)).strip();
        Optional<dev.syllabus.kb.Segment> part = pick.part().or(() -> skips.isEmpty() ? Optional.empty() : Optional.of(rest()));
        d.coverage.add(pick.option(), new Step.Cover(at, r.slug(), r.title()));
        boolean along = index.codedAlong(r.slug());
        Minutes study = request.studyTime().of(r, pick.minutes(), along);
        d.explainer(c, study);
        return Optional.of(StudyItem.of(index.kb(), r, part, pick.minutes(), study, along, Optional.empty(), note.strip()));
    }

    /** The rest of a resource some of whose parts earlier steps gave: from the start, skipping those. */
    private static dev.syllabus.kb.Segment rest() {
        return new dev.syllabus.kb.Segment(Optional.of(dev.syllabus.kb.Timestamp.parse("0:00")), Optional.empty(), false,
                "the rest", "", Optional.empty(), Optional.empty());
    }

    /** Which parts of the segment to skip because earlier steps gave them: "Skip the part at 2:14:42 (...), step 1's." */
    private static String skipNote(Resource r, List<Coverage.Skip> skips) {
        if (skips.isEmpty()) {
            return "";
        }
        List<String> parts = skips.stream().map(s -> {
            dev.syllabus.kb.Segment seg = r.segments().get(s.segment());
            return seg.label() + " (step " + s.step() + ")";
        }).toList();
        return " " + SKIP_NOTE + " " + String.join("; ", parts) + ".";
    }

    /** The paper that introduced a concept (see {@link PlanIndex}); goal papers have their own place. */
    private Optional<Paper> canonicalPaper(Slug c) {
        return index.canonicalPaper(c).filter(p -> !goals.isGoalPaper(p.slug()));
    }

    private Optional<StudyItem> paperItem(Paper p, Slug c, boolean optional, Trim trim, Draft d, int at) {
        if (d.coverage.hasPaper(p.slug())) {
            return Optional.empty();
        }
        d.coverage.addPaper(p.slug());
        Optional<PlanIndex.Postponement> later = index.postponement(p.slug());
        if (optional && later.isPresent()) {
            d.omit(new Omission(p.slug(), p.title(), "The curated path \"" + later.get().path() + "\" leaves it for later: "
                    + later.get().reason()));
            return Optional.empty();
        }
        if (optional && trim.droppedPapers().contains(p.slug())) {
            d.omit(notes.droppedPaper(p, request.budget()));
            d.dropped();
            return Optional.empty();
        }
        if (optional) {
            d.optionalPaper(new Draft.OptionalPaper(p.slug(), reading(p), needs.chain(c).size() - 1, at));
        }
        Optional<PlanIndex.PaperUse> use = index.paperUse(p.slug());
        Optional<ReadingMode> mode = use.flatMap(PlanIndex.PaperUse::mode).or(() -> Optional.of(ReadingMode.READ_SELECTIVELY));
        String note = use.map(PlanIndex.PaperUse::note).filter(n -> !n.isEmpty())
                .orElse("The paper that introduced " + title(c) + ".");
        return Optional.of(StudyItem.of(p, reading(p), mode, note, optional));
    }

    /** True when some needed concept a goal paper introduces has no explainer in the plan: then only the paper teaches it. */
    private boolean unexplained(Paper p, Draft d) {
        return p.introduces().stream().anyMatch(c -> needs.isNeeded(c) && d.coverage.taughtBy(c).isEmpty());
    }

    private StudyItem goalPaper(Paper p, String note) {
        Optional<ReadingMode> mode = index.paperUse(p.slug()).flatMap(PlanIndex.PaperUse::mode)
                .or(() -> Optional.of(ReadingMode.READ_CLOSELY));
        return StudyItem.of(p, reading(p), mode, note, false);
    }

    /**
     * A goal paper with no step to sit in: one whose ideas the learner knows or that introduces no concept gets a step of
     * its own; in a light plan, a paper with explainers for its ideas is left out with a word on how to include it.
     */
    private void loosePaper(Paper p, Draft d) {
        if (d.coverage.hasPaper(p.slug())) {
            return;
        }
        boolean explained = p.introduces().stream().anyMatch(needs::isNeeded);
        if (request.depth() == Depth.LIGHT && explained) {
            d.omit(new Omission(p.slug(), p.title(), "A light plan teaches this paper's ideas through explainers; "
                    + "plan with depth deep to read the paper itself."));
            return;
        }
        d.coverage.addPaper(p.slug());
        d.add(Step.Kind.PAPER, Optional.of(p.slug()), p.title(), List.of(goalPaper(p, "Your goal.")), Optional.empty(),
                "Your goal.", reading(p));
    }

    /** A paper's reading time, which curators give as study time, at the learner's pace. */
    private Minutes reading(Paper p) {
        return request.studyTime().own(p.readingTime());
    }

    private String title(Slug slug) {
        return index.kb().get(slug).map(Entity::title).orElse(slug.value());
    }
}
