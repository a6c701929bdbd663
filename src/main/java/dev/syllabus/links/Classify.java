package dev.syllabus.links;

import java.time.Instant;

/** Turns the last answer for an address into a verdict: a page's status codes, or an oEmbed answer about a video. */
enum Classify {
    PAGE {
        @Override
        Outcome response(String address, int code, int retries, Instant at) {
            if (code >= 200 && code < 400) {
                return Outcome.of(address, Verdict.OK, code, "HTTP " + code, at);
            }
            return problem(address, code, retries, at);
        }
    },
    VIDEO {
        @Override
        Outcome response(String address, int code, int retries, Instant at) {
            if (code >= 200 && code < 300) {
                return Outcome.of(address, Verdict.OK, code, "the video or playlist is available (asked YouTube by its id)", at);
            }
            if (code == 404 || code == 400) {
                return Outcome.of(address, Verdict.BROKEN, code, "YouTube knows no such video or playlist: removed, or the id "
                        + "is wrong", at);
            }
            if (code == 401) {
                return Outcome.of(address, Verdict.BROKEN, code, "the video is private or unavailable", at);
            }
            return problem(address, code, retries, at);
        }
    };

    abstract Outcome response(String address, int code, int retries, Instant at);

    Outcome outcome(String address, Answer answer, Instant at, int retries) {
        if (answer instanceof Answer.Failure f) {
            return Outcome.of(address, Verdict.BROKEN, 0, f.reason() + (f.retryable() && retries > 0 ? " (tried "
                    + (retries + 1) + " times)" : ""), at);
        }
        return response(address, ((Answer.Response) answer).code(), retries, at);
    }

    /** Sites that turn bots away answer 401, 403, 429 or LinkedIn's 999: that says nothing about the page. */
    static Outcome problem(String address, int code, int retries, Instant at) {
        return switch (code) {
            case 401 -> Outcome.of(address, Verdict.UNVERIFIABLE, code, "HTTP 401: the site wants a login before it shows the page", at);
            case 403 -> Outcome.of(address, Verdict.UNVERIFIABLE, code, "HTTP 403: the site refuses automated checks", at);
            case 429 -> Outcome.of(address, Verdict.UNVERIFIABLE, code, "HTTP 429: the site rate-limits the checker"
                    + (retries > 0 ? ", still after " + retries + " retries" : ""), at);
            case 999 -> Outcome.of(address, Verdict.UNVERIFIABLE, code, "HTTP 999: the site refuses automated checks", at);
            case 404 -> Outcome.of(address, Verdict.BROKEN, code, "HTTP 404: not found", at);
            case 410 -> Outcome.of(address, Verdict.BROKEN, code, "HTTP 410: gone for good", at);
            default -> Outcome.of(address, Verdict.BROKEN, code, "HTTP " + code + (code >= 500 ? ": server error"
                    + (retries > 0 && code != 501 && code != 505 ? ", still after " + retries + " retries" : "") : ""), at);
        };
    }
}
