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
import java.util.regex.Pattern;

/**
 * A segment's times lie within its resource's length and are listed in the order they play; each says where it came
 * from, and says it is approximate exactly when its source says it was estimated. A guide pick's timestamps fall in
 * segments of its resource.
 */
final class SegmentRule implements Rule {
    /** Words with which a source says its time was worked out rather than read off a chapter list. */
    private static final Pattern ESTIMATED = Pattern.compile(
            "\\b(estimat\\w*|approximate(ly)?|roughly|rounded|guess\\w*)\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Finding> check(LoadedContent content) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : content.kb().resources()) {
            out.addAll(times(content, r));
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

    private static List<Finding> times(LoadedContent content, Resource r) {
        List<Finding> out = new ArrayList<>();
        String file = content.fileOf(r);
        Optional<Timestamp> latest = Optional.empty();
        int latestIndex = -1;
        for (int i = 0; i < r.segments().size(); i++) {
            Segment s = r.segments().get(i);
            String pointer = "/segments/" + i;
            String field = "segments[" + i + "]";
            int atLine = line(content, r, pointer + "/at");
            for (String part : List.of("at", "end")) {
                Optional<Timestamp> t = part.equals("at") ? s.start() : s.end();
                t.filter(time -> time.seconds() > r.minutes().value() * 60 + 59).ifPresent(time -> out.add(Finding.error(
                        "bad-timestamp", file, line(content, r, pointer + "/" + part), beyondTheEnd(r, field + "." + part, time))));
            }
            if (s.start().isPresent() && latest.isPresent() && s.start().get().compareTo(latest.get()) < 0) {
                out.add(Finding.error("segment-order", file, atLine, field + ".at: " + s.start().get() + " comes after segments["
                        + latestIndex + "], which starts later, at " + latest.get() + ": list segments in the order they play"));
            } else if (s.start().isPresent()) {
                latest = s.start();
                latestIndex = i;
            }
            provenance(s).ifPresent(problem -> out.add(Finding.error("segment-source", file, atLine, problem)));
            approximation(s, field).ifPresent(problem -> out.add(Finding.error("segment-approximate", file,
                    line(content, r, pointer + (s.start().isEmpty() ? "/approximate" : "/source")), problem)));
        }
        return out;
    }

    private static String beyondTheEnd(Resource r, String field, Timestamp time) {
        String where = field + ": " + time + " is after the end of this " + r.minutes() + " resource: ";
        if (r.lengthBasis() == LengthBasis.STATED) {
            return where + "check the " + (field.endsWith(".at") ? "timestamp" : "end") + " or the length";
        }
        return where + "the length is an estimate and the segment shows it is too short; raise it to the resource's real "
                + "length, with length_basis: stated if a source gives it";
    }

    /**
     * What is wrong with how a segment marks its time as approximate: the flag needs a time to qualify, and a time whose
     * source says it was estimated must carry it, so that pages and plans say "about".
     */
    static Optional<String> approximation(Segment s, String field) {
        if (s.approximate() && s.start().isEmpty()) {
            return Optional.of(field + ".approximate: the segment has no at: time to be approximate: give the estimated "
                    + "time as at:, or remove approximate: true");
        }
        if (!s.approximate() && s.start().isPresent() && ESTIMATED.matcher(s.source()).find()) {
            return Optional.of(field + ".source says the time at " + s.start().get() + " was estimated, but the segment "
                    + "does not say so: add approximate: true, so pages and plans show it as about " + s.start().get());
        }
        return Optional.empty();
    }

    private static int line(LoadedContent content, Resource r, String pointer) {
        return content.sourceOf(r.slug()).map(src -> src.lineOf(pointer)).orElse(0);
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
