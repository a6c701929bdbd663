package dev.syllabus.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.PathItemType;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Token;
import dev.syllabus.plan.Depth;
import dev.syllabus.plan.Preference;
import dev.syllabus.view.Json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON Schemas of the API's responses, read from the records the JSON is written from, so a field added to a view is
 * described the moment it exists: field names and types (integers, numbers, booleans, strings, arrays, objects),
 * which fields are always present, the closed sets a string field takes and the address and date formats.
 */
final class JsonSchemas {
    /** Closed sets by "Record.field", or by field name alone where the name means the same everywhere. */
    private static final Map<String, List<String>> ENUMS = enums();
    private final Map<String, ObjectNode> components = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    /** A reference to the schema of {@code type}, adding it (and what it holds) to the components. */
    ObjectNode ref(Class<?> type) {
        return Json.mapper().createObjectNode().put("$ref", "#/components/schemas/" + define(type));
    }

    Map<String, ObjectNode> components() {
        return components;
    }

    private String define(Class<?> type) {
        String known = names.get(type);
        if (known != null) {
            return known;
        }
        String name = unique(type);
        names.put(type, name);
        ObjectNode schema = Json.mapper().createObjectNode().put("type", "object");
        components.put(name, schema);
        ObjectNode props = schema.putObject("properties");
        var required = Json.mapper().createArrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            props.set(c.getName(), schema(type, c.getName(), c.getGenericType()));
            if (c.getType().isPrimitive() || always(c)) {
                required.add(c.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return name;
    }

    private static boolean always(RecordComponent c) {
        var include = c.getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
        return include != null && include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
    }

    private String unique(Class<?> type) {
        String base = type.getSimpleName();
        String outer = type.getEnclosingClass() == null ? "" : type.getEnclosingClass().getSimpleName().replace("Json", "");
        String name = components.containsKey(base) || base.equals("ResourceView") && outer.equals("Plan") ? outer + base : base;
        return name;
    }

    private ObjectNode schema(Class<?> owner, String field, Type type) {
        ObjectNode s = Json.mapper().createObjectNode();
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            s.put("type", "array").set("items", schema(owner, field, p.getActualTypeArguments()[0]));
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            s.put("type", "integer").put("format", c == long.class || c == Long.class ? "int64" : "int32");
        } else if (c == double.class || c == Double.class || c == float.class) {
            s.put("type", "number").put("format", "double");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == String.class) {
            s.put("type", "string");
            format(owner, field, s);
        } else if (c.isRecord()) {
            return ref(c);
        } else if (c.isEnum()) {
            // Jackson writes an enum by its constant's name.
            s.put("type", "string");
            Arrays.stream(c.getEnumConstants()).forEach(e -> s.withArray("enum").add(((Enum<?>) e).name()));
            return s;
        } else {
            s.put("type", "object");
        }
        if (!c.isPrimitive() && c != String.class && !c.isRecord()) {
            s.put("nullable", true);
        }
        return s;
    }

    private static void format(Class<?> owner, String field, ObjectNode s) {
        List<String> choices = ENUMS.getOrDefault(owner.getSimpleName() + "." + field, ENUMS.get(field));
        if (choices != null) {
            choices.forEach(s.putArray("enum")::add);
        } else if (field.equals("url") || field.equals("deepLink") || field.equals("homepage") || field.equals("link")) {
            s.put("format", "uri");
        } else if (field.equals("date") || field.equals("start")) {
            s.put("format", "date");
        }
    }

    private static Map<String, List<String>> enums() {
        Map<String, List<String>> e = new LinkedHashMap<>();
        e.put("area", ids(Area.class));
        e.put("level", ids(Level.class));
        e.put("access", ids(Access.class));
        e.put("lengthBasis", ids(LengthBasis.class));
        e.put("role", ids(PickRole.class));
        e.put("mode", ids(ReadingMode.class));
        e.put("depth", ids(Depth.class));
        e.put("prefer", ids(Preference.class));
        e.put("budgetStatus", List.of("no-budget", "fits", "trimmed", "too-small"));
        e.put("ResourceView.kind", ids(ResourceKind.class));
        e.put("CreatorView.kind", ids(CreatorKind.class));
        e.put("BacklinkView.type", ids(EntityType.class));
        e.put("ItemView.type", ids(PathItemType.class));
        e.put("StepView.type", List.of("concept", "resource", "paper", "activity"));
        e.put("Hit.type", List.of("concept", "paper", "resource", "segment", "creator", "path", "guide"));
        e.put("Suggestion.type", List.of("concept", "paper", "resource", "segment", "creator", "path", "guide"));
        e.put("Node.area", ids(Area.class));
        return Map.copyOf(e);
    }

    private static <E extends Enum<E> & Token> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(t -> t.id().toLowerCase(Locale.ROOT)).toList();
    }
}
