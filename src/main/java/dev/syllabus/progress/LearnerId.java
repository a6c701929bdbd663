package dev.syllabus.progress;

import java.util.UUID;
import java.util.regex.Pattern;

/** Whose progress: the one local learner of a single-user database, or an account of a team server. */
public record LearnerId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9-]{1,64}");
    /** The learner of the single-user default, who never logs in. */
    public static final LearnerId LOCAL = new LearnerId("local");

    public LearnerId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a learner id");
        }
    }

    public static LearnerId random() {
        return new LearnerId(UUID.randomUUID().toString());
    }
}
