package dev.syllabus.plan;

import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.ResourceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyTimeTest {
    @Test
    void aVideoTakesLongerToStudyThanToWatchAndLongerStillWhenCodedAlong() {
        assertThat(StudyTime.factor(ResourceKind.VIDEO, Level.INTRODUCTORY, false)).isGreaterThan(1.0);
        assertThat(StudyTime.factor(ResourceKind.VIDEO, Level.INTRODUCTORY, true))
                .isGreaterThan(StudyTime.factor(ResourceKind.VIDEO, Level.INTRODUCTORY, false));
    }

    @Test
    void aDenserArticleTakesLongerPerMinuteOfReading() {
        assertThat(StudyTime.factor(ResourceKind.BLOG_POST, Level.ADVANCED, false))
                .isGreaterThan(StudyTime.factor(ResourceKind.BLOG_POST, Level.INTERMEDIATE, false))
                .isGreaterThan(StudyTime.factor(ResourceKind.BLOG_POST, Level.INTRODUCTORY, false));
    }

    @Test
    void aBookChapterOrCourseLengthIsAlreadyWorkingTime() {
        assertThat(StudyTime.factor(ResourceKind.BOOK_CHAPTER, Level.ADVANCED, false)).isEqualTo(1.0);
        assertThat(StudyTime.factor(ResourceKind.COURSE, Level.INTRODUCTORY, true)).isEqualTo(1.0);
    }

    @Test
    void theLearnersPaceScalesTimesThatAreAlreadyStudyTime() {
        assertThat(new StudyTime(1.5).own(Minutes.of(120))).isEqualTo(Minutes.of(180));
        assertThat(StudyTime.TYPICAL.own(Minutes.of(120))).isEqualTo(Minutes.of(120));
    }

    @Test
    void aCodedAlongVideoSaysBothItsRunningTimeAndItsStudyTime() {
        assertThat(StudyTime.describe(ResourceKind.VIDEO, Minutes.of(116), Minutes.of(174), true))
                .isEqualTo("1h 56m video, about 3h with the code");
    }

    @Test
    void nothingIsSaidWhenStudyTimeIsRunningTime() {
        assertThat(StudyTime.describe(ResourceKind.COURSE, Minutes.of(60), Minutes.of(60), false)).isEmpty();
    }

    @Test
    void aConceptPageIsAShortReadOfAtLeastFiveMinutes() {
        assertThat(StudyTime.TYPICAL.page("A short page.")).isEqualTo(Minutes.of(5));
        assertThat(StudyTime.TYPICAL.page("word ".repeat(1500))).isEqualTo(Minutes.of(10));
    }

    @Test
    void aPaceOutsideReasonIsRefused() {
        assertThatThrownBy(() -> new StudyTime(0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StudyTime(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
