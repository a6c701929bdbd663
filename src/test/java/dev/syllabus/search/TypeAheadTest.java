package dev.syllabus.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeAheadTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(SmallKnowledgeBase.build());
    }

    @Test
    void aPrefixCompletesAnAliasAndLeadsToItsConcept() {
        assertThat(index.suggest("ro", 5)).first()
                .isEqualTo(new Suggestion("RoPE", "concept", "rotary-position-embedding", "Rotary position embedding"));
    }

    @Test
    void thePrefixMayStartAnyWordOfTheName() {
        assertThat(index.suggest("adapt", 5)).extracting(Suggestion::slug).contains("low-rank-adaptation", "lora-notes");
    }

    @Test
    void earlierWordsMustMatchWholeAndTheLastAsAPrefix() {
        assertThat(index.suggest("large lang", 5)).extracting(Suggestion::slug).containsExactly("chinchilla-paper");
        assertThat(index.suggest("lang large", 5)).isEmpty();
    }

    @Test
    void eachEntityIsSuggestedOnceAndConceptsComeFirst() {
        assertThat(index.suggest("c", 10)).extracting(Suggestion::slug).doesNotHaveDuplicates().first()
                .isEqualTo("causal-masking");
    }

    @Test
    void aBlankPrefixOrAZeroLimitSuggestsNothing() {
        assertThat(index.suggest("  ", 5)).isEmpty();
        assertThat(index.suggest(null, 5)).isEmpty();
        assertThat(index.suggest("ro", 0)).isEmpty();
    }

    @Test
    void theLimitIsKept() {
        assertThat(index.suggest("a", 2)).hasSize(2);
    }
}
