package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;

/** The validator's rules about links between entities, one broken fixture each. */
class ReferenceRulesTest {
    private static final String VIDEO = "resources/attention-demo-video.md";
    private static final String PRIMER = "resources/nn-primer.md";

    @TempDir
    Path folder;

    @Test
    void aReferenceToAMissingEntitySuggestsTheClosestSlugAndTheFileToAdd() {
        givenTheValidFixtureIn(folder).replace("concepts/attention-mechanism.md", "- concept: neural-networks", "- concept: neural-network")
                .thenReportsOnly("unresolved-reference").in("concepts/attention-mechanism.md").atLineOf("- concept: neural-network")
                .asError().saying("'neural-network' does not exist", "did you mean 'neural-networks'?",
                        "fix the slug or add content/concepts/neural-network.md");
    }

    @Test
    void aReferenceFromAGuidePickToAMissingResourceIsUnresolved() {
        givenTheValidFixtureIn(folder).replace("guides/demo-guide.md", "resource: nn-primer", "resource: nn-primers")
                .thenReportsOnly("unresolved-reference").in("guides/demo-guide.md").atLineOf("resource: nn-primers")
                .saying("did you mean 'nn-primer'?", "content/<kind>/nn-primers.md");
    }

    @Test
    void anEntityWhoseFileCannotBeReadIsReportedOnceNotAgainAtEveryReferenceToIt() {
        givenTheValidFixtureIn(folder).replace("concepts/attention-mechanism.md", "area: attention-and-transformers",
                        "area: [attention-and-transformers]")
                .thenReportsOnly("wrong-type").in("concepts/attention-mechanism.md").atLineOf("area: [attention-and-transformers]")
                .asError();
    }

    @Test
    void aReferenceOfTheWrongKindToAFileThatCannotBeReadIsStillReported() {
        givenTheValidFixtureIn(folder).replace("concepts/attention-mechanism.md", "area: attention-and-transformers",
                        "area: [attention-and-transformers]")
                .replace(VIDEO, "creators: [demo-channel]", "creators: [demo-channel, attention-mechanism]")
                .thenReports("wrong-reference-type").in(VIDEO).asError()
                .saying("'attention-mechanism' is a concept but creators[1] must name a creator");
    }

    @Test
    void aWikiLinkToAMissingEntityIsReportedAtItsLineInTheFile() {
        givenTheValidFixtureIn(folder).replace("concepts/neural-networks.md", "[[attention-mechanism]]", "[[attention-mechansim]]")
                .thenReportsOnly("unresolved-link").in("concepts/neural-networks.md").atLineOf("[[attention-mechansim]]")
                .asError().saying("'attention-mechansim' does not exist", "did you mean 'attention-mechanism'?");
    }

    @Test
    void aWikiLinkThatIsNotASlugSaysLinksNameSlugs() {
        givenTheValidFixtureIn(folder).replace("concepts/self-attention.md", "[[demo-channel]]", "[[Demo Channel]]")
                .thenReportsOnly("unresolved-link").in("concepts/self-attention.md").atLineOf("[[Demo Channel]]")
                .saying("[[Demo Channel]] is not a slug", "e.g. [[self-attention]]");
    }

    @Test
    void aReferenceToAnEntityOfTheWrongKindSaysWhichKindTheFieldTakes() {
        givenTheValidFixtureIn(folder).replace(VIDEO, "covers: [self-attention]", "covers: [bahdanau-attention]")
                .thenReportsOnly("wrong-reference-type").in(VIDEO).atLineOf("covers: [bahdanau-attention]").asError()
                .saying("'bahdanau-attention' is a paper but covers[0] must name a concept", "replace it with the slug of a concept");
    }

    @Test
    void aSlugUsedByTwoKindsIsADuplicateInTheSecondFile() {
        givenTheValidFixtureIn(folder).write("papers/self-attention.md", "---\ntitle: Self-attention, the paper\nauthors: [A. Author]\n"
                        + "year: 2017\nvenue: arXiv\narxiv: \"1703.03130\"\nreading_time: 1h\n---\n")
                .thenReportsOnly("duplicate-slug").in("papers/self-attention.md").atLine(1).asError()
                .saying("slug 'self-attention' is already used by concepts/self-attention.md", "rename one file");
    }

