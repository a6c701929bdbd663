package dev.syllabus.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenizerLabTest {
    @Test
    void helloWorldInCl100k() {
        assertThat(ids(TokenizerLab.encode(TokenizerLab.Name.CL100K_BASE, "Hello world!"))).containsExactly(9906, 1917, 0);
    }

    @Test
    void helloWorldInO200k() {
        assertThat(ids(TokenizerLab.encode(TokenizerLab.Name.O200K_BASE, "Hello world!"))).containsExactly(13225, 2375, 0);
    }

    @Test
    void everyEncodingIsOffered() {
        assertThat(TokenizerLab.encodeAll("x").stream().map(Tokenization::encoding))
                .containsExactly("r50k_base", "p50k_base", "cl100k_base", "o200k_base");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theTokensBytesSpellTheTextExactly(long seed) {
        String text = randomText(new SplittableRandom(seed));
        for (Tokenization t : TokenizerLab.encodeAll(text)) {
            StringBuilder hex = new StringBuilder();
            t.tokens().forEach(p -> hex.append(p.hex().replace(" ", "")));
            assertThat(new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8)).as(t.encoding()).isEqualTo(text);
            assertThat(t.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            assertThat(t.count()).isEqualTo(t.tokens().size());
        }
    }

    @Test
    void aTokenHoldingPartOfACharacterIsMarkedPartial() {
        Tokenization t = TokenizerLab.encode(TokenizerLab.Name.R50K_BASE, "🦙");
        assertThat(t.tokens()).anyMatch(Tokenization.Piece::partial);
    }

    @ParameterizedTest
    @EnumSource(TokenizerLab.Name.class)
    void specialTokenTextIsEncodedAsOrdinaryText(TokenizerLab.Name name) {
        assertThat(TokenizerLab.encode(name, "<|endoftext|>").count()).isGreaterThan(1);
    }

    @Test
    void aMegabyteOfTextIsRefusedWithTheCap() {
        assertThatThrownBy(() -> TokenizerLab.encodeAll("a".repeat(1 << 20))).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("text:").hasMessageContaining("4,000");
    }

    @Test
    void bpeMergesTheMostFrequentPairFirst() {
        BpeRun run = BpeTrainer.train("low lower lowest low", 3);
        assertThat(run.steps().get(0).merged()).isIn("lo", "ow");
        assertThat(run.steps().get(0).count()).isEqualTo(4);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void everyMergeShrinksTheTextAndTheSegmentationStillSpellsIt(long seed) {
        String text = randomText(new SplittableRandom(seed)).replace('▁', '_');
        BpeRun run = BpeTrainer.train(text, 60);
        int before = run.initialTokens();
        for (BpeRun.Step s : run.steps()) {
            assertThat(s.tokens()).isLessThan(before);
            assertThat(before - s.tokens()).isEqualTo(s.count());
            before = s.tokens();
        }
        assertThat(String.join("", run.segmentation())).isEqualTo(String.join("", BpeTrainer.words(text)));
    }

    @Test
    void bpeStopsWhenNoPairRepeats() {
        BpeRun run = BpeTrainer.train("abc", 10);
        assertThat(run.steps()).isEmpty();
        assertThat(run.stopped()).contains("no pair");
    }

    @Test
    void bpeRefusesTooManyMergesNamingTheCap() {
        assertThatThrownBy(() -> BpeTrainer.train("aaaa", 100_000)).isInstanceOf(LabInputException.class)
                .hasMessageStartingWith("merges:").hasMessageContaining("500");
    }

    private static int[] ids(Tokenization t) {
        return t.tokens().stream().mapToInt(Tokenization.Piece::id).toArray();
    }

    static String randomText(SplittableRandom r) {
        String[] words = {"the", "attention", "token", "héllo", "naïve", "日本語", "🦙", "rope", "  ", "\n", "12345", "!?"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            s.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
        }
        return s.toString();
    }
}
