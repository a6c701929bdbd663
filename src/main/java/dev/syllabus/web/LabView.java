package dev.syllabus.web;

import dev.syllabus.lab.BpeRun;
import dev.syllabus.lab.DecodeAnswer;
import dev.syllabus.lab.ParameterCount;
import dev.syllabus.lab.PositionsResult;
import dev.syllabus.lab.ScalingResult;
import dev.syllabus.lab.Tokenization;

import java.util.List;

/** What one lab computed, with its pictures already drawn, ready for its result template. */
public sealed interface LabView {
    /** The parameter counter's answer. */
    record Params(ParameterCount count) implements LabView {
    }

    /** The scaling calculator's answer and its isoFLOP plot. */
    record Scaling(ScalingResult result, String svg) implements LabView {
    }

    /** Counts in every encoding, and the tokens of the one chosen. */
    record Tokens(List<Tokenization> all, Tokenization shown) implements LabView {
    }

    /** A BPE training run. */
    record Bpe(BpeRun run) implements LabView {
    }

    /** The decoding sandbox's answer. */
    record Decode(DecodeAnswer answer) implements LabView {
    }

    /** The positional-encoding numbers and their two heatmaps. */
    record Positions(PositionsResult result, String sinusoidalSvg, String ropeSvg) implements LabView {
    }
}
