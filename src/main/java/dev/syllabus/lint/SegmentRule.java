package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A timestamp lies within the video's stated length and says where it came from, and a guide pick's timestamps fall in
 * segments of its resource.
 */
final class SegmentRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : content.kb().resources()) {
            for (int i = 0; i < r.segments().size(); i++) {
                Segment s = r.segments().get(i);
                int index = i;
                if (r.lengthBasis() == LengthBasis.STATED && s.start().isPresent()
                        && s.start().get().seconds() > r.minutes().value() * 60 + 59) {
                    Timestamp at = s.start().get();
                    out.add(Finding.error("bad-timestamp", content.fileOf(r),
                            content.sourceOf(r.slug()).map(src -> src.lineOf("/segments/" + index + "/at")).orElse(0),
                            "segment at " + at + " starts after the end of this " + r.minutes() + " resource: check the timestamp or the length"));
                }
                provenance(s).ifPresent(problem -> out.add(Finding.error("segment-source", content.fileOf(r),
                        content.sourceOf(r.slug()).map(src -> src.lineOf("/segments/" + index + "/at")).orElse(0), problem)));
            }
        }
        content.kb().guides().forEach(g -> {
            for (int t = 0; t < g.topics().size(); t++) {
                var topic = g.topics().get(t);
                for (int p = 0; p < topic.picks().size(); p++) {
                    var pick = topic.picks().get(p);
                    var res = content.kb().get(pick.resource(), Resource.class);
                    for (Timestamp at : pick.at()) {
                        boolean known = res.map(r -> r.segmentAt(at).isPresent()).orElse(true);
                        if (!known) {
                            String pointer = "/topics/" + t + "/picks/" + p + "/at";
                            int line = content.sourceOf(g.slug()).map(s -> s.lineOf(pointer)).orElse(0);
                            out.add(Finding.error("bad-timestamp", content.fileOf(g), line, "topic " + topic.number() + " points at "
                                    + at + " of " + pick.resource() + ", which no segment starts at or spans: add the segment to "
                                    + "resources/" + pick.resource() + ".md or fix the timestamp"));
                        }
                    }
                }
            }
        });
        return out;
    }

    /**
     * What is wrong with where a timed segment's time came from, if anything: every time says where it came from (the
     * address of a public chapter list or transcript, the guide it was imported from, or how an approximate time was
     * estimated), and a source written as an address must be one.
     */
    static Optional<String> provenance(Segment s) {
        if (s.start().isEmpty()) {
            return Optional.empty();
        }
        String at = "segment at " + s.start().get();
        boolean looksLikeAddress = s.source().startsWith("http://") || s.source().startsWith("https://");
        if (s.source().isEmpty()) {
            return Optional.of(at + " does not say where its time came from: add source: with the address of the chapter "
                    + "list or transcript that gives it, or mark it approximate: true with a source saying how it was estimated");
        }
        if (looksLikeAddress && s.sourceAddress().isEmpty()) {
            return Optional.of(at + " has a source that is not a valid address: write the address alone, as https://...");
        }
        return Optional.empty();
    }
}
