package dev.syllabus.plan;

import dev.syllabus.kb.Minutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.syllabus.plan.TestKb.slugs;
import static org.assertj.core.api.Assertions.assertThat;

class PlanRequestParserTest {
    private static PlanRequest parse(Map<String, List<String>> parameters) {
        return PlanRequestParser.parse(parameters);
    }

    private static PlanRequestException failure(Map<String, List<String>> parameters) {
        try {
            parse(parameters);
        } catch (PlanRequestException e) {
            return e;
        }
        throw new AssertionError("expected " + parameters + " to be rejected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-0001-01-01", "0000-01-01", "1969-12-31", "+10000-01-01"})
    void aStartOutsideTheDatesASchedulerCanUseIsRefusedNamingTheRange(String start) {
        PlanRequestException e = failure(Map.of("goal", List.of("dpo"), "hoursPerWeek", List.of("5"), "start", List.of(start)));

        assertThat(e.parameter()).isEqualTo("start");
        assertThat(e.getMessage()).contains("'" + start + "'").contains("between 1970-01-01 and 9999-12-31");
    }

    @Test
    void goalsKnownAndCreatorsMayBeRepeatedOrCommaSeparated() {
        PlanRequest r = parse(Map.of("goal", List.of("dpo", "lora, self-attention"), "known", List.of("neural-networks,backpropagation"),
                "creator", List.of("jay-alammar")));
        assertThat(r.goals()).isEqualTo(slugs("dpo", "lora", "self-attention"));
        assertThat(r.known()).isEqualTo(slugs("neural-networks", "backpropagation"));
        assertThat(r.creators()).isEqualTo(slugs("jay-alammar"));
    }

    @Test
    void withOnlyAGoalThePlanIsLightForAnyMaterialWithoutBudgetOrPace() {
        PlanRequest r = parse(Map.of("goal", List.of("dpo")));
        assertThat(r).isEqualTo(PlanRequest.of(TestKb.slug("dpo")));
        assertThat(r.depth()).isEqualTo(Depth.LIGHT);
        assertThat(r.prefer()).isEqualTo(Preference.ANY);
        assertThat(r.budget()).isEmpty();
        assertThat(r.pace()).isEmpty();
    }

    @Test
    void everyParameterIsRead() {
        PlanRequest r = parse(Map.of("goal", List.of("lora"), "depth", List.of("DEEP"), "prefer", List.of("video"),
                "budget", List.of("1h30m"), "hoursPerWeek", List.of("2.5"), "start", List.of("2026-12-01")));
        assertThat(r.depth()).isEqualTo(Depth.DEEP);
        assertThat(r.prefer()).isEqualTo(Preference.VIDEO);
        assertThat(r.budget()).hasValue(Minutes.of(90));
        assertThat(r.pace()).hasValue(new Pace(Minutes.of(150), Optional.of(LocalDate.of(2026, 12, 1))));
    }

    @Test
    void aSlugIsReadInLowerCaseWithSpacesAsHyphens() {
        assertThat(parse(Map.of("goal", List.of("Self Attention"))).goals()).isEqualTo(slugs("self-attention"));
    }

    @Test
    void aMissingGoalSaysWhatToGive() {
        assertThat(failure(Map.of("known", List.of("neural-networks"))))
                .hasMessage("goal '' is missing: name at least one concept, paper or path to plan for");
    }

