package dev.syllabus.search;

import dev.syllabus.search.QueryPlan.Outcome;
import dev.syllabus.search.QueryText.Part;
import dev.syllabus.search.Speller.Corrected;
import dev.syllabus.search.TextAnalysis.Token;
import dev.syllabus.search.Unit.Alternative;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a learner typed into a query plan: cut to length, misspellings corrected, quoted phrases kept whole,
 * names recognised and expanded with their synonyms, everything else searched word by word.
 */
final class QueryPlanner {
    /** Synonyms count a little less than the words the learner actually typed. */
    static final float SYNONYM_WEIGHT = 0.3f;
    /** The words of a multi-word name matched anywhere, not side by side. */
    static final float LOOSE_WEIGHT = 0.4f;
    /** The words as typed, loosely, and the first synonyms: a name's first aliases are its most common ones. */
    static final int MAX_ALTERNATIVES = 8;
    /** Leaf clauses (one per field per term or phrase) a query may have; BooleanQuery refuses more than 1024. */
    static final int CLAUSE_BUDGET = 700;

    private final TextAnalysis analysis;
    private final Synonyms synonyms;
    private final Speller speller;
    private final RankingQuery ranking;
    private final KindWords kindWords;

    QueryPlanner(TextAnalysis analysis, Synonyms synonyms, Speller speller, RankingQuery ranking) {
        this.analysis = analysis;
        this.kindWords = new KindWords(analysis);
        this.synonyms = synonyms;
        this.speller = speller;
        this.ranking = ranking;
    }

    QueryPlan plan(String raw) throws IOException {
        QueryText typed = QueryText.of(raw, analysis);
        List<String> notices = new ArrayList<>();
        if (typed.shortened()) {
            notices.add("The query is long: only its first " + QueryText.MAX_WORDS + " words were searched.");
        }
        if (typed.isBlank()) {
            return new QueryPlan(Outcome.BROWSE, "", null, notices);
        }
        Corrected corrected = speller.correct(typed.text());
        noteCorrections(corrected, notices);
        List<Part> parts = QueryText.split(corrected.text());
        List<Unit> units = new ArrayList<>();
        parts.forEach(part -> addUnits(part, units));
        if (units.isEmpty()) {
            notices.add("There is nothing to search for in '" + abbreviate(typed.text()) + "': type a topic, a title or a "
                    + "name, such as causal masking, rope or Karpathy.");
            return new QueryPlan(Outcome.NOTHING_TO_SEARCH, corrected.text(), null, notices);
        }
        String exact = analysis.indexKey(corrected.text());
        String withoutQuestion = Synonyms.join(units.stream().flatMap(u -> u.alternatives().get(0).tokens().stream()).toList());
        return new QueryPlan(Outcome.SEARCH, corrected.text(), ranking.build(units, new RankingQuery.Names(exact, withoutQuestion),
                phrases(parts), kindWords.asked(units)), notices);
    }

    private static void noteCorrections(Corrected corrected, List<String> notices) {
        if (!corrected.corrections().isEmpty()) {
            notices.add("Showing results for \"" + corrected.text() + "\": " + corrected.corrections().stream()
                    .map(c -> "\"" + c.typed() + "\" is not in the knowledge base")
                    .collect(Collectors.joining("; ")) + ".");
        }
    }

    /** Side by side, the content words make a phrase; so do all the words, for a typed title ("but what is a GPT"). */
    private List<List<Token>> phrases(List<Part> parts) {
        List<Token> content = new ArrayList<>();
        List<Token> all = new ArrayList<>();
        parts.stream().filter(p -> !p.quoted()).forEach(part -> {
            append(content, analysis.queryTokens(part.text()));
            append(all, analysis.indexTokens(part.text()));
        });
        Set<List<String>> seen = new LinkedHashSet<>();
        List<List<Token>> phrases = new ArrayList<>();
        for (List<Token> words : List.of(content, all)) {
            if (seen.add(words.stream().map(Token::term).toList())) {
                phrases.add(words);
            }
        }
        return phrases;
    }

    /** Appends the words of one part after those of the parts before, a position apart so no phrase spans the gap. */
    private static void append(List<Token> words, List<Token> more) {
        int base = words.isEmpty() ? 0 : words.get(words.size() - 1).position() + 2;
        more.forEach(t -> words.add(new Token(t.term(), base + t.position(), t.start(), t.end())));
    }

    private void addUnits(Part part, List<Unit> units) {
        if (part.quoted()) {
            List<Token> tokens = analysis.indexTokens(part.text());
            if (!tokens.isEmpty()) {
                units.add(Unit.phrase(tokens));
            }
            return;
        }
        List<Token> tokens = analysis.queryTokens(part.text());
        int used = units.stream().mapToInt(Unit::clauses).sum();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Synonyms.Match> match = synonyms.longestAt(tokens, i);
            int left = (CLAUSE_BUDGET - used) / Field.values().length - (tokens.size() - i);
            Unit unit = match.isPresent() ? named(tokens, match.get(), left) : Unit.word(tokens.get(i));
            units.add(unit);
            used += unit.clauses();
            i += match.map(Synonyms.Match::length).orElse(1);
        }
    }

    /** A recognised name: as typed (side by side, then loose), or as any of its synonyms, within the clause budget. */
    private static Unit named(List<Token> tokens, Synonyms.Match match, int budget) {
        List<Token> typed = tokens.subList(match.start(), match.start() + match.length());
        List<Alternative> alternatives = new ArrayList<>(List.of(new Alternative(typed, 1f, false, false)));
        if (typed.size() > 1) {
            alternatives.add(new Alternative(typed, LOOSE_WEIGHT, true, true));
        }
        int used = alternatives.stream().mapToInt(Alternative::clauses).sum();
        for (List<Token> other : match.others()) {
            if (used + 1 > budget || alternatives.size() >= MAX_ALTERNATIVES) {
                break;
            }
            alternatives.add(new Alternative(other, SYNONYM_WEIGHT, false, true));
            used++;
        }
        return new Unit(alternatives, false, match.key(), match.concepts(), match.creators());
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
