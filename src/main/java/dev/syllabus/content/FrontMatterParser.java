package dev.syllabus.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.syllabus.kb.EditDistance;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads YAML front matter into the file records with Jackson, strictly: an unknown field, a wrong type or bad YAML
 * becomes a finding with the file's line number and what to write instead, never an exception.
 */
final class FrontMatterParser {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private FrontMatterParser() {
    }

    /** The line of every value, keyed by JSON pointer; empty when the YAML does not parse (the mapper reports that). */
    static Map<String, Integer> lineIndex(String yaml, int firstLine) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                        p.currentTokenLocation().getLineNr() + firstLine - 1);
            }
        } catch (IOException | RuntimeException e) {
            // The mapper reads the same text next and reports the problem with its line.
        }
        return lines;
    }

    static <T> Optional<T> read(String yaml, Class<T> type, SourceFile source, int firstLine, List<Finding> findings) {
        String file = source.path();
        if (yaml.isBlank()) {
            findings.add(Finding.error("missing-field", file, firstLine, "the front matter is empty: add the required fields"
                    + " (see docs/content-format.md)"));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readerFor(type).withHandler(new UnknownFields(source, findings))
                    .readValue(yaml));
        } catch (MismatchedInputException e) {
            findings.add(Finding.error("wrong-type", file, line(e.getLocation(), firstLine), wrongType(e)));
        } catch (JsonProcessingException e) {
            findings.add(Finding.error("yaml-syntax", file, line(e.getLocation(), firstLine),
                    "the front matter is not valid YAML: " + firstLineOf(e.getOriginalMessage())
                            + "; check indentation and quote values containing ':' or '#'"));
        } catch (RuntimeException e) {
            findings.add(Finding.error("yaml-syntax", file, firstLine, "the front matter could not be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static int line(JsonLocation location, int firstLine) {
        return location == null || location.getLineNr() < 1 ? firstLine : location.getLineNr() + firstLine - 1;
    }

    /**
     * Reports every unknown field (Jackson alone stops at the first) and skips it, so one typo neither hides the next
     * nor drops the whole entity and cascades into unresolved references elsewhere.
     */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final SourceFile source;
        private final List<Finding> findings;

        UnknownFields(SourceFile source, List<Finding> findings) {
            this.source = source;
            this.findings = findings;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
            List<String> close = EditDistance.closest(propertyName, known, 1);
            // The parser may already be inside the unknown field's value; climb to the object that holds the field.
            JsonStreamContext ctx = p.getParsingContext();
            while (ctx.getParent() != null && !(ctx.inObject() && propertyName.equals(ctx.getCurrentName()))) {
                ctx = ctx.getParent();
            }
            String pointer = ctx.pathAsPointer().toString();
            // At an array's start the context climbed to is the root, so the pointer may be empty.
            if (propertyName.equals(RenamedFrom.FIELD) && (pointer.isEmpty() || pointer.equals("/" + RenamedFrom.FIELD))) {
                // Every kind accepts it; RenamedFrom reads it on its own.
                p.skipChildren();
                return true;
            }
            String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
            String where = parent.isEmpty() ? "" : " in " + FieldReader.fieldName(parent);
            findings.add(Finding.error("unknown-field", source.path(), source.lineOf(pointer),
                    "unknown field '" + propertyName + "'" + where
                            + (close.isEmpty() ? "" : ": did you mean '" + close.get(0) + "'?")
                            + " Known fields: " + String.join(", ", known)));
            p.skipChildren();
            return true;
        }
    }

    private static String wrongType(MismatchedInputException e) {
        String field = pathOf(e.getPath());
        return "'" + (field.isEmpty() ? "front matter" : field) + "' should be " + describe(e.getTargetType());
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a different type";
        }
        if (target == String.class) {
            return "text (quote it if it starts with a special character)";
        }
        if (target == Integer.class || target == int.class) {
            return "a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list, written [a, b] or as '- ' lines";
        }
        return "a mapping of 'field: value' lines";
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        return path.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String firstLineOf(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
