package dev.syllabus.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.syllabus.lint.ContentTree.givenTheValidFixtureIn;
import static org.assertj.core.api.Assertions.assertThat;

/** A learning path sends learners only to things they can open, unless the path documents why an item has no address. */
class PathItemAddressRulesTest {
    private static final String PATH = "paths/demo-path.md";
    private static final String PRIMER = "resources/nn-primer.md";
    private static final String ITEM = "      - resource: nn-primer\n        note: Start here.\n";

    @TempDir
    Path folder;

    /** The primer, as a source named it without an address: valid on its own, with its missing address documented. */
    private ContentTree givenThePrimerHasNoAddress() {
        return givenTheValidFixtureIn(folder).replace(PRIMER, "url: https://example.org/nn-primer/\n", "")
                .replace(PRIMER, "covers: [neural-networks]\n", "covers: [neural-networks]\ndefects:\n  - kind: missing-url\n"
                        + "    note: The demo guide names the primer without an address.\n");
    }

    @Test
    void anItemWhoseResourceHasNoAddressIsAnErrorNamingTheFieldAndTheFix() {
        givenThePrimerHasNoAddress().thenReports("path-item-address").in(PATH).atLineOf("- resource: nn-primer").asError()
                .saying("phases[0].items[0].resource", "nn-primer has no address a learner can open",
                        "resources/nn-primer.md documents it as missing-url", "point the item at a resource with an address",
                        "or add defect: to the item saying why the path keeps it");
    }

    @Test
    void anItemThatDocumentsWhyItKeepsAResourceWithoutAnAddressIsOnlyAWarning() {
        ContentTree tree = givenThePrimerHasNoAddress().replace(PATH, ITEM,
                ITEM + "        defect: The demo guide recommends the primer and gives no address; kept as the guide has it.\n");
        tree.thenReports("documented-defect").in(PATH).atLineOf("- resource: nn-primer").asWarning()
                .saying("phases[0].items[0]", "nn-primer has no address", "The demo guide recommends the primer");
        assertThat(tree.findings()).noneMatch(f -> f.isError());
    }

    @Test
    void aDefectOnAnItemWhoseResourceHasAnAddressSaysToRemoveIt() {
        givenTheValidFixtureIn(folder).replace(PATH, ITEM, ITEM + "        defect: No address.\n")
                .thenReportsOnly("path-item-address").in(PATH).atLineOf("defect: No address.").asError()
                .saying("phases[0].items[0].defect", "nn-primer has an address", "remove defect:");
    }
}
