package dev.syllabus.lab;

/** One possible next token with its logit (an unnormalised log-probability). */
public record Candidate(String token, double logit) {
}
