package dev.syllabus.ingest;

import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports each real curated list into an empty directory and scores the drafts against its reference reading. */
class RealListImportTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"awesome-nlp", "llm-course"})
    void aRealListImportsItsResourcesWithTheirKindsCreatorsAndTitles(String name) throws IOException {
        SourceDocument list = SourceFiles.read(RealLists.list(name));

        Importer.run(List.of(list), ContentLoader.load(dir), Optional.of(dir), false);

        RealListScore score = RealListScore.score(name, RealLists.reference(name), ContentLoader.load(dir).kb());
        System.out.println("[real list] " + score.figures());
        score.misses().forEach(m -> System.out.println("[real list]   " + m));
        score.notCreators().forEach(n -> System.out.println("[real list]   not a creator: " + n));
        assertThat(score.recall()).as(score.figures()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.precision()).as(score.figures()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.kindAgreement()).as(score.figures()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.creatorAgreement()).as(score.figures()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.titleAgreement()).as(score.figures()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.notCreators()).as(score.figures()).isEmpty();
    }
}
