package dev.syllabus.web;

import dev.syllabus.progress.LearnerId;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * The one place that decides who a request comes from and whether a form it posts may be trusted. The single-user
 * server answers every request as {@link LearnerId#LOCAL} ({@link SingleLearner}); a team server would answer from
 * its session cookie instead ({@link TeamLearners}).
 */
interface Learners {
    /**
     * Who is asking, and the token their forms must carry; may set a cookie on the response to make that hold. Empty
     * for someone a team server does not know (not logged in): they read the wiki without progress.
     */
    Optional<Learner> resolve(Context ctx);

    /**
     * The learner a posted form comes from, once its token checks out.
     *
     * @throws Forbidden when the form's token is missing, forged or does not match the sender's
     */
    Learner verify(Context ctx, String formToken);

    /**
     * A learner, the token that proves a form came from one of our own pages (never logged or shown elsewhere), and
     * on a team server the account's name, which the pages show beside a way to log out.
     */
    record Learner(LearnerId id, String token, Optional<String> account) {
        Learner(LearnerId id, String token) {
            this(id, token, Optional.empty());
        }

        @Override
        public String toString() {
            return "Learner[" + id.value() + "]";
        }
    }
}
