package dev.syllabus.search;

import dev.syllabus.search.TextAnalysis.Token;
import dev.syllabus.search.Unit.Alternative;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the Lucene query from a query's units, by hand rather than through a query parser, so no user text is ever
 * read as syntax. BM25 scores each field; a unit takes its best field plus a share of the others (names outweigh
 * summaries and notes, which outweigh body text); units add up. On top: the concepts and creators the query names
 * rank up what teaches or was made by them, a boost when the words are exactly a name of the document, and one when
 * they stand close together in its names, summary or notes.
 */
final class RankingQuery {
    /*
     * The weights below were tuned on the relevance suite (src/test/resources/relevance/queries.tsv) over a grid of
     * values; results were flat around these, which were chosen from the middle of the best region.
     */
    /** How much the other matching fields add to a unit's best field. */
    static final float FIELD_TIE = 0.5f;
    /** The whole query equals a name of the document. */
    static final float NAME_BOOST = 12f;
    /** A name equal to the query only once its question words are gone ("what is attention") is a weaker match. */
    static final float QUESTION_NAME_SHARE = 0.5f;
    /** Per unit of IDF, for a query that is all one concept's name: what teaching it adds, and being a guide's pick. */
    static final float TEACHES_BOOST = 2f;
    static final float PICKED_BOOST = 10f;
    static final float COMPANION_BOOST = 5f;
    /** Per unit of IDF, for a query that is all one creator's name: what having made the document adds. */
    static final float BY_BOOST = 3f;
    static final float PROXIMITY_BOOST = 2f;
    private static final int PROXIMITY_SLOP = 3;
    private static final List<String> PROXIMITY_FIELDS = List.of(Field.TITLE.id(), Field.NAMES.id(), Field.SUMMARY.id(),
            Field.NOTES.id());

    /** The whole query as typed, and without its question words, analysed to compare with documents' names. */
    record Names(String exact, String withoutQuestion) {
    }

    /** A field searched, and its weight. */
    record Searched(String id, float boost) {
        static Searched of(Field field) {
            return new Searched(field.id(), field.boost());
        }
    }

    private final IndexSearcher searcher;
    private final MatchingQuery matching;
    /** The text fields this index has (a field the index lacks would break BM25's statistics), and the short ones. */
    private final List<Searched> fields;
    private final List<Searched> shortFields;
    private final List<Searched> matchFields;
    private final List<Searched> shortMatchFields;

    RankingQuery(IndexSearcher searcher, List<Field> indexed, NameMatches knownNames) {
        this.searcher = searcher;
        this.fields = indexed.stream().map(Searched::of).toList();
        this.shortFields = indexed.stream().filter(Field.SHORT::contains).map(Searched::of).toList();
        Searched matchShort = new Searched(Field.MATCH_SHORT, Field.MATCH_SHORT_BOOST);
        this.shortMatchFields = List.of(matchShort);
        this.matchFields = indexed.contains(Field.BODY) ? List.of(matchShort, Searched.of(Field.BODY)) : shortMatchFields;
        this.matching = new MatchingQuery(matchFields, shortMatchFields, knownNames);
    }

    /**
     * What one search runs, all built from the same units: the query of which documents match, two queries that only
     * score and run on the matches (candidates cheaply, then the chosen candidates exactly), and the words to mark.
     */
    record Queries(Query matching, Query candidates, Query ranking, Set<String> highlight) {
    }

    /**
     * @param names   the whole query in the forms that may equal a document's name exactly
     * @param phrases the words outside quotes, side by side, for the proximity boost
     * @param asked   the kinds of material the query asks for
     */
    Queries build(List<Unit> typed, Names names, List<List<Token>> phrases, KindWords.Asked asked) throws IOException {
        List<Unit> units = asked.searched(typed);
        BooleanQuery.Builder candidates = candidates(units);
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        if (!asked.kinds().isEmpty()) {
            Query ofKind = asked.boost(units.stream().flatMap(u -> u.creators().stream()).distinct().toList());
            candidates.add(ofKind, Occur.SHOULD);
            ranking.add(ofKind, Occur.SHOULD);
        }
        for (Unit unit : synonymsOnce(units)) {
            ranking.add(unit(unit, fields, shortFields), Occur.SHOULD);
        }
        // A name's share of the query counts the kind words too: "transformer paper" is not all about the transformer.
        int words = typed.stream().mapToInt(Unit::words).sum();
        addLinks(candidates, units, words);
        addLinks(ranking, units, words);
        addNames(candidates, names);
        addNames(ranking, names);
        Set<String> kindTerms = asked.terms();
        for (List<Token> typedPhrase : phrases) {
            List<Token> phrase = typedPhrase.stream().filter(t -> !kindTerms.contains(t.term())).toList();
            boolean oneNameCoversAll = units.size() == 1 && units.get(0).words() == phrase.size();
            if (phrase.size() >= 2 && !oneNameCoversAll) {
                ranking.add(proximity(phrase), Occur.SHOULD);
            }
        }
        return new Queries(matching.of(units), candidates.build(), ranking.build(), highlight(units));
    }

    /**
     * The units with each synonym kept only by the first unit that has it: names in one query often stand for the
     * same concept ("beam search decoding"), and scoring its synonyms once per unit multiplies the work, not the
     * information.
     */
    private static List<Unit> synonymsOnce(List<Unit> units) {
        Set<List<String>> seen = new HashSet<>();
        List<Unit> out = new ArrayList<>();
        for (Unit unit : units) {
            List<Alternative> kept = new ArrayList<>();
            for (Alternative a : unit.alternatives()) {
                if (a == unit.alternatives().get(0) || seen.add(a.tokens().stream().map(Token::term).toList())) {
                    kept.add(a);
                }
            }
            out.add(new Unit(kept, unit.required(), unit.name(), unit.concepts(), unit.creators()));
        }
        return out;
    }

