package dev.syllabus.plan;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A random acyclic knowledge base for property tests: concepts whose prerequisites (hard or soft) are always earlier
 * concepts (so no cycle can form), some including another concept, resources covering random concepts (some with
 * segments: timed, untimed sections, or parts with their own address), papers, a guide, and random requests.
 */
final class RandomKb {
    private static final ResourceKind[] KINDS = java.util.Arrays.stream(ResourceKind.values())
            .filter(k -> k != ResourceKind.CONCEPT_PAGE).toArray(ResourceKind[]::new);
    private final Random random;
    /** Draws for the kinds of segment, apart from {@link #random} so the rest of a seed's knowledge base stays as it was. */
    private final Random parts;
    final int concepts;
    final KnowledgeBase kb;
    final List<Entity> entities;

    RandomKb(long seed) {
        this.random = new Random(seed);
        this.parts = new Random(~seed);
        this.concepts = 5 + random.nextInt(40);
        TestKb b = TestKb.kb();
        for (int i = 0; i < concepts; i++) {
            b.concept(name(i), Area.values()[random.nextInt(Area.values().length)], prerequisitesOf(i));
        }
        for (int i = 0; i < concepts; i++) {
            if (random.nextInt(5) == 0) {
                b.includes(name(i), name(random.nextInt(concepts)));
            }
        }
        int resources = random.nextInt(concepts * 2);
        for (int r = 0; r < resources; r++) {
            b.add(TestKb.resource("r" + r, KINDS[random.nextInt(KINDS.length)], 5 + random.nextInt(180), segments(), covers()));
        }
        for (int p = 0; p < concepts / 4; p++) {
            b.paper("p" + p, 2000 + random.nextInt(25), 30 + random.nextInt(300), name(random.nextInt(concepts)));
        }
        for (int t = 1; t <= concepts / 3; t++) {
            int r = resources == 0 ? -1 : random.nextInt(resources);
            b.topic(t, name(random.nextInt(concepts)), r < 0 ? new String[0] : new String[] {"article:r" + r});
        }
        this.kb = b.build();
        this.entities = List.copyOf(kb.entities());
    }

    static String name(int i) {
        return "c" + i;
    }

    private String[] prerequisitesOf(int i) {
        Set<String> prereqs = new LinkedHashSet<>();
        int count = i == 0 ? 0 : random.nextInt(Math.min(i, 3) + 1);
        Set<String> soft = new LinkedHashSet<>();
        while (prereqs.size() < count) {
            String p = name(random.nextInt(i));
            if (prereqs.add(p) && random.nextInt(3) == 0) {
                soft.add(p);
            }
        }
        return prereqs.stream().map(p -> soft.contains(p) ? TestKb.SOFT + p : p).toArray(String[]::new);
    }

    private String[] covers() {
        Set<String> covers = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            covers.add(name(random.nextInt(concepts)));
        }
        return covers.toArray(String[]::new);
    }

    private List<Segment> segments() {
        if (random.nextInt(4) > 0) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            at += 1 + random.nextInt(20);
            String concept = name(random.nextInt(concepts));
            segments.add(switch (parts.nextInt(4)) {
                case 0 -> untimed(k, concept, Optional.empty());
                case 1 -> untimed(k, concept, Optional.of(CanonicalUrl.of("https://example.org/part-" + parts.nextInt(1000))));
                default -> TestKb.at(at + ":00", concept);
            });
        }
        return segments;
    }

    /** A part no source gives a time for: a book's section, or a series' part with an address of its own. */
    private Segment untimed(int k, String concept, Optional<CanonicalUrl> own) {
        return new Segment(Optional.empty(), Optional.empty(), false, "Part " + (k + 1), "the part on " + concept,
                Optional.of(Slug.of(concept)), Optional.of(Minutes.of(5 + parts.nextInt(60))), "", own);
    }

    /** A random request: one to three goals (now and then a paper), some known concepts, any depth, taste and budget. */
    PlanRequest request() {
        List<Slug> goals = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            boolean paper = concepts >= 4 && random.nextInt(5) == 0;
            goals.add(Slug.of(paper ? "p" + random.nextInt(concepts / 4) : name(random.nextInt(concepts))));
        }
        List<Slug> known = new ArrayList<>();
        for (int k = 0; k < random.nextInt(4); k++) {
            known.add(Slug.of(name(random.nextInt(concepts))));
        }
        PlanRequest request = new PlanRequest(goals, known, Depth.values()[random.nextInt(2)],
                Preference.values()[random.nextInt(4)], List.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                random.nextInt(3) == 0 ? new StudyTime(0.5 + random.nextInt(4) * 0.5) : StudyTime.TYPICAL);
        return random.nextBoolean() ? request.withBudget(Minutes.of(1 + random.nextInt(600))) : request;
    }

    /** The same knowledge base built from its entities in another order. */
    KnowledgeBase shuffled() {
        List<Entity> copy = new ArrayList<>(entities);
        Collections.shuffle(copy, random);
        return KnowledgeBase.of(copy);
    }
}
