package dev.syllabus.cli;

import dev.syllabus.lab.BpeRun;
import dev.syllabus.lab.DecodeAnswer;
import dev.syllabus.lab.Heatmap;
import dev.syllabus.lab.KnowledgeText;
import dev.syllabus.lab.LabRequests;
import dev.syllabus.lab.NGramModel;
import dev.syllabus.lab.PositionsResult;
import dev.syllabus.lab.ScalingPlot;
import dev.syllabus.lab.ScalingResult;
import dev.syllabus.lab.Tokenization;
import dev.syllabus.view.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/** The lab subcommands: options named as the web form's fields, read by {@link LabRequests}, printed by {@link LabText}. */
final class LabCommands {
    private LabCommands() {
    }

    /** What every lab subcommand shares: the output format and the way results are printed. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        FormatOption output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        int print(Object result, Runnable text) {
            if (output.json()) {
                out().println(Json.pretty(result));
            } else {
                text.run();
            }
            out().flush();
            return 0;
        }

        /** Writes a picture all or nothing: to a temporary file beside the target, then moved into place. */
        static void writeSvg(Path target, String svg) {
            try {
                Path dir = target.toAbsolutePath().getParent();
                Path tmp = Files.createTempFile(dir, ".lab", ".svg");
                Files.writeString(tmp, svg, StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UsageError("--svg " + target + ": cannot write there (" + e.getMessage() + "); choose a file in a writable folder");
            }
        }
    }

    @Command(name = "params", mixinStandardHelpOptions = true, description = {"Count a transformer's parameters exactly, "
            + "by component, beside the 12·L·d² rule.", "Start from --preset (gpt2-small, gpt2-medium, gpt2-large, gpt2-xl, "
            + "gpt3, bert-base, llama2-7b); options you give override it."})
    static final class Params extends Base {
        @Option(names = "--preset", paramLabel = "NAME") String preset;
        @Option(names = "--architecture", paramLabel = "decoder|encoder") String architecture;
        @Option(names = "--vocab", paramLabel = "V") String vocab;
        @Option(names = "--context", paramLabel = "T") String context;
        @Option(names = "--width", paramLabel = "D") String width;
        @Option(names = "--layers", paramLabel = "L") String layers;
        @Option(names = "--heads", paramLabel = "H") String heads;
        @Option(names = "--ffn", paramLabel = "F", description = "MLP hidden width; default 4 × width") String ffn;
        @Option(names = "--tied", paramLabel = "yes|no") String tied;
        @Option(names = "--biases", paramLabel = "yes|no") String biases;
        @Option(names = "--norm", paramLabel = "layernorm|rmsnorm") String norm;
        @Option(names = "--positions", paramLabel = "learned|rotary") String positions;
        @Option(names = "--mlp", paramLabel = "gelu|swiglu") String mlp;

        @Override
        public Integer call() {
            var count = LabRequests.params(LabCommand.typed(spec, "format"));
            return print(count, () -> LabText.params(out(), count));
        }
    }

    @Command(name = "scaling", mixinStandardHelpOptions = true, description = {"Chinchilla's loss law L(N, D) with the "
            + "paper's and Epoch AI's refit constants, C ≈ 6ND, and the compute-optimal N and D for a budget."})
    static final class Scaling extends Base {
        @Option(names = "--params", paramLabel = "N", description = "Parameters, 1e3 to 1e15. Default: 70e9.") String params;
        @Option(names = "--tokens", paramLabel = "D", description = "Training tokens, 1e3 to 1e16. Default: 1.4e12.") String tokens;
        @Option(names = "--compute", paramLabel = "C", description = "Budget in FLOP, 1e9 to 1e30. Default: 6·N·D.") String compute;
        @Option(names = "--svg", paramLabel = "FILE", description = "Also write the isoFLOP plot to FILE.") Path svg;

        @Override
        public Integer call() {
            ScalingResult r = LabRequests.scaling(LabCommand.typed(spec, "format", "svg"));
            if (svg != null) {
                writeSvg(svg, ScalingPlot.svg(r));
            }
            return print(r, () -> LabText.scaling(out(), r));
        }
    }

    @Command(name = "tokenize", mixinStandardHelpOptions = true, description = {"TEXT through r50k_base, p50k_base, "
            + "cl100k_base and o200k_base: token counts for all, tokens with ids and bytes for one."})
    static final class Tokenize extends Base {
        @Parameters(index = "0", paramLabel = "TEXT", description = "Up to 4,000 characters; - reads standard input.") String text;
        @Option(names = "--encoding", paramLabel = "NAME", description = "Whose tokens to list. Default: cl100k_base.") String encoding;

