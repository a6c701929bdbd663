package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request's goals, checked against the knowledge base: the concepts to plan towards (each with the goal that asked for
 * it), the papers named as goals and the curated paths named as goals.
 */
record Goals(List<Root> roots, List<Paper> papers, List<LearningPath> paths) {
    /** A concept the plan must reach, and the goal (the concept itself, or a paper introducing it) behind it. */
    record Root(Slug concept, Entity goal) {
    }

    static Goals resolve(KnowledgeBase kb, PlanRequest request) {
        List<Root> roots = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        List<LearningPath> paths = new ArrayList<>();
        for (Slug slug : request.goals()) {
            Entity e = kb.get(slug).orElseThrow(() -> unknown(kb, PlanRequest.GOAL, slug, "a concept, paper or path"));
            java.util.function.Consumer<Entity> refuse = other -> {
                throw new PlanRequestException(PlanRequest.GOAL, slug.value(), "is a " + other.type().id()
                        + ", not a concept, paper or path" + coveredConcepts(kb, slug));
            };
            e.visit(c -> roots.add(new Root(c.slug(), c)), p -> {
                papers.add(p);
                p.introduces().stream().filter(c -> kb.get(c, Concept.class).isPresent()).forEach(c -> roots.add(new Root(c, p)));
            }, refuse::accept, refuse::accept, paths::add, refuse::accept);
        }
        return new Goals(List.copyOf(roots), List.copyOf(papers), List.copyOf(paths));
    }

    /** The known concepts, checked to exist and to be concepts. */
    static List<Concept> known(KnowledgeBase kb, PlanRequest request) {
        return request.known().stream().map(slug -> concept(kb, PlanRequest.KNOWN, slug)).toList();
    }

    /** The preferred creators, checked to exist. */
    static void checkCreators(KnowledgeBase kb, PlanRequest request) {
        for (Slug slug : request.creators()) {
            Entity e = kb.get(slug).orElseThrow(() -> unknown(kb, PlanRequest.CREATOR, slug, "a creator"));
            if (!(e instanceof Creator)) {
                throw new PlanRequestException(PlanRequest.CREATOR, slug.value(), "is a " + e.type().id() + ", not a creator");
            }
        }
    }

    private static Concept concept(KnowledgeBase kb, String parameter, Slug slug) {
        Entity e = kb.get(slug).orElseThrow(() -> unknown(kb, parameter, slug, "a concept"));
        if (e instanceof Concept c) {
            return c;
        }
        String hint = e instanceof Paper p && !p.introduces().isEmpty()
                ? ": name the concepts it introduces instead: " + p.introduces().stream().map(Slug::value).collect(Collectors.joining(", "))
                : ": name concepts you know";
        throw new PlanRequestException(parameter, slug.value(), "is a " + e.type().id() + ", not a concept" + hint);
    }

    static PlanRequestException unknown(KnowledgeBase kb, String parameter, Slug slug, String what) {
        return new PlanRequestException(parameter, slug.value(), "is not " + what + " in the knowledge base",
                kb.suggest(slug.value(), 3));
    }

    private static String coveredConcepts(KnowledgeBase kb, Slug resource) {
        Optional<String> covered = kb.get(resource, Resource.class)
                .filter(r -> !r.allConcepts().isEmpty())
                .map(r -> r.allConcepts().stream().map(Slug::value).collect(Collectors.joining(", ")));
        return covered.map(c -> ": plan for the concepts it teaches instead: " + c).orElse(": name a concept, paper or path");
    }

    /** True when {@code paper} was named as a goal. */
    /** True when the plan must reach {@code concept}, as a goal or the idea of a goal paper. */
    boolean isRoot(Slug concept) {
        return roots.stream().anyMatch(r -> r.concept().equals(concept));
    }

    boolean isGoalPaper(Slug paper) {
        return papers.stream().anyMatch(p -> p.slug().equals(paper));
    }
}
