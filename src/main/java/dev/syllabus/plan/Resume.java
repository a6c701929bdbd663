package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans from where a learner stands: concepts they know join the request's known ones (so the planner leaves them and
 * what they require out), a concept an explainer they finished teaches loses its step, items they finished leave the
 * steps, a step with nothing left goes, and an item they started says so. What progress took out is listed among the plan's omissions with the learner's own reason ("Done on ...").
 */
public final class Resume {
    private Resume() {
    }

    /** The plan for {@code request} less what {@code studied} says the learner has done. */
    public static Plan plan(Planner planner, KnowledgeBase kb, PlanRequest request, Studied studied) {
        if (studied.isEmpty()) {
            return planner.plan(kb, request);
        }
        Set<Slug> known = new LinkedHashSet<>(request.known());
        studied.known().keySet().stream().filter(s -> kb.get(s, Concept.class).isPresent()).sorted().forEach(known::add);
        Plan full = planner.plan(kb, request.withKnown(List.copyOf(known)));
        List<Omission> omitted = new ArrayList<>();
        for (Omission o : full.omitted()) {
            String own = request.known().contains(o.slug()) ? null : studied.known().get(o.slug());
            omitted.add(own == null ? o : new Omission(o.slug(), o.title(), own));
        }
        List<Step> steps = new ArrayList<>();
        Map<Integer, Integer> renumbered = new HashMap<>();
        Minutes total = Minutes.ZERO;
        for (Step s : full.steps()) {
            Optional<Step> kept = keep(s, studied, renumbered, omitted);
            if (kept.isEmpty()) {
                continue;
            }
            Step k = kept.get();
            total = total.plus(k.minutes());
            renumbered.put(s.order(), steps.size() + 1);
            steps.add(new Step(steps.size() + 1, k.kind(), k.subject(), k.title(), k.also(), k.items(), k.coveredBy(),
                    k.reason(), k.chain(), k.minutes(), total, Optional.empty()));
        }
        Optional<Schedule> schedule = request.pace().map(p -> planner.schedule(steps, p, request));
        List<Step> dated = schedule.map(sc -> steps.stream().map(st -> sc.dateOf(st.order()).map(st::withDate).orElse(st))
                .toList()).orElse(steps);
        return new Plan(request, dated, omitted, total, full.budget(), schedule, full.generatedAt());
    }

    /** The step with its finished items taken out and its started ones flagged; empty when nothing of it is left. */
    private static Optional<Step> keep(Step s, Studied studied, Map<Integer, Integer> renumbered, List<Omission> omitted) {
        Map<Slug, String> gone = s.kind() == Step.Kind.CONCEPT ? studied.explained() : studied.finished();
        if (s.subject().filter(gone::containsKey).isPresent()) {
            String why = gone.get(s.subject().get());
            if (s.kind() == Step.Kind.RESOURCE && !s.also().isEmpty()) {
                // A resource step grouped from concepts: the learner sees which concepts left, as for any other.
                s.also().forEach(a -> omitted.add(new Omission(a.concept(), a.title(), studied.explained().getOrDefault(a.concept(), why))));
            } else {
                omitted.add(new Omission(s.subject().get(), s.title(), why));
            }
            return Optional.empty();
        }
        Optional<Step.Cover> cover = s.coveredBy();
        if (cover.isPresent()) {
            Integer moved = renumbered.get(cover.get().step());
            if (moved == null && s.items().isEmpty()) {
                return Optional.empty();
            }
            cover = moved == null ? Optional.empty() : Optional.of(new Step.Cover(moved, cover.get().item(), cover.get().title()));
        }
        List<StudyItem> items = new ArrayList<>();
        Minutes minutes = s.minutes();
        for (StudyItem i : s.items()) {
            String done = studied.finished().get(i.slug());
            if (done != null) {
                omitted.add(new Omission(i.slug(), i.title(), done));
                minutes = Minutes.of(Math.max(0, minutes.value() - i.minutes().value()));
            } else {
                String started = studied.started().get(i.slug());
                items.add(started == null ? i : started(i, started));
            }
        }
        if (items.isEmpty() && !s.items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(s.order(), s.kind(), s.subject(), s.title(), s.also(), items, cover, s.reason(),
                s.chain(), minutes, s.cumulative(), Optional.empty()));
    }

    private static StudyItem started(StudyItem i, String when) {
        return i.withNote(i.note().isEmpty() ? when : when + " " + i.note());
    }
}
