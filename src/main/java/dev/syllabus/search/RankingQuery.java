package dev.syllabus.search;

import dev.syllabus.search.TextAnalysis.Token;
import dev.syllabus.search.Unit.Alternative;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Lucene query from a query's units, by hand rather than through a query parser, so no user text is ever
 * read as syntax. BM25 scores each field; a unit takes its best field plus a share of the others (names outweigh
 * summaries and notes, which outweigh body text); units add up. On top: a boost when the words are exactly a name
 * of the document, and one when they stand close together in its names or summary.
 */
final class RankingQuery {
    /** How much the other matching fields add to a unit's best field. */
    static final float FIELD_TIE = 0.3f;
    static final float NAME_BOOST = 6f;
    static final float PROXIMITY_BOOST = 1.5f;
    private static final int PROXIMITY_SLOP = 3;
    private static final List<Field> PROXIMITY_FIELDS = List.of(Field.TITLE, Field.NAMES, Field.SUMMARY, Field.NOTES);

    private RankingQuery() {
    }

    static Query of(List<Unit> units, String wholeName, List<Token> looseTokens) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Unit unit : units) {
            query.add(unit(unit), unit.required() ? Occur.MUST : Occur.SHOULD);
            if (unit.name() != null && !unit.name().equals(wholeName)) {
                query.add(name(unit.name(), NAME_BOOST / 2), Occur.SHOULD);
            }
        }
        if (!wholeName.isEmpty()) {
            query.add(name(wholeName, NAME_BOOST), Occur.SHOULD);
        }
        if (looseTokens.size() >= 2) {
            query.add(proximity(looseTokens), Occur.SHOULD);
        }
        return query.build();
    }

    private static Query unit(Unit unit) {
        if (unit.alternatives().size() == 1) {
            return alternative(unit.alternatives().get(0));
        }
        List<Query> alternatives = new ArrayList<>();
        for (Alternative a : unit.alternatives()) {
            alternatives.add(boost(alternative(a), a.weight()));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query alternative(Alternative a) {
        List<Query> perField = new ArrayList<>();
        for (Field field : Field.values()) {
            perField.add(boost(match(field.id(), a), field.boost()));
        }
        return new DisjunctionMaxQuery(perField, FIELD_TIE);
    }

    private static Query match(String field, Alternative a) {
        if (a.tokens().size() == 1) {
            return new TermQuery(new Term(field, a.tokens().get(0).term()));
        }
        if (a.loose()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            a.tokens().forEach(t -> any.add(new TermQuery(new Term(field, t.term())), Occur.SHOULD));
            return any.build();
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

    private static Query proximity(List<Token> tokens) {
        List<Query> perField = new ArrayList<>();
        for (Field field : PROXIMITY_FIELDS) {
            perField.add(boost(phrase(field.id(), tokens, PROXIMITY_SLOP), field.boost()));
        }
        return boost(new DisjunctionMaxQuery(perField, 0f), PROXIMITY_BOOST);
    }

    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
