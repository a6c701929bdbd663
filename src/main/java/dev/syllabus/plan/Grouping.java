package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns a plan of concepts into a list of things to do: the steps that take their explainer from parts of one resource
 * become one step of that resource ("Watch X from 1:21:59 to 1:54:06 (4 parts)", in the order the concepts need them, or the whole of it once
 * when the plan needs all of it), placed
 * between the first and last of those steps where no prerequisite comes after what needs it. Minutes do not change,
 * so a plan that fitted its budget still does.
 */
final class Grouping {
    private static final Pattern STEP_REFERENCE = Pattern.compile("\\b([Ss])tep (\\d+)");

    private final PlanIndex index;
    private final Depth depth;

    private Grouping(PlanIndex index, Depth depth) {
        this.index = index;
        this.depth = depth;
    }

    /** {@code steps} with the parts of each resource grouped, renumbered and with running totals recomputed. */
    static List<Step> of(PlanIndex index, Depth depth, List<Step> steps) {
        Grouping g = new Grouping(index, depth);
        List<Entry> entries = new ArrayList<>();
        steps.forEach(s -> entries.add(new Entry(s, List.of(s.order()))));
        for (Slug r : g.partedResources(steps)) {
            g.merge(entries, r);
        }
        return renumbered(entries);
    }

    /** A step of the plan being regrouped, with the original step numbers it stands for. */
    private record Entry(Step step, List<Integer> was) {
    }

