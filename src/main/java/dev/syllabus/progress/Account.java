package dev.syllabus.progress;

import java.time.Instant;

/** An account of a team server: the learner whose progress it owns, the name it logs in with, when it was made. */
public record Account(LearnerId learner, AccountName name, Instant created) {
}
