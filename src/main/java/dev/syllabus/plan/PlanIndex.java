package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
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

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * What the planner looks up for every request, computed once per knowledge base: each concept's place in the curated
 * guides, the guides' picks per concept, and how the curated paths read each paper. Cached per knowledge base instance
 * (weakly, so a reloaded knowledge base lets the old index go).
 */
final class PlanIndex {
    /** A concept no guide names sorts after the ones a guide orders, within its area. */
    static final int UNGUIDED = Integer.MAX_VALUE;
    private static final Map<KnowledgeBase, PlanIndex> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** How a curated path reads a paper: its mode and the curator's note. */
    record PaperUse(Slug path, Optional<ReadingMode> mode, String note) {
    }

    /** The best role a guide gives a resource (or one of its segments) for a concept, and which guide topic. */
    record PickRef(PickRole role, Slug guide, int topic, String topicTitle) {
    }

    /** A paper a curated path deliberately leaves for later, and the curator's reason. */
    record Postponement(String path, String reason) {
    }

    private final KnowledgeBase kb;
    private final Map<Slug, Integer> guideOrder = new HashMap<>();
    private final Map<Slug, Map<Slug, PickRef>> picks = new HashMap<>();
    private final Map<Slug, PaperUse> paperUses = new HashMap<>();
    private final Map<Slug, Postponement> postponed = new HashMap<>();

    private PlanIndex(KnowledgeBase kb) {
        this.kb = kb;
        kb.guides().stream().sorted(Comparator.comparing(Guide::slug)).forEach(this::indexGuide);
        kb.paths().stream().sorted(Comparator.comparing(LearningPath::slug)).forEach(this::indexPath);
    }

    static PlanIndex of(KnowledgeBase kb) {
        return CACHE.computeIfAbsent(kb, PlanIndex::new);
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
        return r.segments().stream().filter(s -> s.start().filter(at::equals).isPresent()).findFirst();
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

    /** Why a curated path leaves this paper for later, if one does and no path reads it. */
    Optional<Postponement> postponement(Slug paper) {
        return paperUses.containsKey(paper) ? Optional.empty() : Optional.ofNullable(postponed.get(paper));
    }

    Optional<Concept> concept(Slug slug) {
        return kb.get(slug, Concept.class);
    }
}
