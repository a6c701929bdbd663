package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Slug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sentences that say why a concept is in a plan: which goal needs it and through which prerequisite chain, or, in a
 * deep plan, which concept it is background for.
 */
final class Reasons {
    private final KnowledgeBase kb;
    private final Needs needs;
    private final Map<Slug, String> paths = new HashMap<>();

    Reasons(KnowledgeBase kb, Needs needs) {
        this.kb = kb;
        this.needs = needs;
    }

    /**
     * The one need that put the concept in the plan, in a sentence: the concept it is needed for next and the reason
     * that concept gives, or that it is the goal, or in a deep plan what it is background for.
     */
    String forConcept(Slug concept) {
        Goals.Root root = needs.rootOf(concept);
        List<Slug> chain = needs.chain(concept);
        if (chain.size() == 1) {
            return root.goal() instanceof Paper p ? "Introduced by your goal, the paper " + shortTitle(p) + "." : "Your goal.";
        }
        Slug dependent = chain.get(chain.size() - 2);
        String why = edgeReason(dependent, concept);
        Optional<Slug> background = needs.backgroundOnChain(concept);
        if (background.isPresent()) {
            return background(concept, dependent, background.get(), why);
        }
        return "Needed for " + title(dependent) + (why.isEmpty() ? ", on the way to " + goal(root) + "." : ": " + why);
    }

    /** The whole chain from the goal down to the concept, for a learner who asks why in full. */
    String chainOf(Slug concept) {
        List<Slug> chain = needs.chain(concept);
        if (chain.size() == 1) {
            return "";
        }
        return "Needed for " + goal(needs.rootOf(concept)) + ": " + path(chain) + ".";
    }

    /** A deep plan's background step: what it gives context for, in the curator's words. */
    private String background(Slug concept, Slug dependent, Slug backgroundConcept, String why) {
        if (backgroundConcept.equals(concept)) {
            return "Background for " + title(dependent) + (why.isEmpty() ? " (a deep plan adds context)." : ": " + why);
        }
        Slug forWhat = needs.backgroundFor(backgroundConcept).orElseThrow();
        return "Background for " + title(forWhat) + ": needed for " + title(dependent) + (why.isEmpty() ? "." : ": " + why);
    }

    private static String goal(Goals.Root root) {
        return root.goal() instanceof Paper p ? "your goal, the paper " + shortTitle(p) : "your goal " + root.goal().title();
    }

    /** "A → B → C", each prefix written once per plan: chains share their beginnings. */
    private String path(List<Slug> chain) {
        Slug last = chain.get(chain.size() - 1);
        String known = paths.get(last);
        if (known == null) {
            known = chain.size() == 1 ? title(last) : path(chain.subList(0, chain.size() - 1)) + " → " + title(last);
            paths.put(last, known);
        }
        return known;
    }

    /** A paper's title up to its colon, as people cite it: "LoRA", "Attention Is All You Need". */
    static String shortTitle(Paper p) {
        int colon = p.title().indexOf(':');
        return colon > 0 ? p.title().substring(0, colon).strip() : p.title();
    }

    /** The reason the dependent concept gives for requiring {@code concept}, as the curator wrote it. */
    private String edgeReason(Slug dependent, Slug concept) {
        return kb.get(dependent, Concept.class).stream().flatMap(c -> c.prerequisites().stream())
                .filter(p -> p.concept().equals(concept)).map(Prerequisite::reason).findFirst().orElse("");
    }

    String title(Slug slug) {
        return kb.get(slug).map(Entity::title).orElse(slug.value());
    }
}
