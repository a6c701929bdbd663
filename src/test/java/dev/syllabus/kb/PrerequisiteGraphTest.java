package dev.syllabus.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.syllabus.kb.EntityTestData.concept;
import static dev.syllabus.kb.EntityTestData.slug;
import static dev.syllabus.kb.EntityTestData.slugs;
import static org.assertj.core.api.Assertions.assertThat;

class PrerequisiteGraphTest {
    private final PrerequisiteGraph curriculum = PrerequisiteGraph.of(List.of(
            concept("neural-networks"),
            concept("backpropagation", "neural-networks"),
            concept("word-embeddings", "neural-networks"),
            concept("attention-mechanism", "neural-networks", "word-embeddings"),
            concept("self-attention", "attention-mechanism", "word-embeddings"),
            concept("transformer-architecture", "self-attention", "backpropagation")));

    @Test
    void ancestorsAreEveryConceptRequiredDirectlyOrThroughOthers() {
        assertThat(curriculum.ancestors(slug("self-attention")))
                .containsExactlyInAnyOrderElementsOf(slugs("attention-mechanism", "word-embeddings", "neural-networks"));
    }

    @Test
    void aConceptRequiredAlongTwoRoutesIsOneAncestor() {
        assertThat(curriculum.ancestors(slug("transformer-architecture"))).doesNotHaveDuplicates()
                .hasSize(5).doesNotContain(slug("transformer-architecture"));
    }

    @Test
    void aFirstConceptHasNoAncestorsAndAnUnknownOneNeither() {
        assertThat(curriculum.ancestors(slug("neural-networks"))).isEmpty();
        assertThat(curriculum.ancestors(slug("no-such-concept"))).isEmpty();
    }

    @Test
    void dependentsAreWhatAConceptUnlocksInSlugOrder() {
        assertThat(curriculum.dependentsOf(slug("neural-networks")))
                .containsExactlyElementsOf(slugs("attention-mechanism", "backpropagation", "word-embeddings"));
        assertThat(curriculum.dependentsOf(slug("transformer-architecture"))).isEmpty();
    }

    @Test
    void countsEveryEdge() {
        assertThat(curriculum.edgeCount()).isEqualTo(8);
    }

    @Test
    void anAcyclicGraphHasNoCycles() {
        assertThat(curriculum.cycles()).isEmpty();
    }

    @Test
    void aCycleIsReportedAsThePathThatClosesIt() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("a", "b"), concept("b", "c"), concept("c", "a")));
        assertThat(g.cycles()).containsExactly(slugs("a", "b", "c", "a"));
    }

    @Test
    void aConceptRequiringItselfIsACycle() {
        assertThat(PrerequisiteGraph.of(List.of(concept("a", "a"))).cycles()).containsExactly(slugs("a", "a"));
    }

    @Test
    void separateCyclesAreEachReported() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("a", "b"), concept("b", "a"), concept("x", "y"), concept("y", "x"),
                concept("z", "a")));
        assertThat(g.cycles()).containsExactly(slugs("a", "b", "a"), slugs("x", "y", "x"));
    }

    @Test
    void ancestorsOfAConceptInACycleStopAndLeaveItOut() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("a", "b"), concept("b", "a")));
        assertThat(g.ancestors(slug("a"))).containsExactly(slug("b"));
    }

    @Test
    void edgesToUnknownConceptsAreLeftToValidation() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("a", "missing")));
        assertThat(g.cycles()).isEmpty();
        assertThat(g.ancestors(slug("a"))).containsExactly(slug("missing"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 19, 1009})
    void aGraphWhoseEdgesAllPointToEarlierConceptsIsAcyclicAndItsAncestorsAreEarlier(long seed) {
        List<Concept> concepts = randomDag(new Random(seed), 30);
        PrerequisiteGraph g = PrerequisiteGraph.of(concepts);
        assertThat(g.cycles()).isEmpty();
        for (int i = 0; i < concepts.size(); i++) {
            int index = i;
            assertThat(g.ancestors(concepts.get(i).slug())).allSatisfy(a -> assertThat(number(a)).isLessThan(index));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 19, 1009})
    void makingAConceptRequireOneOfItsDescendantsClosesACycleThroughBoth(long seed) {
        List<Concept> concepts = new ArrayList<>(randomDag(new Random(seed), 30));
        Concept last = concepts.get(concepts.size() - 1);
        Slug ancestor = PrerequisiteGraph.of(concepts).ancestors(last.slug()).stream().findFirst().orElseThrow();
        int at = number(ancestor);
        List<String> prereqs = new ArrayList<>(concepts.get(at).prerequisiteSlugs().stream().map(Slug::value).toList());
        prereqs.add(last.slug().value());
        concepts.set(at, concept(ancestor.value(), prereqs.toArray(String[]::new)));
        List<List<Slug>> cycles = PrerequisiteGraph.of(concepts).cycles();
        assertThat(cycles).isNotEmpty();
        assertThat(cycles).anySatisfy(c -> assertThat(c).contains(ancestor, last.slug()));
        assertThat(cycles).allSatisfy(c -> assertThat(c.get(0)).isEqualTo(c.get(c.size() - 1)));
    }

    /** Concepts c0..c(n-1), each requiring a few random earlier ones; the last always requires something. */
    private static List<Concept> randomDag(Random random, int n) {
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> prereqs = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (random.nextInt(6) == 0 || (i == n - 1 && j == i - 1)) {
                    prereqs.add("c" + j);
                }
            }
            concepts.add(concept("c" + i, prereqs.toArray(String[]::new)));
        }
        return concepts;
    }

    private static int number(Slug slug) {
        return Integer.parseInt(slug.value().substring(1));
    }

    private static Concept including(Concept c, String... included) {
        return new Concept(c.slug(), c.title(), c.aliases(), c.area(), c.summary(), c.prerequisites(), slugs(included),
                c.related(), c.body());
    }

    private static Concept withSoft(String slug, String hard, String soft) {
        return new Concept(slug(slug), slug, List.of(), Area.FOUNDATIONS, "A summary.", List.of(
                new Prerequisite(slug(hard), "needed first"), new Prerequisite(slug(soft), "context", Prerequisite.Strength.SOFT)),
                List.of(), "");
    }

    @Test
    void hardPrerequisitesLeaveOutSoftOnes() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("nn"), concept("rnn"), withSoft("attention", "nn", "rnn")));
        assertThat(g.hardPrerequisitesOf(slug("attention"))).containsExactly(slug("nn"));
        assertThat(g.prerequisitesOf(slug("attention"))).containsExactly(slug("nn"), slug("rnn"));
        assertThat(g.softEdgeCount()).isEqualTo(1);
    }

    @Test
    void knowingAConceptMeansKnowingWhatItIncludesAndWhatThatRequires() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(including(concept("nn"), "backprop"), concept("calculus"),
                concept("backprop", "calculus")));
        assertThat(g.knownFrom(slugs("nn"))).containsOnlyKeys(slugs("nn", "backprop", "calculus"))
                .containsEntry(slug("backprop"), new PrerequisiteGraph.Knowing(slug("nn"), true));
    }

    @Test
    void knowingAConceptImpliesItsHardPrerequisitesButNotItsSoftOnes() {
        PrerequisiteGraph g = PrerequisiteGraph.of(List.of(concept("nn"), concept("rnn"), withSoft("attention", "nn", "rnn")));
        assertThat(g.knownFrom(slugs("attention"))).containsOnlyKeys(slugs("attention", "nn"))
                .containsEntry(slug("nn"), new PrerequisiteGraph.Knowing(slug("attention"), false));
    }
}
