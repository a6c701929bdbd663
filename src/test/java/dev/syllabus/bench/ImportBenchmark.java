package dev.syllabus.bench;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.ingest.ImportReport;
import dev.syllabus.ingest.Importer;
import dev.syllabus.ingest.SourceDocument;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Markdown import throughput in MB/s: finding and matching every resource of a large synthetic guide against the
 * bundled knowledge base, without writing. The {@code megabytes} counter is the figure to read (MB of guide per second);
 * {@code commonmarkOnly} parses the same text with plain CommonMark as the ceiling on the same machine.
 * Run with {@code scripts/bench -f 1 -wi 3 -i 5 ImportBenchmark} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ImportBenchmark {
    /** Number of topics; 400 topics is about 0.9 MB of Markdown with some 4,000 links. */
    @Param({"400"})
    public int topics;

    private String guide;
    private double megabytes;
    private LoadedContent bundled;
    private Parser commonmark;

    /** Counts the megabytes processed, which JMH reports per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Setup
    public void setUp() {
        guide = SyntheticGuide.of(topics, 42);
        megabytes = guide.getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
        bundled = ContentLoader.load(Path.of("content"));
        commonmark = Parser.builder().build();
        System.out.printf("%nsynthetic guide: %d topics, %.2f MB%n", topics, megabytes);
    }

    @Benchmark
    public ImportReport importMarkdown(Processed processed) {
        ImportReport report = Importer.report(List.of(SourceDocument.of("synthetic.md", guide)), bundled);
        processed.megabytes += megabytes;
        return report;
    }

    @Benchmark
    public Node commonmarkOnly(Processed processed) {
        Node document = commonmark.parse(guide);
        processed.megabytes += megabytes;
        return document;
    }
}
