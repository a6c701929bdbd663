package dev.syllabus.links;

/** An address with where it is written and what checking it found. */
public record Checked(Target target, Outcome outcome) {
    /** A broken or malformed address that the content does not document as a known defect: it fails the run. */
    public boolean fails() {
        return outcome.verdict().isProblem() && target.documented().isEmpty();
    }

    public boolean documentedProblem() {
        return outcome.verdict().isProblem() && target.documented().isPresent();
    }
}
