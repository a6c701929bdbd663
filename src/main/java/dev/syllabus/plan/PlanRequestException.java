package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan or path request that cannot be served as written: names the parameter (in the web's spelling, such as
 * {@code hoursPerWeek}), the value and the fix. The CLI and the web reword the parameter with {@link #messageFor}.
 */
public final class PlanRequestException extends IllegalArgumentException {
    private final String parameter;
    private final String value;
    private final String problem;
    private final List<Slug> suggestions;

    public PlanRequestException(String parameter, String value, String problem, List<Slug> suggestions) {
        super(parameter + " '" + value + "' " + problem + didYouMean(suggestions));
        this.parameter = parameter;
        this.value = value;
        this.problem = problem;
        this.suggestions = List.copyOf(suggestions);
    }

    public PlanRequestException(String parameter, String value, String problem) {
        this(parameter, value, problem, List.of());
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    /** Slugs close to an unknown one, best first; empty for other problems. */
    public List<Slug> suggestions() {
        return suggestions;
    }

    /** The message with the parameter spelt as the caller knows it, e.g. {@code --hours-per-week}. */
    public String messageFor(String parameterName) {
        return parameterName + " '" + value + "' " + problem + didYouMean(suggestions);
    }

    private static String didYouMean(List<Slug> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        return ". Did you mean " + suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?";
    }
}
