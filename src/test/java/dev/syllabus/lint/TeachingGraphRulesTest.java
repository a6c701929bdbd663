package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The validator's rules about the teaching graph: edge strengths, cycles through hard and soft edges, inclusion. */
class TeachingGraphRulesTest {
    private static final String ATTENTION = "concepts/attention-mechanism.md";
    private static final String EDGE = "    reason: Attention weights are computed by a small network.";

    @TempDir
    Path folder;

    @Test
    void aSoftStrengthIsAccepted() {
        assertThat(givenTheValidFixtureIn(folder).replace(ATTENTION, EDGE, EDGE + "\n    strength: soft").findings()).isEmpty();
    }

    @Test
    void anUnknownStrengthNamesTheFileTheFieldAndTheWordsToWrite() {
        givenTheValidFixtureIn(folder).replace(ATTENTION, EDGE, EDGE + "\n    strength: sfot")
                .thenReportsOnly("bad-value").in(ATTENTION).atLineOf("strength: sfot").asError()
                .saying("'sfot' is not a valid prerequisites[0].strength", "write one of hard, soft", "did you mean 'soft'?");
    }

    @Test
    void aCycleOfHardEdgesIsAnErrorThatSaysItIsHard() {
        givenTheValidFixtureIn(folder).replace("concepts/neural-networks.md", "summary: Layers", "prerequisites: [self-attention]\nsummary: Layers")
                .thenReportsOnly("prerequisite-cycle").in("concepts/self-attention.md").asError().saying("hard prerequisite cycle:");
    }

    @Test
    void aCycleThroughASoftEdgeIsAnErrorThatSaysToTurnTheSoftEdgeRound() {
        givenTheValidFixtureIn(folder).replace(ATTENTION, EDGE, EDGE + "\n    strength: soft")
                .replace("concepts/neural-networks.md", "summary: Layers", "prerequisites: [self-attention]\nsummary: Layers")
                .thenReportsOnly("prerequisite-cycle").in("concepts/self-attention.md").asError()
                .saying("prerequisite cycle through a soft edge:", "or turn a soft edge round");
    }

    @Test
    void anIncludedConceptThatDoesNotExistIsAnUnresolvedReference() {
        givenTheValidFixtureIn(folder).replace("concepts/neural-networks.md", "summary: Layers", "includes: [backprop]\nsummary: Layers")
                .thenReportsOnly("unresolved-reference").in("concepts/neural-networks.md").atLineOf("includes: [backprop]")
                .asError().saying("'backprop' does not exist");
    }
}
