package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** The loader's rules about a file as a whole and its front matter: each with a fixture broken in one place. */
class FrontMatterRulesTest {
    private static final String GUIDE = "guides/demo-guide.md";
    private static final String CONCEPT = "concepts/neural-networks.md";
    private static final String CONCEPT_FRONT = "---\ntitle: Neural networks\narea: foundations\nsummary: Layers.\n---\n";

    @TempDir
    Path folder;

    @Test
    void theValidFixtureGivesNoFindings() {
        assertThat(givenTheValidFixtureIn(folder).findings()).isEmpty();
    }

    @Test
    void badYamlIsReportedAtItsLineWithAHint() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "title: Demo guide", "title: Demo guide: the: sequel")
                .thenReportsOnly("yaml-syntax").in(GUIDE).atLineOf("the: sequel").asError()
                .saying("not valid YAML", "quote values containing ':'");
    }

    @Test
    void aDuplicatedFieldIsBadYaml() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "title: Demo guide", "title: Demo guide\ntitle: Again")
                .thenReportsOnly("yaml-syntax").in(GUIDE).atLineOf("title: Again").saying("Duplicate field 'title'");
    }

    @Test
    void aFileWithoutFrontMatterSaysHowToStartOne() {
        givenTheValidFixtureIn(folder).write(GUIDE, "# Demo guide\n\nJust prose.\n")
                .thenReportsOnly("yaml-syntax").in(GUIDE).atLine(1).saying("must start with a '---' line");
    }

    @Test
    void frontMatterThatIsNeverClosedSaysHowToCloseIt() {
        givenTheValidFixtureIn(folder).write(GUIDE, "---\ntitle: Demo guide\n")
                .thenReportsOnly("yaml-syntax").in(GUIDE).atLine(1).saying("a closing '---' line");
    }

    @Test
    void anUnknownFieldNamesTheClosestKnownField() {
        givenTheValidFixtureIn(folder).replace("resources/nn-primer.md", "covers:", "cover:")
                .thenReportsOnly("unknown-field").in("resources/nn-primer.md").atLineOf("cover:").asError()
                .saying("unknown field 'cover'", "did you mean 'covers'?", "Known fields: ");
    }

    @Test
    void anUnknownFieldInsideAListItemNamesWhereItIs() {
        givenTheValidFixtureIn(folder).replace("paths/demo-path.md", "note: Start here.", "nte: Start here.")
                .thenReportsOnly("unknown-field").in("paths/demo-path.md").atLineOf("nte: Start here.")
                .saying("unknown field 'nte' in phases[0].items[0]", "did you mean 'note'?");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatTypeToWrite() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "number: 2", "number: two")
                .thenReportsOnly("wrong-type").in(GUIDE).atLineOf("number: two").asError()
                .saying("'topics[1].number' should be a whole number");
    }

    @Test
    void aListItemWrittenAsPlainTextSaysToWriteItsFields() {
        givenTheValidFixtureIn(folder).replace("paths/demo-path.md", "      - resource: nn-primer\n        note: Start here.\n",
                        "      - nn-primer\n")
                .thenReportsOnly("wrong-type").in("paths/demo-path.md").atLineOf("- nn-primer")
                .saying("'phases[0].items[0]' should be a mapping of 'field: value' lines");
    }

    @Test
    void aMissingRequiredFieldSaysWhatToAdd() {
        givenTheValidFixtureIn(folder).replace("resources/nn-primer.md", "url: https://example.org/nn-primer/\n", "")
                .thenReportsOnly("missing-field").in("resources/nn-primer.md").atLineOf("title:").asError()
                .saying("required field 'url' is missing", "add the address, or a defect of kind missing-url");
    }

    @Test
    void aMissingRequiredFieldOfAListItemIsReportedAtTheItem() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "    concept: self-attention\n", "")
                .thenReports("missing-field").in(GUIDE).atLineOf("number: 2").saying("required field 'topics[1].concept' is missing");
    }

    @Test
    void emptyFrontMatterAsksForTheRequiredFields() {
        givenTheValidFixtureIn(folder).write(GUIDE, "---\n---\nProse.\n")
                .thenReportsOnly("missing-field").in(GUIDE).atLine(2).saying("the front matter is empty: add the required fields");
    }

    @Test
    void aPathPhaseWithoutItemsSaysWhatToList() {
        givenTheValidFixtureIn(folder).replace("paths/demo-path.md", "  - title: Going further\n    mode: read-closely\n    items:\n"
                        + "      - paper: bahdanau-attention\n        mode: skim\n        length: 30m\n"
                        + "      - activity: Implement attention in numpy\n        length: 20m\n",
                "  - title: Going further\n    mode: read-closely\n")
                .thenReportsOnly("missing-field").in("paths/demo-path.md").atLineOf("title: Going further")
                .saying("phase 'Going further' has no items", "list its resources, papers, concepts or activities");
    }

    @Test
    void aFileThatIsNotUtf8SaysToSaveItAsUtf8() {
        byte[] latin1 = "---\ntitle: Caf\u00e9 attention\narea: foundations\nsummary: S.\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        givenTheValidFixtureIn(folder).writeBytes("concepts/cafe.md", latin1)
                .thenReportsOnly("encoding").in("concepts/cafe.md").atLine(1).asError().saying("not valid UTF-8", "save it as UTF-8");
    }

    @Test
    void aFileOverTwoMegabytesIsNotReadAndSaysToSplitIt() {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        givenTheValidFixtureIn(folder).writeBytes("concepts/huge.md", huge)
                .thenReportsOnly("file-too-large").in("concepts/huge.md").atLine(1).asError().saying("larger than 2 MB", "split or shorten it");
    }

    @Test
    void aFileOutsideTheKindFoldersIsAWarningNamingTheFolders() {
        givenTheValidFixtureIn(folder).write("lessons/intro.md", "---\ntitle: x\n---\n")
                .thenReportsOnly("unknown-file").in("lessons/intro.md").atLine(1).asWarning()
                .saying("not read", "<kind>/<slug>.md", "concepts, papers, resources, creators, paths, guides");
    }

    @Test
    void aFileThatIsNotMarkdownOrIsNestedTooDeepIsAnUnknownFile() {
        ContentTree tree = givenTheValidFixtureIn(folder).write("concepts/notes.txt", "scratch").write("concepts/old/x.md", "---\n---\n");
        tree.thenReports("unknown-file").in("concepts/notes.txt").asWarning();
        tree.thenReports("unknown-file").in("concepts/old/x.md").asWarning();
    }

    @Test
    void aReadmeAtTheRootAndHiddenFilesAreNotContent() {
        ContentTree tree = givenTheValidFixtureIn(folder).write("README.md", "# Our content\n").write("concepts/.draft.md", "x");
        assertThat(tree.findings()).isEmpty();
    }

    @Test
    void aFileNameThatIsNotASlugSuggestsOne() {
        givenTheValidFixtureIn(folder).write("concepts/Word_Embeddings.md", "---\ntitle: Word embeddings\narea: representations\n"
                        + "summary: Words as vectors.\nprerequisites: [neural-networks]\n---\n")
                .thenReportsOnly("bad-slug").in("concepts/Word_Embeddings.md").atLine(1).asError()
                .saying("'Word_Embeddings.md' is not a slug", "rename it", "'word-embeddings.md'");
    }

    @Test
    void twoThousandNestedQuotesInABodyAreRefusedAtTheirLine() {
        String deep = ">".repeat(2000) + " too deep";
        givenTheValidFixtureIn(folder).write(CONCEPT, CONCEPT_FRONT + "\nFine so far.\n\n" + deep + "\n")
                .thenReportsOnly("too-deep").in(CONCEPT).atLineOf("too deep").asError().saying("more than the 100", "flatten it");
    }

    @Test
    void aHundredThousandNestedListItemsAreRefusedWithoutParsingThem() {
        StringBuilder deep = new StringBuilder(CONCEPT_FRONT).append('\n');
        for (int i = 0; i < 100_000; i++) {
            deep.append("- ");
        }
        givenTheValidFixtureIn(folder).write(CONCEPT, deep.append("item\n").toString())
                .thenReportsOnly("too-deep").in(CONCEPT).asError();
    }

    @Test
    void deeplyNestedYamlSequencesAreRefusedAtTheirLine() {
        givenTheValidFixtureIn(folder).replace(GUIDE, "title: Demo guide", "title: Demo guide\nextra: " + "[".repeat(5000)
                        + "]".repeat(5000))
                .thenReportsOnly("too-deep").in(GUIDE).atLine(3).asError();
    }
}
