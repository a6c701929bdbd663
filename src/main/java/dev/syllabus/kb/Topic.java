package dev.syllabus.kb;

import java.util.List;
import java.util.Optional;

/** One numbered topic of a guide: the concept it teaches, its picks, and the roles no resource fills. */
public record Topic(int number, String title, Slug concept, List<Pick> picks, List<Gap> gaps) {
    public Topic {
        picks = List.copyOf(picks);
        gaps = List.copyOf(gaps);
    }

    public Optional<Pick> pick(PickRole role) {
        return picks.stream().filter(p -> p.role() == role).findFirst();
    }

    /** True when the topic names a pick for {@code role} or says none exists. */
    public boolean covers(PickRole role) {
        return pick(role).isPresent() || gaps.stream().anyMatch(g -> g.role() == role);
    }
}
