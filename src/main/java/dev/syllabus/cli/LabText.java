package dev.syllabus.cli;

import dev.syllabus.lab.BpeRun;
import dev.syllabus.lab.DecodeAnswer;
import dev.syllabus.lab.DecodingLab;
import dev.syllabus.lab.Filtered;
import dev.syllabus.lab.Generation;
import dev.syllabus.lab.ModelShape;
import dev.syllabus.lab.Numbers;
import dev.syllabus.lab.ParameterCount;
import dev.syllabus.lab.PositionsResult;
import dev.syllabus.lab.ScalingResult;
import dev.syllabus.lab.Tokenization;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The labs' results as text for a terminal: aligned tables, grouped numbers, four decimals for probabilities. */
final class LabText {
    private LabText() {
    }

    /** The TEXT argument, or standard input for "-". */
    static String input(String text) throws IOException {
        return text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
    }

    static void params(PrintWriter out, ParameterCount c) {
        ModelShape s = c.shape();
        out.printf("%s, vocabulary %s, context %s, width %s, %d layers, %d heads of %d, MLP %s (%s), %s embeddings, %s, %s, %s positions%n",
                id(s.architecture()), Numbers.grouped(s.vocab()), Numbers.grouped(s.context()), Numbers.grouped(s.width()),
                s.layers(), s.heads(), c.headDim(), Numbers.grouped(s.ffn()), id(s.mlp()), s.tied() ? "tied" : "untied",
                s.biases() ? "biases" : "no biases", id(s.norm()), id(s.positions()));
        for (ParameterCount.Component p : c.components()) {
            out.printf("  %-30s %17s   %s%n", p.name(), Numbers.grouped(p.count()), p.formula());
        }
        out.printf("  %-30s %17s%n", "total", Numbers.grouped(c.total()));
        out.printf("  %-30s %17s%n", "without embeddings", Numbers.grouped(c.nonEmbedding()));
        out.printf("  %-30s %17s   %.1f%% of the total%n", "12·L·d² rule", Numbers.grouped(c.ruleOfThumb()), 100 * c.ruleShare());
        out.printf("One head's four maps (Q, K, V, output): 4 × %s × %d = %s%n", Numbers.grouped(s.width()), c.headDim(),
                Numbers.grouped(c.headMaps()));
    }

    static void scaling(PrintWriter out, ScalingResult r) {
        out.printf("N = %s parameters, D = %s tokens, C = %s FLOP%s%n", Numbers.plain(r.params()), Numbers.plain(r.tokens()),
                Numbers.plain(r.compute()), r.computeGiven() ? " (given)" : " (6·N·D)");
        for (ScalingResult.FitAnswer f : r.fits()) {
            out.printf("%s: E %s, A %s, B %s, α %s, β %s%n", f.fit().name(), f.fit().e(), f.fit().a(), f.fit().b(),
                    f.fit().alpha(), f.fit().beta());
            out.printf("  loss at N, D: %s%n", Numbers.fixed4(f.loss()));
            out.printf("  optimum for C: N = %s, D = %s (%.1f tokens per parameter), loss %s; N grows as C^%.3f%n",
                    Numbers.plain(f.optimum().params()), Numbers.plain(f.optimum().tokens()), f.optimum().tokensPerParam(),
                    Numbers.fixed4(f.optimalLoss()), f.paramsExponent());
        }
        out.printf("20 tokens per parameter: N = %s, D = %s%n", Numbers.plain(r.twentyTokens().params()),
                Numbers.plain(r.twentyTokens().tokens()));
    }

    static void tokens(PrintWriter out, List<Tokenization> all, String chosen) {
        for (Tokenization t : all) {
            out.printf("%-12s %5d tokens  %.2f characters per token%n", t.encoding(), t.count(),
                    t.count() == 0 ? 0.0 : (double) t.characters() / t.count());
        }
        Tokenization t = all.stream().filter(x -> x.encoding().equals(chosen)).findFirst().orElseThrow();
        out.println();
        out.println(chosen + ":");
        for (Tokenization.Piece p : t.tokens()) {
            out.printf("  %7d  %-24s %s%s%n", p.id(), visible(p.text()), p.hex(), p.partial() ? "  (part of a character)" : "");
        }
    }

