package dev.syllabus.fuzz;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.ingest.ImportFailure;
import dev.syllabus.ingest.Importer;
import dev.syllabus.ingest.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Hostile guides never make the importer throw anything but its own refusal: 10,000 random documents (seed 2026), half
 * read as Markdown and half as HTML, one in ten nested thousands of levels deep. Each gives a report, or an
 * {@link ImportFailure} that names the document and line. The timeout only stops a hang; the run's time is printed.
 */
class ImporterFuzzIT {
    private static final int DOCUMENTS = 10_000;
    private static final LoadedContent KB = ContentLoader.load(Path.of("src/test/resources/fixtures/valid"));

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void randomGuidesGiveAReportOrARefusalNamingTheirLine() {
        Random random = new Random(2026);
        long slowest = 0;
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < DOCUMENTS; i++) {
            String name = "fuzz-" + i + (i % 2 == 0 ? ".md" : ".html");
            String text = HostileText.markdown(random, random.nextInt(600));
            long t = System.nanoTime();
            try {
                assertThat(Importer.report(List.of(SourceDocument.of(name, text)), KB).items()).isNotNull();
            } catch (ImportFailure e) {
                assertThat(e.getMessage()).as("document %d", i).matches("(?s)" + name.replace(".", "\\.") + ":[1-9]\\d*: .*");
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("document %d (seed 2026) threw %s; it starts %s", i, e, text.substring(0, Math.min(120, text.length())));
            }
            slowest = Math.max(slowest, System.nanoTime() - t);
        }
        System.out.printf("ImporterFuzzIT: %d documents (%d refused as too deep) in %d ms, slowest %d ms%n", DOCUMENTS, refused,
                (System.nanoTime() - started) / 1_000_000, slowest / 1_000_000);
        assertThat(refused).as("deeply nested documents refused").isPositive();
    }
}
