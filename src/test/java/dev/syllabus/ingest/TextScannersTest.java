package dev.syllabus.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lengths, timestamps and creator names as guides write them in prose. */
class TextScannersTest {

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = ';', value = {
            "A legendary **1h56m** hands-on tutorial; 116; false",
            "A **3.5-hour** masterclass; 210; false",
            "A ~2-hour masterclass building a GPT; 120; true",
            "Intro to Large Language Models (~1hr YouTube); 60; true",
            "“Let’s build GPT from scratch” (~2hr YouTube); 120; true",
            "A 2h13m deep dive; 133; false",
            "a 26-minute video; 26; false",
            "Visual Intuition (~2 hours); 120; true"})
    void statedLengthsAreRead(String text, int minutes, boolean approximate) {
        StatedLength l = Lengths.find(text, s -> { }).orElseThrow();

        assertThat(l.minutes().value()).isEqualTo(minutes);
        assertThat(l.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"~6.3M params: key, query, value", "scales up to GPT-3's 96 heads", "~2-3 hours to get a working result",
            "12 × n_layers × d_model²", "Released February 2024", "in ~400 lines of runnable code"})
    void numbersThatAreNotRunningTimesAreLeftAlone(String text) {
        assertThat(Lengths.find(text, s -> { })).isEmpty();
    }

    @Test
    void aLengthLateInALongNoteIsReadWithItsQualifier() {
        String note = "Read it twice, slowly, with a notebook open beside it. ".repeat(20) + "It runs approx. 12.5 hours in all.";

        StatedLength l = Lengths.find(note, s -> { }).orElseThrow();

        assertThat(l.minutes().value()).isEqualTo(750);
        assertThat(l.approximate()).isTrue();
        assertThat(l.written()).isEqualTo("approx. 12.5 hours");
    }

    @ParameterizedTest(name = "the sentence of \"{0}\" ends after \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "One idea. Another|One idea.",
            "By James H. Martin. More|By James H. Martin.",
            "Vaswani et al. show it! Next|Vaswani et al. show it!",
            "Use e.g. a notebook; then run|Use e.g. a notebook;",
            "Version 2.0 is out? Yes|Version 2.0 is out?",
            "A list:\\nnext|A list:\\n"})
    void sentencesEndAtPunctuationBeforeABlankButNotAfterInitialsOrAbbreviations(String text, String sentence) {
        String unescaped = text.replace("\\n", "\n");
        String expected = sentence.replace("\\n", "\n");

        assertThat(unescaped.substring(0, Sentences.endAfter(unescaped, 0))).isEqualTo(expected);
        assertThat(Sentences.startBefore(unescaped, unescaped.length())).isEqualTo(expected.length());
        assertThat(new Sentences.Bounds(unescaped).endAfter(0)).isEqualTo(expected.length());
    }

    @Test
    void anAbsurdLengthIsReportedAndIgnored() {
        List<String> rejected = new ArrayList<>();

        assertThat(Lengths.find("a 99999999999-hour video", rejected::add)).isEmpty();
        assertThat(rejected).singleElement().asString().contains("ignored").contains("1000 hours");
    }

    @Test
    void timestampsInASentenceCoverTheRestOfIt() {
        List<Moment> found = Moments.find("At 11:08, explains masking of later positions. At 18:21, explains cross-attention.");

        assertThat(found).extracting(m -> m.at().toString(), Moment::covers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("11:08", "explains masking of later positions"),
                        org.assertj.core.groups.Tuple.tuple("18:21", "explains cross-attention"));
    }

    @Test
    void anApproximateTimestampInParenthesesCoversItsNeighbours() {
        assertThat(Moments.find("Deep Dive (hallucination section ~1:30:00)")).singleElement()
                .satisfies(m -> assertThat(m.at().toString()).isEqualTo("1:30:00"))
                .satisfies(m -> assertThat(m.approximate()).isTrue())
                .satisfies(m -> assertThat(m.covers()).isEqualTo("hallucination section"));
    }

    @Test
    void aListOfTimestampsInParenthesesCoversNothingByItself() {
        assertThat(Moments.find("(timestamps 11:08 and 18:21)")).extracting(Moment::covers).containsExactly("", "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "3Blue1Brown (Grant Sanderson); 3Blue1Brown; Grant Sanderson",
            "Hugging Face (Sylvain Gugger, Lysandre Debut, et al.); Hugging Face; Sylvain Gugger|Lysandre Debut",
            "Yixuan Su & Tian Lan (Hugging Face Blog); Yixuan Su|Tian Lan; ",
            "Alexander Rush (Harvard NLP), with Vincent Nguyen and Guillaume Klein (Harvard); Alexander Rush|Vincent Nguyen|Guillaume Klein; Harvard NLP",
            "Sebastian Raschka (Ahead of AI / Substack); Sebastian Raschka; Ahead of AI",
            "Kipply (kipp.ly); Kipply; ",
            "StatQuest with Josh Starmer; StatQuest with Josh Starmer; "})
    void fieldValuesGiveMakersThenTheNamesInParentheses(String value, String makers, String aside) {
        List<CreatorName> names = CreatorPhrases.field(value, CreatorName.Role.AUTHOR);

        assertThat(names).filteredOn(CreatorName::isMaker).extracting(CreatorName::name).containsExactly(makers.split("\\|"));
        assertThat(names).filteredOn(n -> !n.isMaker()).extracting(CreatorName::name)
                .containsExactly(aside == null ? new String[0] : aside.split("\\|"));
    }

    @ParameterizedTest(name = "before: \"{0}\"")
    @CsvSource(delimiter = ';', value = {
            "The first 4 videos in 3Blue1Brown's ; 3Blue1Brown",
            "Michael Wornow's \"Counting Model Parameters\" at ; Michael Wornow",
            "Honorable mention: Chip Huyen's RLHF explainer at ; Chip Huyen",
            "the AssemblyAI blog \"Decoding Strategies\" at ; AssemblyAI",
            "The Goodfellow et al. ; Goodfellow"})
    void theMakerBeforeALink(String before, String maker) {
        assertThat(CreatorPhrases.possessive(before)).contains(maker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Let's ", "Here's also a nice ", "That's probably the ", "It's a "})
    void contractionsAreNotPossessives(String before) {
        assertThat(CreatorPhrases.possessive(before)).isEmpty();
    }

    @ParameterizedTest(name = "after: \"{0}\"")
    @CsvSource(delimiter = ';', value = {
            " from Chris Olah has a nice walk-through; Chris Olah",
            " from \"The AI Hacker\" gives solid coverage; The AI Hacker",
            " on Word2Vec from ritvikmath, and another; ritvikmath",
            " by Alan D. Thompson offers a summary; Alan D. Thompson",
            " from Stanford's CS224n are excellent; Stanford CS224n"})
    void theMakerAfterALink(String after, String maker) {
        assertThat(CreatorPhrases.fromOrBy(after)).contains(maker);
    }

    @Test
    void buildingSomethingFromScratchNamesNoOne() {
        assertThat(CreatorPhrases.fromOrBy(" on building backprop from scratch.")).isEmpty();
    }

    @Test
    void theNamesAfterAListItemsLinkStopAtTheSentence() {
        assertThat(CreatorPhrases.afterLink(" - Dan Jurafsky and James H. Martin. This chapter of the book"))
                .containsExactly("Dan Jurafsky", "James H. Martin");
        assertThat(CreatorPhrases.afterLink(" - Jay Alammar. The most famous explanation")).containsExactly("Jay Alammar");
    }
}
