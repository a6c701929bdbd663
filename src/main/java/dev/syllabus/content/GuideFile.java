package dev.syllabus.content;

import dev.syllabus.kb.Gap;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The front matter of a guide file, as written. */
record GuideFile(String title, String audience, List<TopicEntry> topics) {

    /** One numbered topic. */
    record TopicEntry(Integer number, String title, String concept, List<PickEntry> picks, List<GapEntry> noneExists) {
    }

    /** A pick in a role. */
    record PickEntry(String role, String resource, List<String> at, String sections, String note) {
    }

    /** The marker that no suitable resource exists for a role. */
    record GapEntry(String role, String reason) {
    }

    Optional<Guide> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> t = r.required("/title", title);
        if (topics == null || topics.isEmpty()) {
            r.error("missing-field", "/topics", "required field 'topics' is missing: list the guide's topics in order");
        }
        List<Topic> built = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(topics); i++) {
            topic(r, i).ifPresent(built::add);
        }
        return t.map(title -> new Guide(slug, title, audience, built, body));
    }

    private Optional<Topic> topic(FieldReader r, int i) {
        TopicEntry e = topics.get(i);
        String ptr = "/topics/" + i;
        if (e == null) {
            r.error("missing-field", ptr, "empty topic: give it a number, a title and a concept");
            return Optional.empty();
        }
        Optional<String> t = r.required(ptr + "/title", e.title());
        Optional<Slug> concept = r.required(ptr + "/concept", e.concept()).flatMap(c -> r.slug(ptr + "/concept", c));
        if (e.number() == null) {
            r.error("missing-field", ptr + "/number", "topic " + (i + 1) + " has no 'number': number topics as the guide does");
        }
        List<Pick> picks = new ArrayList<>();
        for (int p = 0; p < FieldReader.size(e.picks()); p++) {
            pick(r, ptr + "/picks/" + p, e.picks().get(p)).ifPresent(picks::add);
        }
        List<Gap> gaps = new ArrayList<>();
        for (int g = 0; g < FieldReader.size(e.noneExists()); g++) {
            GapEntry gap = e.noneExists().get(g);
            String gp = ptr + "/none_exists/" + g;
            r.required(gp + "/role", gap == null ? null : gap.role()).flatMap(v -> r.token(gp + "/role", v, PickRole.class))
                    .ifPresent(role -> gaps.add(new Gap(role, gap.reason())));
        }
        if (t.isEmpty() || concept.isEmpty() || e.number() == null) {
            return Optional.empty();
        }
        return Optional.of(new Topic(e.number(), t.get(), concept.get(), picks, gaps));
    }

    private Optional<Pick> pick(FieldReader r, String ptr, PickEntry e) {
        if (e == null) {
            r.error("missing-field", ptr, "empty pick: give it a role and a resource");
            return Optional.empty();
        }
        Optional<PickRole> role = r.required(ptr + "/role", e.role()).flatMap(v -> r.token(ptr + "/role", v, PickRole.class));
        Optional<Slug> res = r.required(ptr + "/resource", e.resource()).flatMap(v -> r.slug(ptr + "/resource", v));
        List<Timestamp> at = new ArrayList<>();
        for (int i = 0; i < FieldReader.size(e.at()); i++) {
            r.timestamp(ptr + "/at/" + i, e.at().get(i)).ifPresent(at::add);
        }
        if (role.isEmpty() || res.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pick(role.get(), res.get(), at, e.sections(), e.note()));
    }
}