        @Override
        public Integer call() throws IOException {
            var fields = new dev.syllabus.lab.Fields(java.util.Map.of("text", LabText.input(text),
                    "encoding", encoding == null ? "cl100k_base" : encoding));
            List<Tokenization> all = LabRequests.tokenize(fields);
            var chosen = LabRequests.encoding(fields);
            return print(all, () -> LabText.tokens(out(), all, chosen.id()));
        }
    }

    @Command(name = "bpe", mixinStandardHelpOptions = true, description = {"Train byte-pair encoding on TEXT and show "
            + "each merge: the pair, its count, the text's token count after it."})
    static final class Bpe extends Base {
        @Parameters(index = "0", paramLabel = "TEXT", description = "Up to 4,000 characters; - reads standard input.") String text;
        @Option(names = "--merges", paramLabel = "N", description = "1 to 500. Default: 10.") String merges;

        @Override
        public Integer call() throws IOException {
            BpeRun run = LabRequests.bpe(new dev.syllabus.lab.Fields(java.util.Map.of("text", LabText.input(text),
                    "merges", merges == null ? "10" : merges)));
            return print(run, () -> LabText.bpe(out(), run));
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true, description = {"A next-token distribution through "
            + "temperature, top-k, top-p and min-p with seeded draws (--logits), or an n-gram model trained on the "
            + "knowledge base continuing --prompt by greedy, sample, beam or contrastive search (--source ngram)."})
    static final class Decode extends Base {
        @Mixin ContentOption content;
        @Option(names = "--source", paramLabel = "logits|ngram") String source;
        @Option(names = "--logits", paramLabel = "L", description = "e.g. \"2, 1, 0, -1\" or \"cat=2, dog=1\". Default: 2, 1, 0, -1.") String logits;
        @Option(names = "--temperature", paramLabel = "T") String temperature;
        @Option(names = "--top-k", paramLabel = "K") String topK;
        @Option(names = "--top-p", paramLabel = "P") String topP;
        @Option(names = "--min-p", paramLabel = "P") String minP;
        @Option(names = "--samples", paramLabel = "N") String samples;
        @Option(names = "--seed", paramLabel = "S") String seed;
        @Option(names = "--prompt", paramLabel = "WORDS") String prompt;
        @Option(names = "--strategy", paramLabel = "greedy|sample|beam|contrastive") String strategy;
        @Option(names = "--order", paramLabel = "N", description = "n-gram order, 1 to 5. Default: 3.") String order;
        @Option(names = "--steps", paramLabel = "N") String steps;
        @Option(names = "--beam", paramLabel = "W") String beam;
        @Option(names = "--k", paramLabel = "K") String k;
        @Option(names = "--alpha", paramLabel = "A") String alpha;

        @Override
        public Integer call() {
            DecodeAnswer a = LabRequests.decode(LabCommand.typed(spec, "format", "content"),
                    n -> NGramModel.train(KnowledgeText.of(content.load().kb()), n));
            return print(a, () -> LabText.decode(out(), a));
        }
    }

    @Command(name = "positions", mixinStandardHelpOptions = true, description = {"Sinusoidal and rotary position "
            + "encodings, and the RoPE property: a query–key score that depends only on the offset."})
    static final class Positions extends Base {
        @Option(names = "--positions", paramLabel = "N", description = "2 to 64. Default: 32.") String positions;
        @Option(names = "--dimension", paramLabel = "D", description = "Even, 2 to 128. Default: 64.") String dimension;
        @Option(names = "--base", paramLabel = "B", description = "Default: 10000.") String base;
        @Option(names = "--seed", paramLabel = "S") String seed;
        @Option(names = "--svg", paramLabel = "FILE", description = "Also write the two heatmaps to FILE-sinusoidal.svg and FILE-rope.svg.") Path svg;

        @Override
        public Integer call() {
            PositionsResult r = LabRequests.positions(LabCommand.typed(spec, "format", "svg"));
            if (svg != null) {
                String stem = svg.toString().replaceFirst("\\.svg$", "");
                writeSvg(Path.of(stem + "-sinusoidal.svg"), Heatmap.svg(r.sinusoidal(), "Sinusoidal encodings", "dimension", "position"));
                writeSvg(Path.of(stem + "-rope.svg"), Heatmap.svg(r.ropeScores(), "RoPE scores", "key position", "query position"));
            }
            return print(r, () -> LabText.positions(out(), r));
        }
    }
}
