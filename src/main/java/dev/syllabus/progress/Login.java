package dev.syllabus.progress;

import java.time.Instant;

/** What a login attempt came to. A wrong name and a wrong password give the same answer, so names cannot be probed. */
public sealed interface Login {
    /** The name and password match: the learner may have a session. */
    record Accepted(Account account) implements Login {
    }

    /** No account has this name and password. */
    record Refused() implements Login {
    }

    /** Too many failures for this name lately: no password is checked until {@code retryAt}. */
    record Throttled(Instant retryAt) implements Login {
    }
}