    /** Resources whose parts teach two or more steps, in the order they first appear. */
    private List<Slug> partedResources(List<Step> steps) {
        Map<Slug, Integer> uses = new LinkedHashMap<>();
        for (Step s : steps) {
            explainerPart(s).ifPresent(i -> uses.merge(i.slug(), 1, Integer::sum));
        }
        return uses.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** The step's explainer when it is a part of a resource: the first item of a concept step (see {@link Assembly}). */
    private static Optional<StudyItem> explainerPart(Step s) {
        if (s.kind() != Step.Kind.CONCEPT || s.coveredBy().isPresent() || s.items().isEmpty()) {
            return Optional.empty();
        }
        StudyItem first = s.items().get(0);
        return first.part().isPresent() && !first.isPaper() && !first.isPage() ? Optional.of(first) : Optional.empty();
    }

    private void merge(List<Entry> entries, Slug resource) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<StudyItem> part = explainerPart(entries.get(i).step());
            if (part.isPresent() && part.get().slug().equals(resource)) {
                at.add(i);
            }
        }
        Set<Slug> taught = new HashSet<>();
        at.forEach(i -> taught.addAll(entries.get(i).step().concepts()));
        Set<Integer> grouped = new HashSet<>(at);
        List<Entry> others = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!grouped.contains(i)) {
                others.add(entries.get(i));
            }
        }
        Set<Slug> needed = new HashSet<>();
        taught.forEach(t -> needed.addAll(prerequisites(t)));
        // The group may go before others[p] for p between its first and last use. The steps outside that window keep
        // their order to it, which already held; inside it, the group must follow what it needs and precede what needs it.
        int lo = at.get(0);
        int hi = at.get(at.size() - 1) - (at.size() - 1);
        for (int j = at.get(0); j < at.get(at.size() - 1) - (at.size() - 1); j++) {
            List<Slug> concepts = others.get(j).step().concepts();
            if (concepts.stream().anyMatch(needed::contains)) {
                lo = Math.max(lo, j + 1);
            }
            if (concepts.stream().anyMatch(c -> prerequisites(c).stream().anyMatch(taught::contains))) {
                hi = Math.min(hi, j);
            }
        }
        if (lo > hi) {
            return;
        }
        Resource r = index.kb().get(resource, Resource.class).orElseThrow();
        others.add(lo, grouped(r, inVideoOrder(r, at.stream().map(entries::get).toList())));
        entries.clear();
        entries.addAll(others);
    }

    /** The edges the plan follows: hard ones in a light plan, all in a deep one. */
    private List<Slug> prerequisites(Slug concept) {
        return depth == Depth.DEEP ? index.kb().graph().prerequisitesOf(concept)
                : index.kb().graph().hardPrerequisitesOf(concept);
    }

    /**
     * The group in the order its parts come in the resource, so the learner watches straight through, unless a part
     * teaches what an earlier-placed part needs first: then in the plan's order.
     */
    private List<Entry> inVideoOrder(Resource r, List<Entry> group) {
        List<Entry> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt(e -> start(r, e.step().items().get(0)).map(Timestamp::seconds).orElse(0)));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Set<Slug> later = Set.copyOf(sorted.get(j).step().concepts());
                if (sorted.get(i).step().concepts().stream().anyMatch(c -> prerequisites(c).stream().anyMatch(later::contains))) {
                    return group;
                }
            }
        }
        return sorted;
    }

    /** Where a part starts, if the resource gives its time; "the rest" starts at the beginning. */
    private static Optional<Timestamp> start(Resource r, StudyItem part) {
        return segment(r, part).flatMap(Segment::start).or(() -> part.part().filter(Assembly.REST::equals).map(x -> new Timestamp(0)));
    }

    /** "from 1:21:59 to 1:54:06" when every part has a time; empty otherwise. */
    private static String span(Resource r, List<StudyItem> parts) {
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (StudyItem i : parts) {
            Optional<Segment> seg = segment(r, i);
            if (seg.isEmpty() || seg.get().start().isEmpty()) {
                return "";
            }
            int start = seg.get().start().get().seconds();
            from = Math.min(from, start);
            to = Math.max(to, SegmentNesting.end(r, seg.get(), start));
        }
        return " from " + new Timestamp(from) + " to " + new Timestamp(to);
    }

    private Entry grouped(Resource r, List<Entry> group) {
        Slug resource = r.slug();
        List<StudyItem> parts = new ArrayList<>();
        List<StudyItem> rest = new ArrayList<>();
        List<Step.Also> covers = new ArrayList<>();
        List<Integer> was = new ArrayList<>();
        for (Entry e : group) {
            Step s = e.step();
            parts.add(s.items().get(0));
            rest.addAll(s.items().subList(1, s.items().size()));
            covers.add(new Step.Also(s.subject().orElseThrow(), s.title(), s.reason()));
            covers.addAll(s.also());
            was.addAll(e.was());
        }
        parts = withoutNested(r, parts);
        boolean whole = parts.stream().anyMatch(i -> i.part().filter(Assembly.REST::equals).isPresent());
        String verb = r.kind().isVideo() ? "Watch" : "Study";
        String title = verb + " \"" + r.title() + "\"" + (whole ? ", all of it" : span(r, parts) + (parts.size() > 1 ? " (" + parts.size() + " parts)" : ""));
        List<StudyItem> items = new ArrayList<>(whole ? List.of(whole(r, parts)) : parts);
        items.addAll(rest);
        Minutes minutes = items.stream().map(StudyItem::minutes).reduce(Minutes.ZERO, Minutes::plus);
        Step last = group.get(group.size() - 1).step();
        Step step = new Step(0, Step.Kind.RESOURCE, Optional.of(resource), title, covers, items, Optional.empty(),
                last.reason(), last.chain(), minutes, Minutes.ZERO, Optional.empty());
        return new Entry(step, List.copyOf(was));
    }

    /**
     * The whole resource as one item: the parts and the rest together are all of it, at the time they took, with the
     * note the rest carried less its list of parts to skip (nothing is skipped now).
     */
    private StudyItem whole(Resource r, List<StudyItem> parts) {
        StudyItem rest = parts.stream().filter(i -> i.part().filter(Assembly.REST::equals).isPresent()).findFirst().orElseThrow();
        String note = (withoutSkips(rest.note()) + " All of it, start to end: this plan needs nearly every part, so it is "
                + "watched once rather than in pieces.").strip();
        return timed(r, rest.whole(), parts).withNote(note);
    }

    /**
     * The parts with any part that lies inside another (a section within a chapter the group also gives) folded into
     * it: the chapter is watched through, and its note no longer lists what to skip.
     */
    private List<StudyItem> withoutNested(Resource r, List<StudyItem> parts) {
        List<StudyItem> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int outer = i;
            if (IntStream.range(0, parts.size()).anyMatch(o -> within(r, parts, outer, o))) {
                continue;
            }
            List<StudyItem> chapter = IntStream.range(0, parts.size())
                    .filter(n -> n == outer || within(r, parts, n, outer)).mapToObj(parts::get).toList();
            StudyItem p = parts.get(i);
            out.add(chapter.size() == 1 ? p : timed(r, p, chapter).withNote(withoutSkips(p.note())));
        }
        return out;
    }

    /** True when part {@code inner} lies inside part {@code outer}; of two with the same span, the later inside the earlier. */
    private static boolean within(Resource r, List<StudyItem> parts, int inner, int outer) {
        Optional<Segment> in = segment(r, parts.get(inner));
        Optional<Segment> out = segment(r, parts.get(outer));
        return inner != outer && in.isPresent() && out.isPresent() && SegmentNesting.inside(r, in.get(), out.get())
                && !(inner < outer && SegmentNesting.inside(r, out.get(), in.get()));
    }

    /** {@code item} taking the time all of {@code parts} took together. */
    private StudyItem timed(Resource r, StudyItem item, List<StudyItem> parts) {
        Minutes study = parts.stream().map(StudyItem::minutes).reduce(Minutes.ZERO, Minutes::plus);
        Minutes running = parts.stream().map(StudyItem::running).reduce(Minutes.ZERO, Minutes::plus);
        return item.withTime(study, running, StudyTime.describe(r.kind(), running, study, index.codedAlong(r.slug())));
    }

    private static Optional<Segment> segment(Resource r, StudyItem part) {
        return r.segments().stream().filter(s -> part.part().filter(s.label()::equals).isPresent()).findFirst();
    }

    private static String withoutSkips(String note) {
        int skip = note.indexOf(Assembly.SKIP_NOTE);
        return (skip < 0 ? note : note.substring(0, skip)).strip();
    }

    /** Numbers the steps anew, recomputes running totals and points "covered by" and "step N" notes at the new numbers. */
    private static List<Step> renumbered(List<Entry> entries) {
        Map<Integer, Integer> moved = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int old : entries.get(i).was()) {
                moved.put(old, i + 1);
            }
        }
        List<Step> out = new ArrayList<>();
        Minutes total = Minutes.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            Step s = entries.get(i).step();
            total = total.plus(s.minutes());
            Optional<Step.Cover> cover = s.coveredBy().map(c -> new Step.Cover(moved.getOrDefault(c.step(), c.step()), c.item(), c.title()));
            List<StudyItem> items = s.items().stream().map(it -> it.withNote(renumber(it.note(), moved))).toList();
            out.add(new Step(i + 1, s.kind(), s.subject(), s.title(), s.also(), items, cover, s.reason(), s.chain(),
                    s.minutes(), total, s.date()));
        }
        return out;
    }

    private static String renumber(String text, Map<Integer, Integer> moved) {
        Matcher m = STEP_REFERENCE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            m.appendReplacement(b, m.group(1) + "tep " + moved.getOrDefault(n, n));
        }
        return m.appendTail(b).toString();
    }
}
