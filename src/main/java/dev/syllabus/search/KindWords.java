package dev.syllabus.search;

import dev.syllabus.kb.ResourceKind;
import dev.syllabus.search.TextAnalysis.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words that ask for a kind of material ("transformer paper", "rlhf videos"): beside other words they say what kind
 * of result to rank first rather than a word the result must contain, since a paper seldom calls itself one.
 */
final class KindWords {
    private static final Map<String, Set<ResourceKind>> WORDS = Map.ofEntries(
            Map.entry("video", Set.of(ResourceKind.VIDEO, ResourceKind.VIDEO_SERIES)),
            Map.entry("videos", Set.of(ResourceKind.VIDEO, ResourceKind.VIDEO_SERIES)),
            Map.entry("youtube", Set.of(ResourceKind.VIDEO, ResourceKind.VIDEO_SERIES)),
            Map.entry("playlist", Set.of(ResourceKind.VIDEO_SERIES)),
            Map.entry("paper", Set.of(ResourceKind.PAPER)),
            Map.entry("papers", Set.of(ResourceKind.PAPER)),
            Map.entry("article", Set.of(ResourceKind.ARTICLE, ResourceKind.BLOG_POST)),
            Map.entry("articles", Set.of(ResourceKind.ARTICLE, ResourceKind.BLOG_POST)),
            Map.entry("blog", Set.of(ResourceKind.BLOG_POST, ResourceKind.ARTICLE)),
            Map.entry("post", Set.of(ResourceKind.BLOG_POST, ResourceKind.ARTICLE)),
            Map.entry("posts", Set.of(ResourceKind.BLOG_POST, ResourceKind.ARTICLE)),
            Map.entry("course", Set.of(ResourceKind.COURSE, ResourceKind.COURSE_CHAPTER)),
            Map.entry("courses", Set.of(ResourceKind.COURSE, ResourceKind.COURSE_CHAPTER)),
            Map.entry("book", Set.of(ResourceKind.BOOK, ResourceKind.BOOK_CHAPTER)),
            Map.entry("books", Set.of(ResourceKind.BOOK, ResourceKind.BOOK_CHAPTER)),
            Map.entry("textbook", Set.of(ResourceKind.BOOK, ResourceKind.BOOK_CHAPTER)));

    /** By analysed term, as queries arrive: the analyser may stem "videos" and "video" alike. */
    private final Map<String, Set<String>> byTerm;

    KindWords(TextAnalysis analysis) {
        Map<String, Set<String>> terms = new HashMap<>();
        WORDS.forEach((word, kinds) -> {
            List<Token> tokens = analysis.queryTokens(word);
            if (tokens.size() == 1) {
                Set<String> ids = terms.computeIfAbsent(tokens.get(0).term(), t -> new TreeSet<>());
                kinds.forEach(k -> ids.add(k.id()));
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        terms.forEach((term, ids) -> frozen.put(term, Set.copyOf(ids)));
        this.byTerm = Map.copyOf(frozen);
    }

    /** The kinds (as the index stores them) a unit asks for: a lone word that names a kind, else none. */
    Set<String> of(Unit unit) {
        if (unit.required() || unit.name() != null || unit.alternatives().size() != 1 || unit.words() != 1) {
            return Set.of();
        }
        return byTerm.getOrDefault(unit.alternatives().get(0).tokens().get(0).term(), Set.of());
    }
}
