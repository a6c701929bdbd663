package dev.syllabus.search;

import dev.syllabus.search.TextAnalysis.Token;

import java.util.List;

/**
 * One thing a query asks for: a word, a quoted phrase (required), or a name found in the query together with its
 * synonyms. {@code name} is the analysed name the learner typed, when the words form one, for the exact-name boost;
 * {@code concepts} and {@code creators} the slugs of the concepts and creators that name stands for.
 */
record Unit(List<Alternative> alternatives, boolean required, String name, List<String> concepts, List<String> creators) {
    Unit {
        alternatives = List.copyOf(alternatives);
        concepts = List.copyOf(concepts);
        creators = List.copyOf(creators);
    }

    /**
     * One way to match the unit: its tokens as a phrase (or a single term), weighted; a {@code loose} alternative
     * matches all the tokens anywhere in a field rather than side by side. The words as typed are looked for in every
     * field; {@code inShortFields} alternatives (synonyms, loose words) only in names, summaries and notes, where
     * they say what a document is about rather than mention it in passing.
     */
    record Alternative(List<Token> tokens, float weight, boolean loose, boolean inShortFields) {
        Alternative {
            tokens = List.copyOf(tokens);
        }

        /** How many leaf clauses this alternative adds per field searched. */
        int clauses() {
            return loose ? tokens.size() : 1;
        }
    }

    static Unit word(Token token) {
        return new Unit(List.of(new Alternative(List.of(token), 1f, false, false)), false, null, List.of(), List.of());
    }

    static Unit phrase(List<Token> tokens) {
        return new Unit(List.of(new Alternative(tokens, 1f, false, false)), true, null, List.of(), List.of());
    }

    /** How many of the query's words this unit stands for. */
    int words() {
        return alternatives.get(0).tokens().size();
    }

    int clauses() {
        return alternatives.stream().mapToInt(Alternative::clauses).sum() * Field.values().length + 3 * concepts.size() + creators.size() + 1;
    }
}
