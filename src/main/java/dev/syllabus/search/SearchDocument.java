package dev.syllabus.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One unit of the index, derived from the knowledge base: an entity, or one segment of a resource. {@code target} is
 * what a hit shows and links to; {@code text} holds the searchable words by field; {@code names} the names a query
 * may equal exactly; {@code links} the concepts it teaches; {@code filters} the facet values by filter; {@code prior} scales the relevance score by what the document is (a concept page is a better landing
 * place than a path that mentions the word).
 */
record SearchDocument(Target target, Map<Field, List<String>> text, List<String> names, Links links,
                      Map<Dimension, List<String>> filters, float prior) {
    SearchDocument {
        Map<Field, List<String>> copy = new EnumMap<>(Field.class);
        text.forEach((field, values) -> copy.put(field, values.stream().filter(v -> v != null && !v.isBlank()).toList()));
        text = Map.copyOf(copy);
        names = List.copyOf(names);
        filters = Map.copyOf(filters);
    }

    /**
     * The concepts a document teaches (a resource's covers, a segment's concept, a paper's introductions), those a
     * guide picked it for as the topic's article or video, and those a guide adds it to as an alternative or companion:
     * a query naming a concept ranks these documents up, the picks most. {@code by} lists the creators.
     */
    record Links(List<String> teaches, List<String> pickedFor, List<String> companionFor, List<String> by) {
        static final Links NONE = new Links(List.of(), List.of(), List.of(), List.of());

        Links {
            teaches = teaches.stream().distinct().toList();
            pickedFor = pickedFor.stream().distinct().toList();
            companionFor = companionFor.stream().distinct().toList();
            by = List.copyOf(by);
        }
    }

    /** What a hit on this document shows: everything but the snippet and the score. */
    record Target(HitType type, String slug, String title, String kind, List<String> creators, String url,
                  String deepLink, String anchor) {
        Target {
            creators = List.copyOf(creators);
        }

        /** Tells a segment from its resource and from the resource's other segments: "slug" or "slug@11:08". */
        String id() {
            return anchor == null ? slug : slug + "@" + anchor;
        }

        Hit hit(String snippet, double score) {
            return new Hit(type.id(), slug, title, kind, creators, url, deepLink, snippet, score);
        }
    }

    List<String> values(Field field) {
        return text.getOrDefault(field, List.of());
    }
}