    @Test
    void twoResourcesAtOneAddressInDifferentSpellingsAreADuplicate() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/", "url: https://www.youtube.com/watch?v=eMlx5fFNoYc")
                .thenReportsOnly("duplicate-url").in(PRIMER).atLineOf("url:").asError()
                .saying("https://youtube.com/watch?v=eMlx5fFNoYc is also the address of resources/attention-demo-video.md",
                        "merge the two into one entity, keeping the other spelling in alternate_urls");
    }

    @Test
    void aResourceAlternateAtAPapersArxivAddressIsADuplicateAtTheAlternatesLine() {
        givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/\n",
                        "url: https://example.org/nn-primer/\nalternate_urls: [https://arxiv.org/pdf/1409.0473v7.pdf]\n")
                .thenReportsOnly("duplicate-url").in(PRIMER).atLineOf("alternate_urls:")
                .saying("https://arxiv.org/abs/1409.0473 is also the address of papers/bahdanau-attention.md");
    }

    @Test
    void aPaperWithoutArxivIdAtAnotherPapersAddressIsADuplicateAtItsUrlLine() {
        givenTheValidFixtureIn(folder).write("papers/bahdanau-copy.md", "---\ntitle: A copy\nauthors: [A. Author]\nyear: 2015\n"
                        + "venue: ICLR 2015\nurl: https://arxiv.org/pdf/1409.0473\nintroduces: [attention-mechanism]\nreading_time: 1h\n---\n")
                .thenReportsOnly("duplicate-url").in("papers/bahdanau-copy.md").atLineOf("url:")
                .saying("is also the address of papers/bahdanau-attention.md");
    }

    @Test
    void aPrerequisiteCyclePrintsTheWholeCycleAtTheEdgeThatClosesIt() {
        givenTheValidFixtureIn(folder).replace("concepts/neural-networks.md", "summary: Layers", "prerequisites: [self-attention]\nsummary: Layers")
                .thenReportsOnly("prerequisite-cycle").in("concepts/self-attention.md").atLineOf("- attention-mechanism").asError()
                .saying("attention-mechanism -> neural-networks -> self-attention -> attention-mechanism",
                        "remove one of these prerequisites, e.g. 'attention-mechanism' from self-attention");
    }

    @Test
    void aConceptRequiringItselfIsACycleOfOne() {
        givenTheValidFixtureIn(folder).replace("concepts/neural-networks.md", "summary: Layers", "prerequisites: [neural-networks]\nsummary: Layers")
                .thenReportsOnly("prerequisite-cycle").in("concepts/neural-networks.md").atLineOf("prerequisites: [neural-networks]")
                .saying("neural-networks -> neural-networks");
    }

    @Test
    void aGuideTopicWithoutAnArticleOrTheNoneExistsMarkerSaysToAddEither() {
        givenTheValidFixtureIn(folder).replace("guides/demo-guide.md", "    none_exists:\n      - role: article\n        reason: None written yet.\n", "")
                .thenReportsOnly("guide-topic-incomplete").in("guides/demo-guide.md").atLineOf("number: 2").asError()
                .saying("topic 2 (Self-attention) has no article pick", "add one, or a none_exists entry with role article and the reason");
    }

    @Test
    void aPageNothingReachesIsAnOrphanWarningThatSaysHowToLinkIt() {
        givenTheValidFixtureIn(folder).write("concepts/tokenization.md", "---\ntitle: Tokenization\narea: representations\n"
                        + "summary: Splitting text into tokens.\n---\n")
                .thenReportsOnly("orphan").in("concepts/tokenization.md").atLine(1).asWarning()
                .saying("concept 'tokenization' is reached from no other page", "[[tokenization]]");
    }

    @Test
    void aCreatorWithoutResourcesIsAnOrphan() {
        givenTheValidFixtureIn(folder).write("creators/nobody.md", "---\nname: Nobody\nkind: person\n---\n")
                .thenReportsOnly("orphan").in("creators/nobody.md").asWarning().saying("creator 'nobody'");
    }
}
