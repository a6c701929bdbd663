package dev.syllabus.plan;

import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan or path request that cannot be served as written: names the parameter (in the web's spelling, such as
 * {@code hoursPerWeek}), the value and the fix. The CLI and the web reword the parameter with {@link #messageFor}.
 */
public final class PlanRequestException extends IllegalArgumentException {
    private static final java.util.regex.Pattern MENTION = java.util.regex.Pattern.compile("\\{([A-Za-z-]+)}");
    private final String parameter;
    private final String value;
    private final String problem;
    private final List<Slug> suggestions;

    public PlanRequestException(String parameter, String value, String problem, List<Slug> suggestions) {
        super(parameter + " '" + value + "' " + named(problem, p -> p) + didYouMean(suggestions));
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

    /**
     * The message with every parameter spelt as the caller knows it, e.g. {@code --hours-per-week}: the one at fault
     * and any the problem {@linkplain #mention mentions}.
     */
    public String messageFor(java.util.function.UnaryOperator<String> spelling) {
        return spelling.apply(parameter) + " '" + value + "' " + named(problem, spelling) + didYouMean(suggestions);
    }

    /** Another parameter named inside a problem's text, so each caller can spell it its own way. */
    public static String mention(String parameter) {
        return "{" + parameter + "}";
    }

    private static String named(String problem, java.util.function.UnaryOperator<String> spelling) {
        return MENTION.matcher(problem).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(spelling.apply(m.group(1))));
    }

    private static String didYouMean(List<Slug> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        return ". Did you mean " + suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?";
    }
}
