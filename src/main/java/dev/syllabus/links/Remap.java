package dev.syllabus.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rewrite of addresses before they are requested, as lychee's {@code --remap}: "PATTERN REPLACEMENT", a regular
 * expression and its replacement ({@code $1} for groups). Results are still reported under the address as written.
 */
public record Remap(Pattern pattern, String replacement) {
    /** @throws IllegalArgumentException naming the rule when it is not "PATTERN REPLACEMENT" or the pattern is bad */
    public static Remap parse(String rule) {
        String[] parts = rule.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--remap '" + rule + "': write a pattern and its replacement separated by a "
                    + "space, e.g. --remap 'https://example\\.org/(.*) http://127.0.0.1:7300/$1'");
        }
        try {
            return new Remap(Pattern.compile(parts[0]), parts[1]);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--remap '" + rule + "': the pattern is not a regular expression ("
                    + e.getDescription() + ")");
        }
    }

    /** The address rewritten, or {@code null} when the pattern does not match it. */
    String apply(String address) {
        Matcher m = pattern.matcher(address);
        return m.find() ? m.replaceFirst(replacement) : null;
    }
}
