package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the planner looks up for every request, computed once per knowledge base: an id for every concept, every way
 * to learn each concept ({@link Option}s), each concept's place in the curated guides and its canonical paper, and how
 * the curated paths read or postpone papers. Kept on the knowledge base itself (see {@link KnowledgeBase#derived}), so
 * it goes when its knowledge base goes, and a request only pays for the concepts it needs.
 */
final class PlanIndex {
    /** A concept no guide names sorts after the ones a guide orders, within its area. */
    static final int UNGUIDED = Integer.MAX_VALUE;

    /** How a curated path reads a paper: its mode and the curator's note. */
    record PaperUse(Slug path, Optional<ReadingMode> mode, String note) {
    }

    /** The best role a guide gives a resource (or one of its segments) for a concept, and which guide topic. */
    record PickRef(PickRole role, Slug guide, int topic, String topicTitle) {
    }

    /** A guide pick of a resource for the concept with id {@code concept}. */
    record PickOn(int concept, PickRef ref) {
    }

    /** A paper a curated path deliberately leaves for later, and the curator's reason. */
    record Postponement(String path, String reason) {
    }

    private final KnowledgeBase kb;
    private final Map<Slug, Integer> ids = new HashMap<>();
    private final Map<Slug, Integer> resourceIds = new HashMap<>();
    /** Resources by address, so a series' part that is another resource's whole video is known as that resource. */
    private final Map<dev.syllabus.kb.CanonicalUrl, Integer> byUrl = new HashMap<>();
    private final List<Concept> concepts = new ArrayList<>();
    private final List<int[]> prerequisites = new ArrayList<>();
    private final List<List<Option>> options = new ArrayList<>();
    private final Map<Slug, Integer> guideOrder = new HashMap<>();
    private final Map<Slug, Map<Slug, PickRef>> picks = new HashMap<>();
    private final Map<Slug, PaperUse> paperUses = new HashMap<>();
    private final Map<Slug, Postponement> postponed = new HashMap<>();
    private final Map<Slug, Paper> canonicalPapers = new HashMap<>();
    private final java.util.Set<Slug> codedAlong;

    private PlanIndex(KnowledgeBase kb) {
        this.kb = kb;
        this.codedAlong = StudyTime.codedAlong(kb);
        for (Concept c : kb.concepts()) {
            ids.put(c.slug(), concepts.size());
            concepts.add(c);
            options.add(new ArrayList<>(4));
        }
        for (Concept c : concepts) {
            prerequisites.add(c.prerequisiteSlugs().stream().filter(ids::containsKey).mapToInt(ids::get).toArray());
        }
        kb.guides().stream().sorted(Comparator.comparing(Guide::slug)).forEach(this::indexGuide);
        kb.paths().stream().sorted(Comparator.comparing(LearningPath::slug)).forEach(this::indexPath);
        for (Resource r : kb.resources()) {
            r.url().ifPresent(u -> byUrl.putIfAbsent(u, resourceIds.size()));
            resourceIds.put(r.slug(), resourceIds.size());
        }
        for (Resource r : kb.resources()) {
            indexResource(r, resourceIds.get(r.slug()));
        }
        kb.papers().forEach(this::indexPaper);
    }

    static PlanIndex of(KnowledgeBase kb) {
        return kb.derived(PlanIndex.class, PlanIndex::new);
    }

    KnowledgeBase kb() {
        return kb;
    }

    private void indexGuide(Guide g) {
        for (Topic t : g.topics()) {
            guideOrder.putIfAbsent(t.concept(), t.number());
            for (Pick p : t.picks()) {
                PickRef ref = new PickRef(p.role(), g.slug(), t.number(), t.title());
                addPick(t.concept(), p.resource(), ref);
                // A pick at a timestamp also recommends the resource for the concept that segment teaches.
                kb.get(p.resource(), Resource.class).ifPresent(r -> p.at().forEach(at ->
                        segmentAt(r, at).flatMap(Segment::concept).ifPresent(c -> addPick(c, r.slug(), ref))));
            }
        }
    }

    private static Optional<Segment> segmentAt(Resource r, Timestamp at) {
        return r.segmentAt(at);
    }

    private void addPick(Slug concept, Slug resource, PickRef ref) {
        picks.computeIfAbsent(concept, k -> new HashMap<>()).merge(resource, ref,
                (a, b) -> a.role().compareTo(b.role()) <= 0 ? a : b);
    }

    private void indexPath(LearningPath path) {
        for (Phase phase : path.phases()) {
            for (PathItem item : phase.items()) {
                if (item.type() == PathItemType.PAPER) {
                    paperUses.putIfAbsent(item.ref().orElseThrow(), new PaperUse(path.slug(), phase.modeOf(item), item.note()));
                }
            }
        }
        path.postponed().forEach(x -> postponed.putIfAbsent(x.ref(), new Postponement(path.title(), x.reason())));
    }

    /** Every concept the resource teaches gets an option: the segment on exactly it if there is one, else the whole. */
    private void indexResource(Resource r, int resourceId) {
        List<Slug> all = r.allConcepts();
        int[] teaches = all.stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
        List<PickOn> picked = new ArrayList<>();
        for (Slug c : all) {
            pick(c, r.slug()).filter(p -> ids.containsKey(c)).ifPresent(p -> picked.add(new PickOn(ids.get(c), p)));
        }
        List<PickOn> shared = picked.isEmpty() ? List.of() : List.copyOf(picked);
        int[][] nested = r.segments().isEmpty() ? new int[0][] : SegmentNesting.of(r);
        for (Slug c : all) {
            Integer id = ids.get(c);
            int segment = segmentOn(r, c);
            if (id != null && (segment >= 0 || r.covers().contains(c))) {
                boolean main = !r.covers().isEmpty() && r.covers().get(0).equals(c);
                int[] inside = segment < 0 ? timed(r) : nested[segment];
                options.get(id).add(Option.of(r, resourceId, segment, segment < 0 ? teaches : segmentTeaches(r, id, inside),
                        inside, sameAs(r, resourceId, segment), main, pick(c, r.slug()), segment >= 0 ? List.of() : shared));
            }
        }
    }

    /** The timed parts of a resource on its own address: what the whole holds, and a learner may already have watched. */
    private static int[] timed(Resource r) {
        List<Segment> s = r.segments();
        return java.util.stream.IntStream.range(0, s.size())
                .filter(i -> s.get(i).start().isPresent() && s.get(i).url().isEmpty()).toArray();
    }

    /** The other resource a whole untimed part is, by its own address (Zero to Hero's lecture 7 is "Let's build GPT"), or -1. */
    private int sameAs(Resource r, int resourceId, int segment) {
        if (segment < 0) {
            return -1;
        }
        Segment s = r.segments().get(segment);
        if (s.start().isPresent() || s.url().isEmpty()) {
            return -1;
        }
        Integer other = byUrl.get(s.url().get());
        return other == null || other == resourceId ? -1 : other;
    }

    /** A segment teaches its own concept and the concepts of the segments inside it. */
    private int[] segmentTeaches(Resource r, int concept, int[] inside) {
        if (inside.length == 0) {
            return new int[] {concept};
        }
        java.util.LinkedHashSet<Integer> all = new java.util.LinkedHashSet<>(List.of(concept));
        for (int n : inside) {
            r.segments().get(n).concept().filter(ids::containsKey).ifPresent(c -> all.add(ids.get(c)));
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int segmentOn(Resource r, Slug concept) {
        List<Segment> segments = r.segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).concept().filter(concept::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** The paper that introduced a concept: one a curated path reads first, then the earliest, then by slug. */
    private void indexPaper(Paper p) {
        Comparator<Paper> canonical = Comparator.comparing((Paper x) -> !paperUses.containsKey(x.slug()))
                .thenComparingInt(Paper::year).thenComparing(Paper::slug);
        p.introduces().forEach(c -> canonicalPapers.merge(c, p, (a, b) -> canonical.compare(a, b) <= 0 ? a : b));
    }

    /** The id of a concept, or -1 when there is no such concept. */
    int id(Slug concept) {
        Integer id = ids.get(concept);
        return id == null ? -1 : id;
    }

    /** The id of a resource, or -1 when there is no such resource. */
    int resourceId(Slug resource) {
        Integer id = resourceIds.get(resource);
        return id == null ? -1 : id;
    }

    int conceptCount() {
        return concepts.size();
    }

    Concept concept(int id) {
        return concepts.get(id);
    }

    Optional<Concept> concept(Slug slug) {
        Integer id = ids.get(slug);
        return id == null ? Optional.empty() : Optional.of(concepts.get(id));
    }

    /** The ids of the concept's prerequisites that exist, as its file lists them. */
    int[] prerequisites(int concept) {
        return prerequisites.get(concept);
    }

    /** True when {@code item} is a resource mainly about {@code concept} (see {@link Option#about}). */
    boolean mainlyAbout(Slug item, Slug concept) {
        return options(id(concept)).stream().anyMatch(o -> o.resource().slug().equals(item) && o.about());
    }

    /** Every way to learn the concept, in knowledge base order. */
    List<Option> options(int concept) {
        return options.get(concept);
    }

    /** The guide topic number of a concept, or {@link #UNGUIDED}. */
    int guideOrder(Slug concept) {
        return guideOrder.getOrDefault(concept, UNGUIDED);
    }

    Optional<PickRef> pick(Slug concept, Slug resource) {
        return Optional.ofNullable(picks.getOrDefault(concept, Map.of()).get(resource));
    }

    Optional<PaperUse> paperUse(Slug paper) {
        return Optional.ofNullable(paperUses.get(paper));
    }

    Optional<Paper> canonicalPaper(Slug concept) {
        return Optional.ofNullable(canonicalPapers.get(concept));
    }

    /** True for a video a curated path has the learner code along with. */
    boolean codedAlong(Slug resource) {
        return codedAlong.contains(resource);
    }

    /** Why a curated path leaves this paper for later, if one does and no path reads it. */
    Optional<Postponement> postponement(Slug paper) {
        return paperUses.containsKey(paper) ? Optional.empty() : Optional.ofNullable(postponed.get(paper));
    }
}
