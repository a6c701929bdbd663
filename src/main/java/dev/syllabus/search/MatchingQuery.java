package dev.syllabus.search;

import dev.syllabus.search.TextAnalysis.Token;
import dev.syllabus.search.Unit.Alternative;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the query of which documents match a search: it decides what is counted and ranked, and scores nothing. */
final class MatchingQuery {
    private final List<RankingQuery.Searched> matchFields;
    private final List<RankingQuery.Searched> shortMatchFields;
    private final NameMatches knownNames;

    /**
     * @param matchFields      where the words as typed are looked for: the short match field and the body
     * @param shortMatchFields where synonyms and loose words are looked for
     * @param knownNames       the documents of every known name, found when the index was built
     */
    MatchingQuery(List<RankingQuery.Searched> matchFields, List<RankingQuery.Searched> shortMatchFields, NameMatches knownNames) {
        this.matchFields = matchFields;
        this.shortMatchFields = shortMatchFields;
        this.knownNames = knownNames;
    }

    /**
     * Which documents match, in the two match fields: quoted phrases must; of the other units, one must when there
     * are one or two, and all but one when there are more, so a long question is not answered by every page that
     * shares one of its words. Nothing is scored, so plain term and phrase queries are enough.
     */
    Query of(List<Unit> units) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Unit unit : units) {
            query.add(matching(unit), unit.required() ? Occur.MUST : Occur.SHOULD);
        }
        long optional = units.stream().filter(u -> !u.required()).count();
        query.setMinimumNumberShouldMatch(optional <= 2 ? Math.min(1, (int) optional) : (int) optional - 1);
        return query.build();
    }

    /**
     * A unit matches by any of its alternatives. In the short match field, a known name (a synonym, or a name typed
     * as it is known) matches by the documents found for it when the index was built.
     */
    private Query matching(Unit unit) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<List<Token>> synonyms = new ArrayList<>();
        for (Alternative a : unit.alternatives()) {
            boolean known = !a.loose() && knownNames.knows(a.tokens());
            for (RankingQuery.Searched field : a.inShortFields() ? shortMatchFields : matchFields) {
                if (known && field.id().equals(Field.MATCH_SHORT)) {
                    synonyms.add(a.tokens());
                } else {
                    any.add(RankingQuery.match(field.id(), a), Occur.SHOULD);
                }
            }
        }
        if (!synonyms.isEmpty()) {
            any.add(new MatchedDocs(knownNames.union(synonyms)), Occur.SHOULD);
        }
        return any.build();
    }
}
