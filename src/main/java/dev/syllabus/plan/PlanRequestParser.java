package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a plan request from query-string-like parameters ({@code goal}, {@code known}, {@code depth}, {@code prefer},
 * {@code creator}, {@code budget}, {@code studyPace}, {@code hoursPerWeek}, {@code start}), each possibly repeated or comma-separated.
 * Parameters it does not know are left to the caller (a web form may carry {@code format}).
 */
public final class PlanRequestParser {
    /** A week has 168 hours; asking for more is a typo, not a pace. */
    private static final double MAX_HOURS_PER_WEEK = 168;
    /** A budget of "12" could be minutes or hours; guessing either would plan the wrong amount of study. */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

    private PlanRequestParser() {
    }

    /** @throws PlanRequestException naming the first bad parameter, its value and how to write it */
    public static PlanRequest parse(Map<String, List<String>> given) {
        Map<String, List<String>> parameters = canonical(given);
        List<Slug> goals = slugs(parameters, PlanRequest.GOAL);
        if (goals.isEmpty()) {
            throw new PlanRequestException(PlanRequest.GOAL, "", "is missing: name at least one concept, paper or path to plan for");
        }
        Depth depth = token(parameters, PlanRequest.DEPTH, Depth.class).orElse(Depth.LIGHT);
        Preference prefer = token(parameters, PlanRequest.PREFER, Preference.class).orElse(Preference.ANY);
        Optional<Minutes> budget = single(parameters, PlanRequest.BUDGET).map(PlanRequestParser::budget);
        return new PlanRequest(goals, slugs(parameters, PlanRequest.KNOWN), depth, prefer,
                slugs(parameters, PlanRequest.CREATOR), budget, pace(parameters), studyTime(parameters));
    }

    /**
     * The learner's own study pace: a factor on the time model's study times (1.5 for half as long again, 0.8 for
     * faster); the model's own times without one.
     */
    public static StudyTime studyTime(Map<String, List<String>> parameters) {
        return single(parameters, PlanRequest.STUDY_PACE).map(text -> {
            double f = parsed(PlanRequest.STUDY_PACE, text, Double::parseDouble,
                    "is not a pace factor: write 1.5 if you take half as long again as the estimates, 0.8 if you are faster");
            if (!(f >= StudyTime.FASTEST && f <= StudyTime.SLOWEST)) {
                throw new PlanRequestException(PlanRequest.STUDY_PACE, text, "is out of range: give a factor between "
                        + StudyTime.FASTEST + " and " + StudyTime.SLOWEST + " (1 is the estimates as they are)");
            }
            return new StudyTime(f);
        }).orElse(StudyTime.TYPICAL);
    }

    /** The pace alone, for requests that only schedule (a curated path's calendar). */
    public static Optional<Pace> pace(Map<String, List<String>> given) {
        Map<String, List<String>> parameters = canonical(given);
        Optional<Double> hours = single(parameters, PlanRequest.HOURS_PER_WEEK).map(PlanRequestParser::hoursPerWeek);
        Optional<LocalDate> start = single(parameters, PlanRequest.START).map(PlanRequestParser::date);
        if (hours.isEmpty() && start.isPresent()) {
            throw new PlanRequestException(PlanRequest.START, start.get().toString(),
                    "needs " + PlanRequestException.mention(PlanRequest.HOURS_PER_WEEK)
                            + " too: a schedule needs to know how much time you have each week");
        }
        return hours.map(h -> Pace.hoursPerWeek(h, start.orElse(null)));
    }

    /**
     * The parameters with every accepted spelling under its one name ({@code hours-per-week} as {@code hoursPerWeek}), so
     * both spellings given at once count as one parameter given twice.
     */
    public static Map<String, List<String>> canonical(Map<String, List<String>> parameters) {
        if (!parameters.containsKey(PlanRequest.HOURS_PER_WEEK_OPTION)) {
            return parameters;
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>(parameters);
        List<String> merged = new ArrayList<>(out.getOrDefault(PlanRequest.HOURS_PER_WEEK, List.of()));
        merged.addAll(out.remove(PlanRequest.HOURS_PER_WEEK_OPTION));
        out.put(PlanRequest.HOURS_PER_WEEK, merged);
        return out;
    }

    private static List<Slug> slugs(Map<String, List<String>> parameters, String name) {
        List<Slug> slugs = new ArrayList<>();
        for (String value : values(parameters, name)) {
            String normal = value.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            if (!Slug.isValid(normal)) {
                throw new PlanRequestException(name, value, "is not a slug: write lowercase words joined by hyphens, "
                        + "for example self-attention");
            }
            slugs.add(Slug.of(normal));
        }
        return slugs;
    }

    /** Every value of a parameter, split at commas, trimmed, empty ones dropped. */
    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> out = new ArrayList<>();
        for (String raw : parameters.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> given = parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        if (given.size() > 1) {
            throw new PlanRequestException(name, String.join(", ", given), "is given " + given.size()
                    + " times: give it once");
        }
        return given.stream().findFirst().map(String::trim);
    }

    private static <E extends Enum<E> & Token> Optional<E> token(Map<String, List<String>> parameters, String name,
                                                                 Class<E> type) {
        return single(parameters, name).map(v -> Token.parse(type, v).orElseThrow(() ->
                new PlanRequestException(name, v, "is not one of " + Token.choices(type))));
    }

    private static Minutes budget(String text) {
        if (BARE_NUMBER.matcher(text).matches()) {
            throw new PlanRequestException(PlanRequest.BUDGET, text, "has no unit: write " + text + "h for hours or "
                    + text + "m for minutes");
        }
        Minutes m;
        try {
            m = Minutes.parse(text);
        } catch (Minutes.TooLong e) {
            throw new PlanRequestException(PlanRequest.BUDGET, text, "is longer than a year: give at most "
                    + Minutes.MAX_HOURS + "h");
        } catch (IllegalArgumentException e) {
            throw new PlanRequestException(PlanRequest.BUDGET, text, "is not a length: write it as 12h, 90m or 1h30m");
        }
        if (m.value() == 0) {
            throw new PlanRequestException(PlanRequest.BUDGET, text, "leaves no time to study: give a budget above zero");
        }
        return m;
    }

    private static double hoursPerWeek(String text) {
        double h = parsed(PlanRequest.HOURS_PER_WEEK, text, Double::parseDouble, "is not a number of hours: write it as 5 or 2.5");
        if (!(h >= 0.25 && h <= MAX_HOURS_PER_WEEK)) {
            throw new PlanRequestException(PlanRequest.HOURS_PER_WEEK, text,
                    "is out of range: give between 0.25 and 168 hours a week");
        }
        return h;
    }

    private static LocalDate date(String text) {
        LocalDate d = parsed(PlanRequest.START, text, LocalDate::parse, "is not a date: write it as YYYY-MM-DD, for example 2026-12-01");
        if (d.isBefore(Pace.FIRST_DATE) || d.isAfter(Pace.LAST_DATE)) {
            throw new PlanRequestException(PlanRequest.START, text, "is outside the dates a schedule can use: give a start "
                    + Pace.DATE_RANGE + " (the schedule must also end by " + Pace.LAST_DATE + ")");
        }
        return d;
    }

    private static <T> T parsed(String name, String text, Function<String, T> parser, String problem) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PlanRequestException(name, text, problem);
        }
    }
}
