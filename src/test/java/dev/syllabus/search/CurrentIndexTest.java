package dev.syllabus.search;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index follows the knowledge base: the same instance shares its index, a reloaded one gets a fresh index. */
class CurrentIndexTest {
    @Test
    void theSameKnowledgeBaseGetsTheSameIndex() {
        CurrentIndex current = new CurrentIndex();
        KnowledgeBase kb = SmallKnowledgeBase.build();
        assertThat(current.of(kb)).isSameAs(current.of(kb));
    }

    @Test
    void aChangedKnowledgeBaseIsSearchedAsItIsNow() {
        CurrentIndex current = new CurrentIndex();
        assertThat(current.of(SmallKnowledgeBase.build()).search("tokenization").hits()).isEmpty();

        List<Entity> changed = new ArrayList<>(SmallKnowledgeBase.entities());
        changed.add(SmallKnowledgeBase.concept("tokenization", "Tokenization", Area.REPRESENTATIONS, "Splitting text."));
        SearchIndex index = current.of(KnowledgeBase.of(changed));

        assertThat(index.search("tokenization").hits()).extracting(Hit::slug).containsExactly("tokenization");
    }

    @Test
    void anEqualButReloadedKnowledgeBaseIsIndexedAgain() {
        CurrentIndex current = new CurrentIndex();
        SearchIndex first = current.of(SmallKnowledgeBase.build());
        assertThat(current.of(SmallKnowledgeBase.build())).isNotSameAs(first);
    }
}
