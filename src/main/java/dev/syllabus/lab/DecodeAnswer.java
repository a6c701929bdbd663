package dev.syllabus.lab;

/**
 * The decoding sandbox's answer: for typed logits the filtered distribution and seeded draws, for the n-gram model
 * the distribution after the prompt (through the same filters) and the continuation; the other part is null.
 */
public record DecodeAnswer(String source, DecodingLab.Result logits, NGramNext next, Generation generation) {
    /** The n-gram model's next-word distribution after the prompt, with how many words of context it matched. */
    public record NGramNext(int order, int vocabulary, int matched, Filtered distribution) {
    }
}