    @Test
    void aBadBudgetNamesTheParameterTheValueAndTheForms() {
        PlanRequestException e = failure(Map.of("goal", List.of("dpo"), "budget", List.of("12 hours-ish")));
        assertThat(e.parameter()).isEqualTo("budget");
        assertThat(e).hasMessage("budget '12 hours-ish' is not a length: write it as 12h, 90m or 1h30m");
        assertThat(e.messageFor(p -> "--" + p)).startsWith("--budget '12 hours-ish' is not a length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000h", "600000m", "99999999999999999999h5m", "8760h1m"})
    void aBudgetLongerThanAYearSaysSoRatherThanThatItIsNoLengthOrAFewMinutes(String budget) {
        assertThat(failure(Map.of("goal", List.of("dpo"), "budget", List.of(budget))))
                .hasMessage("budget '" + budget + "' is longer than a year: give at most 8760h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "1.5"})
    void aBudgetWithoutAUnitIsRefusedRatherThanGuessedAsMinutes(String budget) {
        assertThat(failure(Map.of("goal", List.of("dpo"), "budget", List.of(budget))))
                .hasMessage("budget '" + budget + "' has no unit: write " + budget + "h for hours or " + budget + "m for minutes");
    }

    @Test
    void theCommandLineSpellingOfHoursPerWeekIsTheSameParameter() {
        PlanRequest r = parse(Map.of("goal", List.of("dpo"), "hours-per-week", List.of("5")));

        assertThat(r.pace()).hasValue(new Pace(Minutes.of(300), Optional.empty()));
        assertThat(failure(Map.of("goal", List.of("dpo"), "hours-per-week", List.of("5"), "hoursPerWeek", List.of("4"))))
                .hasMessageContaining("given 2 times");
    }

    @Test
    void aZeroBudgetIsRejected() {
        assertThat(failure(Map.of("goal", List.of("dpo"), "budget", List.of("0m")))).hasMessageContaining("leaves no time to study");
    }

    @Test
    void studyPaceIsAFactorWithinReasonAndHasItsOwnNameBesideHoursPerWeek() {
        assertThat(PlanRequestParser.parse(Map.of("goal", List.of("dpo"), "studyPace", List.of("1.5"))).studyTime())
                .isEqualTo(new StudyTime(1.5));
        assertThat(failure(Map.of("goal", List.of("dpo"), "studyPace", List.of("slow")))).hasMessageContaining("is not a pace factor");
        assertThat(failure(Map.of("goal", List.of("dpo"), "studyPace", List.of("9")))).hasMessageContaining("out of range");
    }

    @Test
    void hoursPerWeekMustBeANumberWithinAWeek() {
        assertThat(failure(Map.of("goal", List.of("dpo"), "hoursPerWeek", List.of("five"))))
                .hasMessage("hoursPerWeek 'five' is not a number of hours: write it as 5 or 2.5");
        assertThat(failure(Map.of("goal", List.of("dpo"), "hoursPerWeek", List.of("200"))))
                .hasMessageContaining("give between 0.25 and 168 hours a week");
        assertThat(failure(Map.of("goal", List.of("dpo"), "hoursPerWeek", List.of("NaN")))).hasMessageContaining("out of range");
    }

    @Test
    void aStartDateNeedsHoursPerWeekAndAnIsoDate() {
        assertThat(failure(Map.of("goal", List.of("dpo"), "start", List.of("2026-12-01"))))
                .hasMessageStartingWith("start '2026-12-01' needs hoursPerWeek too");
        assertThat(failure(Map.of("goal", List.of("dpo"), "hoursPerWeek", List.of("5"), "start", List.of("1/12/2026"))))
                .hasMessage("start '1/12/2026' is not a date: write it as YYYY-MM-DD, for example 2026-12-01");
    }

    @Test
    void anUnknownDepthOrPreferenceListsTheChoices() {
        assertThat(failure(Map.of("goal", List.of("dpo"), "depth", List.of("medium"))))
                .hasMessage("depth 'medium' is not one of light, deep");
        assertThat(failure(Map.of("goal", List.of("dpo"), "prefer", List.of("podcast"))))
                .hasMessage("prefer 'podcast' is not one of video, article, paper, any");
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsRejected() {
        assertThat(failure(Map.of("goal", List.of("dpo"), "depth", List.of("light", "deep"))))
                .hasMessage("depth 'light, deep' is given 2 times: give it once");
    }

    @Test
    void somethingThatCannotBeASlugSaysHowToWriteOne() {
        assertThat(failure(Map.of("goal", List.of("dpo!")))).hasMessageStartingWith("goal 'dpo!' is not a slug");
    }
}
