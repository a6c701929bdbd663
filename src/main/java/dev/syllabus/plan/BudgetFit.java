package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fits a plan to a budget without ever exceeding it silently. First the optional depth goes: the papers nearest the
 * goal are kept while they fit, the others are left out. Then explainers are swapped for shorter ones, the biggest
 * savings first, as few as fit. If even every explainer at its shortest does not fit, the kind the learner prefers
 * yields for as few concepts as fit. If even the plan with every paper dropped and every explainer at its shortest, of
 * any kind, does not fit, the minimal plan of the preferred kind is returned with a message giving its time.
 */
final class BudgetFit {
    private BudgetFit() {
    }

    record Result(Draft draft, BudgetOutcome outcome) {
    }

    static Result fit(Assembly assembly, Optional<Minutes> budget) {
        Draft full = assembly.build(Trim.NONE);
        if (budget.isEmpty()) {
            return new Result(full, BudgetOutcome.NONE);
        }
        Minutes limit = budget.get();
        if (fits(full, limit)) {
            return new Result(full, BudgetOutcome.fits(limit, full.total()));
        }
        Set<Slug> allPapers = new HashSet<>();
        full.optionalPapers().forEach(p -> allPapers.add(p.paper()));
        Optional<Set<Slug>> dropped = papersToDrop(full, limit);
        if (dropped.isPresent()) {
            return trimmed(assembly.build(new Trim(Set.of(), dropped.get())), limit);
        }
        Set<Slug> everyConcept = Set.copyOf(assembly.concepts());
        Draft minimal = assembly.build(new Trim(everyConcept, allPapers));
        if (fits(minimal, limit)) {
            return trimmed(fewestSwaps(assembly, bySaving(assembly.concepts(), full, minimal), allPapers, limit, minimal), limit);
        }
        // The learner's taste yields to the budget, as little as it must: the kind preferred stays wherever it fits.
        Draft anyKind = assembly.build(new Trim(everyConcept, everyConcept, allPapers));
        if (!fits(anyKind, limit)) {
            return new Result(minimal, BudgetOutcome.tooSmall(limit, minimal.total(), anyKind.total(), assembly.preferred()));
        }
        return trimmed(preferredBack(assembly, everyConcept, allPapers, limit, minimal, anyKind), limit);
    }

    /**
     * Puts the preferred kind back, concept by concept, wherever the plan still fits: the cheapest first (by what the
     * preferred explainer costs over the other), so as many concepts as possible keep it. Each is checked by
     * rebuilding, since one resource can teach several concepts and move between steps; a concept that gets a step of
     * its own again once its neighbour has its video back is tried in a next round.
     */
    private static Draft preferredBack(Assembly assembly, Set<Slug> everyConcept, Set<Slug> papers, Minutes limit, Draft minimal,
                                       Draft anyKind) {
        Set<Slug> yielding = new HashSet<>(everyConcept);
        Set<Slug> tried = new HashSet<>();
        Draft best = anyKind;
        List<Slug> round = best.otherKinds();
        while (!round.isEmpty()) {
            Draft current = best;
            List<Slug> order = new ArrayList<>(round);
            order.sort(Comparator.comparingInt((Slug c) -> minimal.explainerMinutes(c).value() - current.explainerMinutes(c).value()));
            for (Slug c : order) {
                tried.add(c);
                yielding.remove(c);
                Draft attempt = assembly.build(new Trim(everyConcept, yielding, papers));
                if (fits(attempt, limit)) {
                    best = attempt;
                } else {
                    yielding.add(c);
                }
            }
            round = best.otherKinds().stream().filter(c -> !tried.contains(c)).toList();
        }
        return best;
    }

    private static Result trimmed(Draft d, Minutes limit) {
        return new Result(d, BudgetOutcome.trimmed(limit, d.total(), d.droppedPapers(), d.swaps()));
    }

    private static boolean fits(Draft d, Minutes limit) {
        return d.total().compareTo(limit) <= 0;
    }

    /**
     * The papers to leave out so the plan fits, if leaving out papers is enough: papers nearest the goal are kept first,
     * each one that still fits in what the rest of the plan leaves of the budget; the others go.
     */
    private static Optional<Set<Slug>> papersToDrop(Draft full, Minutes limit) {
        List<Draft.OptionalPaper> papers = full.optionalPapers();
        int left = limit.value() - full.total().value() + papers.stream().mapToInt(p -> p.minutes().value()).sum();
        if (left < 0) {
            return Optional.empty();
        }
        Set<Slug> dropped = new HashSet<>();
        List<Draft.OptionalPaper> byPriority = papers.stream().sorted(Comparator
                .comparingInt(Draft.OptionalPaper::distance).thenComparingInt(p -> -p.step())).toList();
        for (Draft.OptionalPaper p : byPriority) {
            if (p.minutes().value() <= left) {
                left -= p.minutes().value();
            } else {
                dropped.add(p.paper());
            }
        }
        return Optional.of(dropped);
    }

    /** Concepts whose shortest explainer saves time, biggest saving first. */
    private static List<Slug> bySaving(List<Slug> concepts, Draft full, Draft minimal) {
        List<Slug> saving = new ArrayList<>();
        for (Slug c : concepts) {
            if (full.explainerMinutes(c).value() > minimal.explainerMinutes(c).value()) {
                saving.add(c);
            }
        }
        saving.sort(Comparator.comparingInt((Slug c) -> minimal.explainerMinutes(c).value() - full.explainerMinutes(c).value()));
        return saving;
    }

    /** The plan with the fewest swaps, in saving order, that fits; binary search, since more swaps save more time. */
    private static Draft fewestSwaps(Assembly assembly, List<Slug> bySaving, Set<Slug> papers, Minutes limit, Draft minimal) {
        Draft best = minimal;
        int lo = 1;
        int hi = bySaving.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Draft tried = assembly.build(new Trim(new HashSet<>(bySaving.subList(0, mid)), papers));
            if (fits(tried, limit)) {
                best = tried;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best;
    }
}
