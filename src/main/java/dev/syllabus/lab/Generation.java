package dev.syllabus.lab;

import java.util.List;

/**
 * A continuation of a prompt by one decoding strategy: the words chosen, a trace of each step (the candidates
 * considered with their probabilities and, for contrastive search, their penalties and scores) and, for beam search,
 * the final beams with their log-probabilities.
 */
public record Generation(Strategy strategy, String prompt, List<String> continuation, String text, List<StepTrace> steps,
                         List<Beam> beams, String scoreFormula) {
    /** The decoding strategies of the sandbox. */
    public enum Strategy { GREEDY, SAMPLE, BEAM, CONTRASTIVE }

    /** One step: how much context the model matched, the word chosen, and the top candidates it chose among. */
    public record StepTrace(int step, int matched, String chosen, List<Choice> candidates) {
    }

    /** A candidate at a step: its probability, its degeneration penalty and its score (contrastive search only). */
    public record Choice(String token, double probability, double penalty, double score) {
    }

    /** One beam at the end: its words and the sum of their log-probabilities. */
    public record Beam(List<String> tokens, double logProbability) {
    }
}
