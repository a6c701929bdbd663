package dev.syllabus.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner's progress as an export file: {@code {"format": "syllabus-progress", "version": 1, marks, notes, times}},
 * times as ISO-8601 instants to the millisecond. Writing then reading gives the same progress, and the same bytes.
 * Reading checks the whole file before anything is imported; a file of another version is refused.
 */
public final class ProgressJson {
    public static final String FORMAT = "syllabus-progress";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProgressJson() {
    }

    public static String write(Progress p) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION);
        ArrayNode marks = root.putArray("marks");
        p.marks().forEach(m -> item(marks.addObject(), m.item()).put("status", m.status().id()).put("at", m.at().toString()));
        ArrayNode notes = root.putArray("notes");
        p.notes().forEach(n -> notes.addObject().put("concept", n.concept().value()).put("markdown", n.markdown())
                .put("at", n.at().toString()));
        ArrayNode times = root.putArray("times");
        p.times().forEach(t -> item(times.addObject(), t.item()).put("minutes", t.minutes()).put("at", t.at().toString()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress could not be written as JSON", e);
        }
    }

    private static ObjectNode item(ObjectNode o, Item i) {
        return o.put("kind", i.kind().id()).put("slug", i.slug().value()).put("part", i.part());
    }

    /**
     * Reads an export.
     *
     * @throws IllegalArgumentException naming the field that is wrong and what to write, or the version that is not this one
     */
    public static Progress read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not JSON (line " + e.getLocation().getLineNr() + "): export it again "
                    + "with 'syllabus progress export'");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("is not a Syllabus progress export: it has no \"format\": \"" + FORMAT + "\"");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new IllegalArgumentException("is of format version " + version + ", but this Syllabus reads version "
                    + VERSION + " only: export it again with the Syllabus that imports it, or upgrade this one");
        }
        List<Mark> marks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<TimeSpent> times = new ArrayList<>();
        each(root, "marks", (n, at) -> marks.add(new Mark(item(n, at), token(n, at + "/status", Status.class), instant(n, at))));
        each(root, "notes", (n, at) -> notes.add(new Note(slug(n, "concept", at), text(n, "markdown", at), instant(n, at))));
        each(root, "times", (n, at) -> times.add(new TimeSpent(item(n, at), number(n, "minutes", at), instant(n, at))));
        try {
            return new Progress(marks, notes, times);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is inconsistent: " + e.getMessage());
        }
    }

    private interface Entry {
        void read(JsonNode node, String at);
    }

    private static void each(JsonNode root, String field, Entry entry) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalArgumentException("has no list \"" + field + "\": write \"" + field + "\": [] if there are none");
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/" + field + "/" + i;
            try {
                entry.read(list.get(i), at);
            } catch (IllegalArgumentException e) {
                throw e.getMessage().startsWith("field ") ? e : new IllegalArgumentException("field " + at + ": " + e.getMessage());
            }
        }
    }

    private static Item item(JsonNode n, String at) {
        return new Item(token(n, at + "/kind", ItemKind.class), slug(n, "slug", at), text(n, "part", at));
    }

    private static <E extends Enum<E> & Token> E token(JsonNode n, String pointer, Class<E> type) {
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        String value = n.path(field).asText();
        return Token.parse(type, value).orElseThrow(() -> new IllegalArgumentException("field " + pointer + " is '" + value
                + "': write one of " + Token.choices(type)));
    }

    private static Slug slug(JsonNode n, String field, String at) {
        String value = text(n, field, at);
        if (!Slug.isValid(value)) {
            throw new IllegalArgumentException("field " + at + "/" + field + " is '" + value + "', which is not a slug");
        }
        return Slug.of(value);
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field " + at + "/" + field + " is missing or not text");
        }
        return v.textValue();
    }

    private static int number(JsonNode n, String field, String at) {
        JsonNode v = n.path(field);
        if (!v.isInt()) {
            throw new IllegalArgumentException("field " + at + "/" + field + " is missing or not a whole number");
        }
        return v.intValue();
    }

    private static Instant instant(JsonNode n, String at) {
        String value = text(n, "at", at);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field " + at + "/at is '" + value + "': write an instant such as "
                    + "2026-11-01T10:15:30.123Z");
        }
    }
}
