package dev.syllabus.kb;

import java.util.regex.Pattern;

/** The unique name of an entity across all kinds, as used in file names and {@code [[wiki links]]}. */
public record Slug(String value) implements Comparable<Slug> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a slug: use lowercase letters, digits and single hyphens, "
                    + "for example 'self-attention'");
        }
    }

    public static Slug of(String value) {
        return new Slug(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
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
