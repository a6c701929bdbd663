package dev.syllabus.lint;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code renamed_from:} records an entity's former slugs, so progress kept under them can move to the new one. */
class RenamedFromTest {
    private static final String CONCEPT = "concepts/neural-networks.md";

    @TempDir
    Path folder;

    @Test
    void aFormerSlugMapsToTheEntityThatListsIt() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(CONCEPT, "area: foundations",
                "area: foundations\nrenamed_from: [neural-nets, nn-basics]");
        assertThat(tree.findings()).isEmpty();
        assertThat(ContentLoader.load(tree.root()).kb().renames()).isEqualTo(Map.of(
                Slug.of("neural-nets"), Slug.of("neural-networks"), Slug.of("nn-basics"), Slug.of("neural-networks")));
    }

    @Test
    void aFormerSlugThatIsNotASlugIsReportedAtItsLine() {
        givenTheValidFixtureIn(folder).replace(CONCEPT, "area: foundations", "area: foundations\nrenamed_from: Neural Nets")
                .thenReportsOnly("bad-slug").in(CONCEPT).atLineOf("renamed_from").asError().saying("'Neural Nets'", "not a slug");
    }

    @Test
    void aFormerSlugClaimedByTwoFilesIsReported() {
        givenTheValidFixtureIn(folder).replace(CONCEPT, "area: foundations", "area: foundations\nrenamed_from: old-name")
                .replace("concepts/self-attention.md", "area: attention-and-transformers",
                        "area: attention-and-transformers\nrenamed_from: old-name")
                .thenReportsOnly("duplicate-slug").in("concepts/self-attention.md").saying("'old-name'", "belongs to one entity");
    }

    @Test
    void aFormerSlugStillInUseIsNoRename() {
        ContentTree tree = givenTheValidFixtureIn(folder).replace(CONCEPT, "area: foundations",
                "area: foundations\nrenamed_from: self-attention");
        tree.thenReportsOnly("renamed-slug-in-use").in(CONCEPT).asWarning().saying("concepts/self-attention.md uses that slug");
        assertThat(ContentLoader.load(tree.root()).kb().renames()).isEmpty();
    }
}
