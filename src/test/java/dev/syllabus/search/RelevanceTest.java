package dev.syllabus.search;

import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance suite: learners' queries from src/test/resources/relevance/queries.tsv, each with the results that
 * must be in its top 3, run against the bundled knowledge base. Prints mean reciprocal rank and recall at 3, and the
 * queries that miss, and fails below the targets of issue 4.
 */
class RelevanceTest {
    static final double MIN_MRR = 0.85;
    static final double MIN_RECALL_AT_3 = 0.95;
    private static final int DEPTH = 10;

    private static SearchIndex index;
    private static List<Judgement> judgements;

    /** One line of the suite: a query, the ids that must be in its top 3, and where that expectation comes from. */
    record Judgement(int line, String query, List<String> expected, String source) {
    }

    /** What the engine ranked for a judgement, and how well. */
    record Outcome(Judgement judgement, List<String> ranked) {
        double reciprocalRank() {
            for (int i = 0; i < ranked.size(); i++) {
                if (judgement.expected().contains(ranked.get(i))) {
                    return 1.0 / (i + 1);
                }
            }
            return 0;
        }

        double recallAt3() {
            List<String> top = ranked.subList(0, Math.min(3, ranked.size()));
            return (double) judgement.expected().stream().filter(top::contains).count() / judgement.expected().size();
        }
    }

    @BeforeAll
    static void buildIndexAndReadSuite() throws IOException {
        index = SearchIndex.build(ContentLoader.load(Path.of("content")).kb());
        judgements = read();
    }

    @Test
    void theSuiteHasAtLeastFortyQueries() {
        assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyExpectedResultExistsInTheKnowledgeBase() {
        List<String> missing = judgements.stream()
                .flatMap(j -> j.expected().stream().filter(id -> !index.documentIds().contains(id)).map(id -> "line " + j.line() + ": " + id))
                .toList();
        assertThat(missing).as("expected results that are not documents of the bundled knowledge base").isEmpty();
    }

    @Test
    void rankingMeetsTheMrrAndRecallTargets() {
        List<Outcome> outcomes = judgements.stream()
                .map(j -> new Outcome(j, index.rankedIds(SearchQuery.builder(j.query()).limit(DEPTH).build()))).toList();
        double mrr = outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0);
        double recall = outcomes.stream().mapToDouble(Outcome::recallAt3).average().orElse(0);
        System.out.println(report(outcomes, mrr, recall));
        assertThat(mrr).as("mean reciprocal rank over %d queries", outcomes.size()).isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(recall).as("recall at 3 over %d queries", outcomes.size()).isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
    }

    private static String report(List<Outcome> outcomes, double mrr, double recall) {
        StringBuilder b = new StringBuilder(String.format("Relevance suite: %d queries, MRR %.3f, recall@3 %.3f%n",
                outcomes.size(), mrr, recall));
        for (Outcome o : outcomes) {
            if (o.recallAt3() < 1) {
                b.append(String.format("  miss  %-50s expected %s, top 3 %s%n", o.judgement().query(),
                        o.judgement().expected(), o.ranked().subList(0, Math.min(3, o.ranked().size()))));
            }
        }
        return b.toString();
    }

    private static List<Judgement> read() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Judgement> out = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t");
                assertThat(cols).as("queries.tsv line %d: query, expected ids and source, separated by tabs", i + 1).hasSize(3);
                out.add(new Judgement(i + 1, cols[0], Arrays.asList(cols[1].split("; ")), cols[2]));
            }
            return out;
        }
    }
}
