package dev.syllabus.search;

import dev.syllabus.kb.KnowledgeBase;

import java.util.List;

/**
 * One document of the search index with the text of each of its fields joined, for a search that runs in the
 * browser (the static export): the same documents and fields the server's index holds, in the same order.
 * {@code type} is the hit type ({@code concept}, {@code segment} ...), {@code deepLink} where a segment opens.
 */
public record ClientDocument(String type, String slug, String title, String kind, List<String> creators, String deepLink,
                            String names, String summary, String notes, String people, String concepts, String body) {
    /** How much a match in each field counts, named as the record's fields: the server's boosts. */
    public static final List<Weight> WEIGHTS = java.util.Arrays.stream(Field.values())
            .map(f -> new Weight(f.id(), f.boost())).toList();

    /** A field's name and boost. */
    public record Weight(String field, float boost) {
    }

    public ClientDocument {
        creators = List.copyOf(creators);
    }

    /** Every document of the knowledge base's index; body text is cut at {@code maxBody} characters. */
    public static List<ClientDocument> of(KnowledgeBase kb, int maxBody) {
        return KnowledgeDocuments.of(kb).stream().map(d -> of(d, maxBody)).toList();
    }

    private static ClientDocument of(SearchDocument d, int maxBody) {
        SearchDocument.Target t = d.target();
        String body = join(d, Field.BODY);
        return new ClientDocument(t.type().id(), t.slug(), t.title(), t.kind(), t.creators(),
                t.type() == HitType.SEGMENT ? t.deepLink() : null, join(d, Field.NAMES), join(d, Field.SUMMARY),
                join(d, Field.NOTES), join(d, Field.PEOPLE), join(d, Field.CONCEPTS),
                body.length() > maxBody ? body.substring(0, maxBody) : body);
    }

    private static String join(SearchDocument d, Field f) {
        return String.join(" · ", d.values(f));
    }
}
