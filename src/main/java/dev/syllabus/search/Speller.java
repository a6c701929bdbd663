package dev.syllabus.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typo tolerance: a word of five letters or more that the index has never seen, in any form, is replaced by the
 * commonest indexed word one edit away ("chinchila" becomes "chinchilla"). Correcting the word, rather than only
 * matching it fuzzily, lets the corrected word find its synonyms too, and lets the learner see what was searched.
 */
final class Speller {
    static final int MIN_LENGTH = 5;

    private final IndexReader reader;
    private final TextAnalysis analysis;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Speller(IndexReader reader, TextAnalysis analysis) {
        this.reader = reader;
        this.analysis = analysis;
        checker.setMaxEdits(1);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(MIN_LENGTH);
    }

    /** A word replaced in the text: what the learner typed and what was searched instead. */
    record Correction(String typed, String searched) {
    }

    /** The text with its unknown words corrected, and the corrections made. */
    record Corrected(String text, List<Correction> corrections) {
    }

    Corrected correct(String text) throws IOException {
        StringBuilder out = new StringBuilder();
        List<Correction> corrections = new ArrayList<>();
        int copied = 0;
        for (TextAnalysis.Token word : analysis.plainTokens(text)) {
            if (!needsCorrection(word.term())) {
                continue;
            }
            SuggestWord[] similar = checker.suggestSimilar(new Term(Field.SPELLING, word.term()), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (similar.length > 0) {
                out.append(text, copied, word.start()).append(similar[0].string);
                copied = word.end();
                corrections.add(new Correction(text.substring(word.start(), word.end()), similar[0].string));
            }
        }
        out.append(text.substring(copied));
        return new Corrected(out.toString(), corrections);
    }

    private boolean needsCorrection(String word) throws IOException {
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)
                || reader.docFreq(new Term(Field.SPELLING, word)) > 0) {
            return false;
        }
        for (TextAnalysis.Token stem : analysis.indexTokens(word)) {
            for (Field field : Field.values()) {
                if (reader.docFreq(new Term(field.id(), stem.term())) > 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
