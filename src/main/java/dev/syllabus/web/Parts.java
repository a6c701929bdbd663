package dev.syllabus.web;

import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Timestamp;

import java.util.Comparator;
import java.util.Optional;

/**
 * The stretch of a video or book a segment is, as a learner reads it: "11:08–15:44", "from 2:07:28" or the section's
 * name, with its length and the link that opens it at its start.
 */
public record Parts(String span, String length, String covers, String deepLink, boolean approximate) {
    public boolean hasDeepLink() {
        return deepLink != null;
    }

    static Parts of(Resource r, Segment s) {
        String covers = s.covers();
        String deep = s.start().isPresent() ? r.deepLink(s).orElse(null) : null;
        if (s.start().isEmpty()) {
            return new Parts(s.section(), Lengths.of(r.minutesOf(s)), covers, null, false);
        }
        Timestamp start = s.start().get();
        String span = end(r, s).map(e -> start + "–" + e).orElse("from " + start);
        return new Parts((s.approximate() ? "about " : "") + span, Lengths.of(r.minutesOf(s)), covers, deep, s.approximate());
    }

    /** Where the segment ends: its own end, the next timed segment's start, or the end of a video of stated length. */
    static Optional<Timestamp> end(Resource r, Segment s) {
        if (s.end().isPresent()) {
            return s.end();
        }
        Timestamp start = s.start().orElseThrow();
        Optional<Timestamp> next = r.segments().stream().flatMap(x -> x.start().stream()).filter(t -> t.compareTo(start) > 0)
                .min(Comparator.naturalOrder());
        if (next.isPresent()) {
            return next;
        }
        int endSeconds = r.minutes().value() * 60;
        return !Lengths.estimated(r) && endSeconds > start.seconds() ? Optional.of(new Timestamp(endSeconds)) : Optional.empty();
    }
}
