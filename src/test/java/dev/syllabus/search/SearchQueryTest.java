package dev.syllabus.search;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.ResourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {
    @Test
    void filtersAreReadFromTheWordsAFormOrCommandLineGives() {
        SearchQuery q = SearchQuery.builder("rope").kind("Blog post").area("attention-and-transformers").type("segment")
                .limit("20").offset("10").build();
        assertThat(q.kind()).contains(ResourceKind.BLOG_POST);
        assertThat(q.area()).contains(Area.ATTENTION_AND_TRANSFORMERS);
        assertThat(q.type()).contains(HitType.SEGMENT);
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.offset()).isEqualTo(10);
        assertThat(q.filtered()).isTrue();
    }

    @Test
    void blankOrMissingFiltersAreUnset() {
        SearchQuery q = SearchQuery.builder("rope").kind(" ").creator(null).level("").limit((String) null).build();
        assertThat(q.filtered()).isFalse();
        assertThat(q.limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
    }

    @Test
    void anUnknownKindNamesTheParameterTheValueAndTheChoices() {
        assertThatThrownBy(() -> SearchQuery.builder("rope").kind("vidoe"))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("kind"))
                .hasMessageContaining("'vidoe'").hasMessageContaining("video, video-series");
    }

    @Test
    void aCreatorThatIsNotASlugIsRejectedWithAnExample() {
        assertThatThrownBy(() -> SearchQuery.builder("rope").creator("Jay Alammar"))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("jay-alammar");
    }

    @Test
    void aLimitOutsideOneToAHundredIsRejected() {
        assertThatThrownBy(() -> SearchQuery.builder("rope").limit(0).build()).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> SearchQuery.builder("rope").limit(101).build()).hasMessageContaining("1 to 100");
    }

    @Test
    void aNonNumericOffsetSaysWhatToWrite() {
        assertThatThrownBy(() -> SearchQuery.builder("rope").offset("ten"))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo("offset"))
                .hasMessageContaining("'ten' is not a whole number");
    }

    @Test
    void aNegativeOrHugeOffsetIsRejected() {
        assertThatThrownBy(() -> SearchQuery.builder("rope").offset(-1).build()).hasMessageContaining("offset -1");
        assertThatThrownBy(() -> SearchQuery.builder("rope").offset(SearchQuery.MAX_OFFSET + 1).build())
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void aNullTextIsEmpty() {
        assertThat(SearchQuery.of(null).text()).isEmpty();
    }
}
