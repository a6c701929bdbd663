package dev.syllabus.ingest;

/** When two facts from different mentions say the same thing about one entity, it is merged once. */
final class Facts {
    private Facts() {
    }

    static boolean sameSubject(Fact a, Fact b) {
        if (a instanceof Fact.AlternateUrl x && b instanceof Fact.AlternateUrl y) {
            return x.url().equals(y.url());
        }
        if (a instanceof Fact.AddedSegment x && b instanceof Fact.AddedSegment y) {
            return x.moment().at().equals(y.moment().at());
        }
        if (a instanceof Fact.AddedCreator x && b instanceof Fact.AddedCreator y) {
            return x.creator().equals(y.creator());
        }
        return a instanceof Fact.Length && b instanceof Fact.Length;
    }
}
