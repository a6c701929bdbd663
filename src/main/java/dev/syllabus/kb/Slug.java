package dev.syllabus.kb;

/** The unique name of an entity across all kinds, as used in file names and {@code [[wiki links]]}. */
public record Slug(String value) implements Comparable<Slug> {
    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a slug: use lowercase letters, digits and single hyphens, "
                    + "for example 'self-attention'");
        }
    }

    public static Slug of(String value) {
        return new Slug(value);
    }

    /**
     * Whether {@code value} is words of lowercase letters and digits joined by single hyphens ({@code [a-z0-9]+(-[a-z0-9]+)*}),
     * checked by hand: a cached knowledge base rebuilds thousands of slugs at start-up, where a regular expression's
     * matcher cost a tenth of decoding it (JFR).
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
