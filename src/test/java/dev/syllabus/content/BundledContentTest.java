package dev.syllabus.content;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Slug;
import dev.syllabus.lint.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled knowledge base validates cleanly and its prerequisite graph is one a demanding teacher would sign. */
class BundledContentTest {
    /** A few pages may wait for a link; more means the content is drifting apart. */
    private static final int MOST_ORPHANS = 3;

    private final List<Finding> findings = Validator.validate(Bundled.CONTENT);

    @Test
    void validationReportsNoErrors() {
        assertThat(findings).filteredOn(Finding::isError).isEmpty();
    }

    @Test
    void theOnlyWarningsAreDocumentedDefectsAndAFewOrphans() {
        assertThat(findings).filteredOn(f -> !f.isError())
                .allSatisfy(f -> assertThat(f.rule()).isIn("documented-defect", "orphan"));
        assertThat(findings).filteredOn(f -> f.rule().equals("orphan")).hasSizeLessThanOrEqualTo(MOST_ORPHANS);
    }

    @Test
    void everyDefectOfTheGuidesLinksIsReported() {
        assertThat(findings).filteredOn(f -> f.rule().equals("documented-defect")).extracting(f -> f.message().split(":")[0])
                .contains("not-a-url", "invalid-video-id", "misspelt-host", "bare-host", "missing-url");
    }

    @Test
    void thePrerequisiteGraphIsAcyclic() {
        assertThat(Bundled.kb().graph().cycles()).isEmpty();
    }

    @Test
    void everyPrerequisiteEdgeHasAReason() {
        for (Concept c : Bundled.kb().concepts()) {
            assertThat(c.prerequisites()).as("prerequisites of %s", c.slug()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        }
    }

    @Test
    void everyPrerequisiteIsAConcept() {
        KnowledgeBase kb = Bundled.kb();
        for (Concept c : kb.concepts()) {
            assertThat(c.prerequisites()).extracting(Prerequisite::concept)
                    .allSatisfy(p -> assertThat(kb.get(p, Concept.class)).as("%s requires %s", c.slug(), p).isPresent());
        }
    }

    @Test
    void everythingBeyondTheFirstAreasBuildsOnNeuralNetworkBasics() {
        Set<Area> firstAreas = Set.of(Area.FOUNDATIONS, Area.REPRESENTATIONS);
        Slug basics = Slug.of("neural-networks");
        for (Concept c : Bundled.kb().concepts()) {
            if (c.prerequisites().isEmpty()) {
                assertThat(c.area()).as("area of %s, which requires nothing", c.slug()).isIn(firstAreas);
            }
            if (!firstAreas.contains(c.area())) {
                assertThat(Bundled.kb().graph().ancestors(c.slug())).as("what %s requires", c.slug()).contains(basics);
            }
        }
    }

    @Test
    void alignmentAndScalingComeAfterTheTransformer() {
        Slug transformer = Slug.of("transformer-architecture");
        for (Concept c : Bundled.kb().concepts()) {
            if (c.area() == Area.ALIGNMENT || c.area() == Area.SCALING) {
                assertThat(Bundled.kb().graph().ancestors(c.slug())).as("what %s requires", c.slug()).contains(transformer);
            }
        }
    }

    @Test
    void theDefaultContentOfTheCommandLineIsTheBundledKnowledgeBase() {
        assertThat(ContentLoader.loadBundled().kb().size()).isEqualTo(Bundled.kb().size());
    }
}
