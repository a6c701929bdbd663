package dev.syllabus.site;

import dev.syllabus.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second export rewrites only what changed; a failed or refused one leaves the output as it was. */
class StagedExportTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void aSecondExportOfTheSameContentWritesNothingAndKeepsEveryModificationTime() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.Result first = SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        age(out);
        SiteExport.Result second = SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.written());
        assertThat(SiteExportTest.mtime(out.resolve("concepts/self-attention.html"))).isEqualTo(LONG_AGO);
    }

    @Test
    void aChangedConceptRewritesThePagesThatShowItAndNoOther() throws IOException {
        Path content = copy(Path.of("src/test/resources/fixtures/valid"), dir.resolve("content"));
        Path out = dir.resolve("site");
        SiteExport.Result first = SiteExport.run(ContentLoader.load(content), out, Optional.empty());
        age(out);
        Path concept = content.resolve("concepts/neural-networks.md");
        Files.writeString(concept, Files.readString(concept).replaceFirst("(?m)^summary: .*$", "summary: Functions learnt from data, layer by layer."));
        SiteExport.Result second = SiteExport.run(ContentLoader.load(content), out, Optional.empty());
        assertThat(second.written()).isPositive().isLessThan(first.written());
        assertThat(Files.readString(out.resolve("concepts/neural-networks.html"))).contains("layer by layer");
        assertThat(SiteExportTest.mtime(out.resolve("concepts/neural-networks.html"))).isNotEqualTo(LONG_AGO);
        assertThat(SiteExportTest.mtime(out.resolve("creators/demo-channel.html"))).isEqualTo(LONG_AGO);
    }

    @Test
    void anExportByTheVersionThatHashedWithSha256IsReplacedWithEveryFileWrittenAnew() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.Result first = SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        Files.writeString(out.resolve(Manifest.NAME), "syllabus export 1\n" + "0".repeat(64) + "\t5\tindex.html\n");
        SiteExport.Result second = SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        assertThat(second.written()).isEqualTo(first.written());
        assertThat(second.unchanged()).isZero();
    }

    @Test
    void aFileThatIsNoLongerExportedIsRemoved() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(SiteExportTest.FIXTURE, out, Optional.of(java.net.URI.create("https://example.org/")));
        SiteExport.Result second = SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        assertThat(second.removed()).isEqualTo(1);
    }

    @Test
    void anExportThatFailsLeavesThePreviousExportAsItWas() throws IOException {
        Path out = dir.resolve("site");
        SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        var before = SiteExportTest.contents(out);
        try (StagedOutput staged = StagedOutput.open(out)) {
            staged.write("index.html", "half an export".getBytes());
            // no commit: the export failed here
        }
        assertThat(SiteExportTest.contents(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aStagingDirectoryLeftByAnExportThatDiedIsCleanedUp() throws IOException {
        Files.createDirectories(dir.resolve(".site.syllabus-staging/concepts"));
        Files.writeString(dir.resolve(".site.syllabus-staging/concepts/stale.html"), "stale");
        Path out = dir.resolve("site");
        SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        assertThat(siblings()).containsExactly("site");
        assertThat(out.resolve("concepts/stale.html")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsRefusedAsAUsageError() throws IOException {
        Path out = Files.writeString(dir.resolve("site"), "notes");
        assertThatThrownBy(() -> SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty()))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.usage()).isTrue())
                .hasMessageContaining("is a file");
        assertThat(Files.readString(out)).isEqualTo("notes");
    }

    @Test
    void aDirectoryOfOtherFilesIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve("thesis.tex"), "\\documentclass{article}");
        assertThatThrownBy(() -> SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty()))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.usage()).isTrue())
                .hasMessageContaining("not a Syllabus export");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("thesis.tex");
        }
    }

    @Test
    void anEmptyDirectoryIsExportedInto() throws IOException {
        Path out = Files.createDirectories(dir.resolve("site"));
        SiteExport.run(SiteExportTest.FIXTURE, out, Optional.empty());
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("content")).sorted().toList();
        }
    }

    private static void age(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(f, LONG_AGO);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

}
