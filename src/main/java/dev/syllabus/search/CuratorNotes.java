package dev.syllabus.search;

import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Postponed;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What guides and paths say about the things they recommend, filed under the document it describes: a guide topic's
 * title, concept and pick note go to the segment the pick points at (by timestamp or section), else to the whole
 * resource; a path item's note goes to its resource or paper. This is what lets "parameter counting" land on minute
 * 15:44 of a video whose own title never says so.
 */
final class CuratorNotes {
    private final Map<String, List<String>> notes = new HashMap<>();
    private final Map<String, List<Slug>> picks = new HashMap<>();
    private final Map<String, List<Slug>> companions = new HashMap<>();

    static CuratorNotes of(KnowledgeBase kb) {
        CuratorNotes found = new CuratorNotes();
        kb.guides().forEach(g -> found.addGuide(kb, g));
        kb.paths().forEach(found::addPath);
        return found;
    }

    List<String> notesFor(String id) {
        return notes.getOrDefault(id, List.of());
    }

    /** The concepts of the guide topics that chose this document, in any role. */
    List<Slug> conceptsFor(String id) {
        List<Slug> all = new ArrayList<>(picksFor(id));
        all.addAll(companionsFor(id));
        return all;
    }

    /** The concepts of the guide topics that chose this document as their article or video. */
    List<Slug> picksFor(String id) {
        return picks.getOrDefault(id, List.of());
    }

    /** The concepts of the guide topics that list this document as an alternative or a companion. */
    List<Slug> companionsFor(String id) {
        return companions.getOrDefault(id, List.of());
    }

    /** The document id of a resource's segment: the slug and the start time or section. */
    static String segmentId(Slug resource, Segment segment) {
        return resource + "@" + anchor(segment);
    }

    static String anchor(Segment segment) {
        return segment.start().map(Timestamp::toString).orElse(segment.section());
    }

    private void addGuide(KnowledgeBase kb, Guide guide) {
        for (Topic topic : guide.topics()) {
            for (Pick pick : topic.picks()) {
                Optional<Resource> resource = kb.get(pick.resource(), Resource.class);
                for (String id : targets(pick, resource)) {
                    add(id, topic.title());
                    add(id, pick.note());
                    boolean main = pick.role() == PickRole.ARTICLE || pick.role() == PickRole.VIDEO;
                    (main ? picks : companions).computeIfAbsent(id, k -> new ArrayList<>()).add(topic.concept());
                }
            }
        }
    }

    private static List<String> targets(Pick pick, Optional<Resource> resource) {
        List<String> ids = new ArrayList<>();
        resource.ifPresent(r -> r.segments().stream().filter(s -> pointsAt(pick, r, s)).forEach(s -> ids.add(segmentId(r.slug(), s))));
        if (ids.isEmpty()) {
            ids.add(pick.resource().value());
        }
        return ids;
    }

    private static boolean pointsAt(Pick pick, Resource resource, Segment segment) {
        boolean timed = segment.start().isPresent()
                && pick.at().stream().anyMatch(t -> resource.segmentAt(t).filter(segment::equals).isPresent());
        return timed || !pick.sections().isEmpty() && pick.sections().equalsIgnoreCase(segment.section());
    }

    private void addPath(LearningPath path) {
        for (Phase phase : path.phases()) {
            for (PathItem item : phase.items()) {
                item.ref().ifPresent(ref -> add(ref.value(), item.note()));
            }
        }
        for (Postponed later : path.postponed()) {
            add(later.ref().value(), later.reason());
        }
    }

    private void add(String id, String note) {
        if (note != null && !note.isBlank()) {
            notes.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
        }
    }
}
