package dev.syllabus.lab;

import java.util.List;

/**
 * A byte-pair-encoding training run on a learner's text: the starting symbols, every merge in order with how often
 * its pair occurred and what the text then counted, and the text's final segmentation. {@code stopped} says why it
 * ended (the merges asked for, or no pair left that occurs twice).
 */
public record BpeRun(int words, int characters, int initialTokens, List<String> initialVocabulary, List<Step> steps,
                     List<String> segmentation, String stopped) {
    /** One merge: the pair joined, its count, the new symbol, and the text's token count and vocabulary after it. */
    public record Step(int step, String left, String right, String merged, int count, int tokens, int vocabulary,
                       List<String> example) {
    }
}
