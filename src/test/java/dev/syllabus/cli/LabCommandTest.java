package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

class LabCommandTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"gpt2-small, 124439808", "gpt2-medium, 354823168", "gpt2-large, 774030080", "gpt2-xl, 1557611200"})
    void paramsPrintsThePublishedGpt2Counts(String preset, long total) {
        assertThat(syllabus("lab", "params", "--preset", preset, "--format", "json").succeeds().json().get("total").asLong())
                .isEqualTo(total);
    }

    @Test
    void paramsOverridesThePresetWithTheOptionsGiven() {
        CliRun run = syllabus("lab", "params", "--preset", "gpt3").succeeds();
        assertThat(run.out()).contains("4 × 12,288 × 128 = 6,291,456");
    }

    @Test
    void scalingPrintsChinchillasLossAtItsOwnSize() {
        assertThat(syllabus("lab", "scaling", "--params", "70e9", "--tokens", "1.4e12").succeeds().out())
                .contains("loss at N, D: 1.9366");
    }

    @Test
    void scalingWritesThePlotWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path svg = dir.resolve("plot.svg");
        syllabus("lab", "scaling", "--svg", svg.toString()).succeeds();
        assertThat(Files.readString(svg)).startsWith("<svg").endsWith("</svg>");
        assertThat(dir.toFile().list()).containsExactly("plot.svg");
    }

    @Test
    void tokenizePrintsTheIdsOfTheChosenEncoding() {
        String out = syllabus("lab", "tokenize", "Hello world!", "--encoding", "o200k_base").succeeds().out();
        assertThat(out).containsPattern("13225\\s+Hello").containsPattern("2375\\s+·world");
    }

    @Test
    void bpeShowsItsMerges() {
        assertThat(syllabus("lab", "bpe", "low lower lowest", "--merges", "2").succeeds().out()).contains("1.", "2.", "Segmentation");
    }

    @Test
    void decodeKeepsThreeTokensAtTopPointNine() {
        assertThat(syllabus("lab", "decode", "--logits", "2,1,0,-1", "--top-p", "0.9", "--format", "json").succeeds()
                .json().at("/logits/distribution/kept").asInt()).isEqualTo(3);
    }

    @Test
    void decodeContinuesAPromptFromTheKnowledgeBase() {
        CliRun run = syllabus("lab", "decode", "--source", "ngram", "--prompt", "the attention", "--strategy", "beam", "--steps", "4").succeeds();
        assertThat(run.out()).contains("beam: the attention");
    }

    @Test
    void positionsShowsRopeScoresDependOnlyOnTheOffset() {
        assertThat(syllabus("lab", "positions", "--positions", "16", "--dimension", "8").succeeds().out()).contains("spread: RoPE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "lab params --width -768|width: must be a whole number from 1 to 100,000",
            "lab scaling --tokens 1e30|tokens: must be from 1,000 to 1.000e16",
            "lab scaling --params NaN|params: must be a number",
            "lab decode --beam 1000 --source ngram|beam: must be a whole number from 1 to 8",
            "lab positions --positions 100000|positions: must be a whole number from 2 to 64",
            "lab params --preset gpt5|preset: must be one of gpt2-small",
            "lab decode --temperature -1|temperature: must be from 0 to 100"})
    void badInputIsAUsageErrorNamingTheField(String args, String message) {
        syllabus(args.split(" ")).isUsageError(message);
    }

    @Test
    void aMegabyteOfTextIsAUsageErrorWithTheCap() {
        syllabus("lab", "tokenize", "a".repeat(1 << 20)).isUsageError("text: is 1,048,576 characters long", "4,000");
    }

    @Test
    void labWithoutANameIsAUsageError() {
        syllabus("lab").isUsageError("name a lab");
    }
}
