package dev.syllabus.bench;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A large random knowledge base for benchmarks: concepts with about three prerequisites each among earlier concepts
 * (so the graph is acyclic), resources covering one to three random concepts (a tenth of the videos with two
 * segments), papers introducing concepts, and a guide with a topic and two picks for every fiftieth concept.
 */
final class SyntheticKb {
    private static final ResourceKind[] KINDS = {ResourceKind.VIDEO, ResourceKind.BLOG_POST, ResourceKind.ARTICLE,
            ResourceKind.BOOK_CHAPTER, ResourceKind.LECTURE_NOTES, ResourceKind.VIDEO_SERIES, ResourceKind.COURSE_CHAPTER};
    private final Random random;
    private final int concepts;
    private final List<List<Integer>> coveredBy = new ArrayList<>();

    private SyntheticKb(long seed, int concepts) {
        this.random = new Random(seed);
        this.concepts = concepts;
    }

    static List<Entity> generate(long seed, int concepts, int resources, int papers) {
        return new SyntheticKb(seed, concepts).entities(resources, papers);
    }

    static Slug concept(int i) {
        return Slug.of("concept-" + i);
    }

    private List<Entity> entities(int resources, int papers) {
        List<Entity> all = new ArrayList<>(concepts + resources + papers + 1);
        for (int i = 0; i < concepts; i++) {
            all.add(concept(i, prerequisites(i)));
            coveredBy.add(new ArrayList<>(6));
        }
        for (int r = 0; r < resources; r++) {
            all.add(resource(r));
        }
        for (int p = 0; p < papers; p++) {
            all.add(paper(p));
        }
        all.add(guide());
        return all;
    }

    private Concept concept(int i, List<Prerequisite> prerequisites) {
        Area area = Area.values()[random.nextInt(Area.values().length)];
        return new Concept(concept(i), "Concept " + i, List.of(), area, "Synthetic concept " + i + ".", prerequisites,
                List.of(), "");
    }

    /** About three prerequisites among the earlier concepts, none for the first. */
    private List<Prerequisite> prerequisites(int i) {
        Set<Integer> chosen = new LinkedHashSet<>();
        int wanted = i == 0 ? 0 : Math.min(i, 2 + random.nextInt(3));
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(i));
        }
        return chosen.stream().map(p -> new Prerequisite(concept(p), "")).toList();
    }

    private Resource resource(int r) {
        ResourceKind kind = KINDS[random.nextInt(KINDS.length)];
        List<Slug> covers = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            int c = random.nextInt(concepts);
            covers.add(concept(c));
            coveredBy.get(c).add(r);
        }
        List<Segment> segments = kind == ResourceKind.VIDEO && random.nextInt(10) == 0
                ? List.of(segment("4:00"), segment("19:30")) : List.of();
        String url = kind.isVideo() ? "https://www.youtube.com/watch?v=" + String.format("v%010d", r) : "https://example.org/r/" + r;
        return new Resource(Slug.of("resource-" + r), kind, "Resource " + r, List.of(), Optional.of(CanonicalUrl.of(url)),
                Optional.empty(), List.of(), Minutes.of(5 + random.nextInt(120)), LengthBasis.ESTIMATED, covers, segments,
                Level.INTRODUCTORY, Access.FREE, "", List.of(), "");
    }

    private Segment segment(String at) {
        return new Segment(Optional.of(Timestamp.parse(at)), Optional.empty(), false, "", "a part",
                Optional.of(concept(random.nextInt(concepts))), Optional.empty());
    }

    private Paper paper(int p) {
        return new Paper(Slug.of("paper-" + p), "Paper " + p, List.of("A Author", "B Author"), 1990 + random.nextInt(35),
                "Venue", Optional.empty(), Optional.of(CanonicalUrl.of("https://papers.example.org/" + p)),
                List.of(concept(random.nextInt(concepts))), List.of(), Minutes.of(60 + random.nextInt(240)), "", Level.INTERMEDIATE, "");
    }

    private Guide guide() {
        List<Topic> topics = new ArrayList<>();
        for (int c = 0; c < concepts; c += 50) {
            List<Pick> picks = new ArrayList<>();
            List<Integer> teaching = coveredBy.get(c);
            for (int k = 0; k < Math.min(2, teaching.size()); k++) {
                picks.add(new Pick(k == 0 ? PickRole.ARTICLE : PickRole.VIDEO, Slug.of("resource-" + teaching.get(k)),
                        List.of(), "", ""));
            }
            topics.add(new Topic(topics.size() + 1, "Topic " + c, concept(c), picks, List.of()));
        }
        return new Guide(Slug.of("synthetic-guide"), "Synthetic guide", "", topics, "");
    }
}