    /**
     * Scores candidates for ranking among the matches: the words typed and the one-word synonyms, each a term in the
     * two match fields. No phrases, and not the words of longer synonyms, which are often common words ("making
     * things up"): the matches are already known, this only has to put the likely best of them first, cheaply.
     */
    private BooleanQuery.Builder candidates(List<Unit> units) throws IOException {
        Map<String, Alternative> words = new LinkedHashMap<>();
        for (Unit unit : units) {
            for (Alternative a : typedOrOneWord(unit)) {
                a.tokens().forEach(t -> words.merge(t.term(), a, (x, y) -> x.weight() >= y.weight() ? x : y));
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Alternative> word : words.entrySet()) {
            Alternative from = word.getValue();
            List<Searched> searched = from.inShortFields() ? shortMatchFields : matchFields;
            // A clause per field, not one per word: skipping can then leave out the low-weighted body postings of
            // a common word once the top candidates score more than the body alone could add.
            for (Query inField : BlendedTerm.perField(searcher, word.getKey(), searched)) {
                query.add(boost(inField, from.weight()), Occur.SHOULD);
            }
        }
        return query;
    }

    private static void addNames(BooleanQuery.Builder query, Names names) {
        if (!names.exact().isEmpty()) {
            query.add(name(names.exact(), NAME_BOOST), Occur.SHOULD);
        }
        if (!names.withoutQuestion().isEmpty() && !names.withoutQuestion().equals(names.exact())) {
            query.add(name(names.withoutQuestion(), NAME_BOOST * QUESTION_NAME_SHARE), Occur.SHOULD);
        }
    }

    /**
     * Ranks up what teaches a concept the query names, more what a guide picked for it, and what a creator it names
     * made, each in proportion to the share of the query's words that name it: "transformers" in a long question
     * about positions says little about what is wanted. BM25's IDF tempers concepts that many documents teach.
     */
    private void addLinks(BooleanQuery.Builder query, List<Unit> units, int words) {
        Map<String, Float> concepts = new LinkedHashMap<>();
        Map<String, Float> creators = new LinkedHashMap<>();
        for (Unit unit : units) {
            unit.concepts().forEach(c -> concepts.merge(c, (float) unit.words() / words, Float::sum));
            unit.creators().forEach(c -> creators.merge(c, (float) unit.words() / words, Float::sum));
        }
        concepts.forEach((concept, share) -> {
            query.add(link(Field.TEACHES, concept, TEACHES_BOOST * share), Occur.SHOULD);
            query.add(link(Field.PICKED_FOR, concept, PICKED_BOOST * share), Occur.SHOULD);
            query.add(link(Field.COMPANION_FOR, concept, COMPANION_BOOST * share), Occur.SHOULD);
        });
        creators.forEach((creator, share) -> query.add(link(Field.BY, creator, BY_BOOST * share), Occur.SHOULD));
    }

    /**
     * The words a snippet marks: those typed and the one-word synonyms. The words of a longer synonym are left
     * unmarked; alone, they are often common words ("making things up").
     */
    static Set<String> highlight(List<Unit> units) {
        Set<String> terms = new HashSet<>();
        units.forEach(u -> typedOrOneWord(u).forEach(a -> a.tokens().forEach(t -> terms.add(t.term()))));
        return Set.copyOf(terms);
    }

    /** The unit's words as typed, and its synonyms of one word. */
    private static List<Alternative> typedOrOneWord(Unit unit) {
        return unit.alternatives().stream().filter(a -> a == unit.alternatives().get(0) || a.tokens().size() == 1).toList();
    }

    private static Query link(String field, String slug, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, slug)), boost);
    }

    private Query unit(Unit unit, List<Searched> every, List<Searched> only) throws IOException {
        if (unit.alternatives().size() == 1) {
            return alternative(unit.alternatives().get(0), every, only);
        }
        List<Query> alternatives = new ArrayList<>();
        for (Alternative a : unit.alternatives()) {
            alternatives.add(boost(alternative(a, every, only), a.weight()));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private Query alternative(Alternative a, List<Searched> every, List<Searched> only) throws IOException {
        List<Searched> searched = a.inShortFields() ? only : every;
        if (a.tokens().size() == 1) {
            return BlendedTerm.of(searcher, a.tokens().get(0).term(), searched, FIELD_TIE);
        }
        List<Query> perField = new ArrayList<>();
        for (Searched field : searched) {
            perField.add(boost(match(field.id(), a), field.boost()));
        }
        return new DisjunctionMaxQuery(perField, FIELD_TIE);
    }

    /** The alternative in one field: a term, all its words anywhere ({@code loose}), or its words side by side. */
    static Query match(String field, Alternative a) {
        if (a.tokens().size() == 1) {
            return new TermQuery(new Term(field, a.tokens().get(0).term()));
        }
        if (a.loose()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            a.tokens().forEach(t -> all.add(new TermQuery(new Term(field, t.term())), Occur.MUST));
            return all.build();
        }
        return phrase(field, a.tokens(), 0);
    }

    private static Query phrase(String field, List<Token> tokens, int slop) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        int first = tokens.get(0).position();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position() - first));
        return phrase.build();
    }

    private static Query name(String key, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Field.NAME_KEY, key))), boost);
    }

    private Query proximity(List<Token> tokens) {
        List<Query> perField = new ArrayList<>();
        for (Searched field : fields.stream().filter(f -> PROXIMITY_FIELDS.contains(f.id())).toList()) {
            perField.add(boost(phrase(field.id(), tokens, PROXIMITY_SLOP), field.boost()));
        }
        return boost(new DisjunctionMaxQuery(perField, 0f), PROXIMITY_BOOST);
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