    static void bpe(PrintWriter out, BpeRun run) {
        out.printf("%d words, %d characters, %d symbols to start (vocabulary %d)%n", run.words(), run.characters(),
                run.initialTokens(), run.initialVocabulary().size());
        for (BpeRun.Step s : run.steps()) {
            out.printf("  %3d. %-10s + %-10s -> %-14s %4d times  %5d tokens  vocabulary %d%n", s.step(), visible(s.left()),
                    visible(s.right()), visible(s.merged()), s.count(), s.tokens(), s.vocabulary());
        }
        out.println(run.stopped().substring(0, 1).toUpperCase(Locale.ROOT) + run.stopped().substring(1) + ".");
        out.println("Segmentation: " + String.join(" ", run.segmentation().stream().map(LabText::visible).toList()));
    }

    static void decode(PrintWriter out, DecodeAnswer a) {
        if (a.logits() != null) {
            DecodingLab.Result r = a.logits();
            distribution(out, r.distribution());
            if (r.samples() > 0) {
                out.printf("%d draws with seed %d:%n", r.samples(), r.seed());
                r.draws().forEach(d -> out.printf("  %-12s %6d%n", d.token(), d.times()));
            }
            return;
        }
        DecodeAnswer.NGramNext next = a.next();
        out.printf("%d-gram model of the knowledge base (%s words); the prompt matched %d word%s of context%n", next.order(),
                Numbers.grouped(next.vocabulary()), next.matched(), next.matched() == 1 ? "" : "s");
        distribution(out, new Filtered(next.distribution().settings(), next.distribution().rows().subList(0,
                Math.min(10, next.distribution().rows().size())), next.distribution().kept()));
        Generation g = a.generation();
        out.println(id(g.strategy()) + ": " + g.text());
        if (!g.scoreFormula().isEmpty()) {
            out.println(g.scoreFormula());
            for (Generation.StepTrace s : g.steps()) {
                out.printf("  %2d. %-12s", s.step(), s.chosen());
                s.candidates().forEach(c -> out.printf("  %s p %.3f pen %.3f score %.3f", c.token(), c.probability(), c.penalty(), c.score()));
                out.println();
            }
        }
        g.beams().forEach(b -> out.printf("  %8.3f  %s%n", b.logProbability(), String.join(" ", b.tokens())));
    }

    private static void distribution(PrintWriter out, Filtered f) {
        out.printf("  %-12s %8s %8s  %-6s %-6s %-6s %8s%n", "token", "logit", "p", "top-k", "top-p", "min-p", "final");
        for (Filtered.Row r : f.rows()) {
            out.printf("  %-12s %8.3f %8s  %-6s %-6s %-6s %8s%n", r.token(), r.logit(), Numbers.fixed4(r.probability()),
                    mark(r.topK()), mark(r.topP()), mark(r.minP()), Numbers.fixed4(r.finalProbability()));
        }
        out.printf("%d kept%n", f.kept());
    }

    static void positions(PrintWriter out, PositionsResult r) {
        out.printf("%d positions, dimension %d, base %s, query and key drawn with seed %d%n", r.positions(), r.dimension(),
                Numbers.plain(r.base()), r.seed());
        out.println("Scores at the same offset n − m from different positions m:");
        for (PositionsResult.Offset o : r.offsets()) {
            out.printf("  offset %d:%n", o.offset());
            for (PositionsResult.Pair p : o.pairs()) {
                out.printf("    m %2d, n %2d   RoPE %12.8f   sinusoidal added %12.8f%n", p.m(), p.n(), p.rope(), p.added());
            }
            out.printf("    spread: RoPE %.2e, sinusoidal added %.2e%n", o.ropeSpread(), o.addedSpread());
        }
    }

    private static String mark(boolean kept) {
        return kept ? "kept" : "-";
    }

    private static String visible(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace(" ", "·");
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
