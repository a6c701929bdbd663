package dev.syllabus.search;

import dev.syllabus.kb.ResourceKind;
import dev.syllabus.search.TextAnalysis.Token;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that ask for a kind of material ("transformer paper", "rlhf videos"): beside a name they say what kind of
 * result to rank first rather than a word the result must contain, since a paper seldom calls itself one.
 */
final class KindWords {
    /** A document of the kind asked for ranks up by this much. */
    static final float BOOST = 8f;

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

    /** The kind ids (as the index stores them) by analysed term: the analyser may stem "videos" and "video" alike. */
    private final Map<String, Set<String>> byTerm;

    KindWords(TextAnalysis analysis) {
        Map<String, Set<String>> terms = new HashMap<>();
        WORDS.forEach((word, kinds) -> {
            List<Token> tokens = analysis.queryTokens(word);
            if (tokens.size() == 1) {
                Set<String> ids = terms.computeIfAbsent(tokens.get(0).term(), t -> new HashSet<>());
                kinds.forEach(k -> ids.add(k.id()));
            }
        });
        this.byTerm = terms.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /**
     * What the query's kind words ask for, when the query names a topic or a creator besides ("transformer paper",
     * "karpathy blog"). Without a name they ask for nothing and stay words: "reading the canonical papers" is about
     * papers.
     */
    Asked asked(List<Unit> units) {
        if (units.stream().noneMatch(u -> u.name() != null)) {
            return Asked.NONE;
        }
        List<Unit> words = units.stream().filter(u -> !of(u).isEmpty()).toList();
        return new Asked(words.stream().flatMap(u -> of(u).stream()).collect(Collectors.toSet()), words);
    }

    /** The kinds a unit asks for: a lone word that names a kind, else none. */
    private Set<String> of(Unit unit) {
        if (unit.required() || unit.name() != null || unit.alternatives().size() != 1 || unit.words() != 1) {
            return Set.of();
        }
        return byTerm.getOrDefault(unit.alternatives().get(0).tokens().get(0).term(), Set.of());
    }

    /** The kinds of material a query asks for, as the index stores them, and the units that ask. */
    record Asked(Set<String> kinds, List<Unit> words) {
        static final Asked NONE = new Asked(Set.of(), List.of());

        Asked {
            kinds = Set.copyOf(kinds);
            words = List.copyOf(words);
        }

        /** The units searched for: all but the kind words. */
        List<Unit> searched(List<Unit> units) {
            return units.stream().filter(u -> !words.contains(u)).toList();
        }

        /** The terms of the kind words, which leave the proximity phrase too. */
        Set<String> terms() {
            return words.stream().flatMap(u -> u.alternatives().get(0).tokens().stream()).map(Token::term)
                    .collect(Collectors.toUnmodifiableSet());
        }

        /**
         * Documents of the kinds asked for, ranked up; when the query names creators ("karpathy blog"), only theirs, so
         * a page that merely mentions them does not rank up with their work.
         */
        Query boost(List<String> creators) {
            BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
            kinds.forEach(k -> anyKind.add(IndexWriting.filter(Dimension.KIND, k), Occur.SHOULD));
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyKind.build(), Occur.FILTER);
            if (!creators.isEmpty()) {
                BooleanQuery.Builder by = new BooleanQuery.Builder();
                creators.forEach(c -> by.add(new TermQuery(new Term(Field.BY, c)), Occur.SHOULD));
                query.add(by.build(), Occur.FILTER);
            }
            return new BoostQuery(new ConstantScoreQuery(query.build()), BOOST);
        }
    }
}
