package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.List;

/** A timestamp lies within the video's stated length, and a guide pick's timestamps are segments of its resource. */
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
            }
        }
        content.kb().guides().forEach(g -> {
            for (int t = 0; t < g.topics().size(); t++) {
                var topic = g.topics().get(t);
                for (int p = 0; p < topic.picks().size(); p++) {
                    var pick = topic.picks().get(p);
                    var res = content.kb().get(pick.resource(), Resource.class);
                    for (Timestamp at : pick.at()) {
                        boolean known = res.map(r -> r.segments().stream().anyMatch(s -> s.start().map(at::equals).orElse(false)))
                                .orElse(true);
                        if (!known) {
                            String pointer = "/topics/" + t + "/picks/" + p + "/at";
                            int line = content.sourceOf(g.slug()).map(s -> s.lineOf(pointer)).orElse(0);
                            out.add(Finding.error("bad-timestamp", content.fileOf(g), line, "topic " + topic.number() + " points at "
                                    + at + " of " + pick.resource() + ", which has no segment starting there: add the segment to "
                                    + "resources/" + pick.resource() + ".md or fix the timestamp"));
                        }
                    }
                }
            }
        });
        return out;
    }
}
