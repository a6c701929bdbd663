package dev.syllabus.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lengths and times are only looked for where a number starts, with the qualifier before it read by hand; on any text
 * that finds exactly what searching the whole text with the full patterns (qualifier included) finds.
 */
class AnchoredScanTest {
    private static final String APPROX = "(~|about |around |approx\\.? |roughly |nearly |almost )?";
    private static final List<Pattern> LENGTHS = List.of(
            Pattern.compile("(?i)" + APPROX + "(?<![\\d.:-])(?<h>\\d{1,12})\\s?h(?:rs?)?\\s?(?<m>\\d{1,2})\\s?m(?:in)?\\b"),
            Pattern.compile("(?i)" + APPROX + "(?<![\\d.:-])(?<h>\\d{1,12}(?:\\.\\d{1,2})?)[- ]?(?:hours?|hrs?|hr|h)\\b(?!\\s?\\d)"),
            Pattern.compile("(?i)" + APPROX + "(?<![\\d.:-])(?<m>\\d{1,12})[- ]?(?:minutes?|mins?)\\b"));
    private static final Pattern TIMES = Pattern.compile("(~|about |around |approx\\.? )?(?<![\\d:.])((?:\\d{1,2}:)?[0-5]?\\d:[0-5]\\d)(?![\\d:])");
    private static final String[] PIECES = {"~", "about ", "ABOUT ", "Around ", "approx. ", "approx ", "roughly ", "nearly ", "almost ",
            "ſ", "1", "2", "12", "3.5", "0", "99999999999999", "h", "H", "hr", "hrs", "m", "min", "mins", "minute", "minutes", "hour",
            "hours", "-", " ", "  ", ":", "11:08", "1:30:00", "5:9", ".", "x", "a", "\n", "(", ")", "at ", "timestamps "};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lengthsAreTheOnesTheFullPatternsFindFirst(long seed) {
        String text = text(new Random(seed));
        List<String> rejected = new ArrayList<>();
        List<String> expectedRejected = new ArrayList<>();

        Optional<StatedLength> found = Lengths.find(text, rejected::add);

        Optional<String> expected = firstLength(text, expectedRejected);
        assertThat(found.map(StatedLength::written)).as(text).isEqualTo(expected);
        assertThat(rejected).as(text).isEqualTo(expectedRejected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timesAreTheOnesTheFullPatternFinds(long seed) {
        String text = text(new Random(seed));

        List<String> found = Moments.find(text).stream().map(m -> m.at() + (m.approximate() ? "~" : "")).toList();

        List<String> expected = new ArrayList<>();
        Matcher m = TIMES.matcher(text);
        while (m.find()) {
            try {
                expected.add(dev.syllabus.kb.Timestamp.parse(m.group(2)) + (m.group(1) != null ? "~" : ""));
            } catch (IllegalArgumentException e) {
                // not a time after all; the scanner skips it too
            }
        }
        assertThat(found).as(text).isEqualTo(expected);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** The earliest match of any form that reads as a length (the first form on a tie), as a plain search finds it. */
    private static Optional<String> firstLength(String text, List<String> rejected) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern form : LENGTHS) {
            Matcher m = form.matcher(text);
            while (m.find() && m.start() < bestAt) {
                double h = number(m, "h");
                double min = number(m, "m");
                if (h > Lengths.MAX_HOURS || min > Lengths.MAX_HOURS * 60.0) {
                    rejected.add("length '" + m.group().strip() + "' ignored: no single resource runs over " + Lengths.MAX_HOURS + " hours");
                } else if (Math.round(h * 60 + min) > 0) {
                    best = m.group().strip();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double number(Matcher m, String group) {
        try {
            String g = m.group(group);
            return g == null ? 0 : Double.parseDouble(g);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
