package dev.syllabus.bench;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.lint.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What {@code syllabus validate} costs on the bundled content, apart from JVM start-up: loading, then the rules. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
    private static final Path CONTENT = Path.of("content");

    private LoadedContent loaded;

    @Setup
    public void load() {
        loaded = ContentLoader.load(CONTENT);
    }

    /** Reading and parsing every file of the content tree into a knowledge base. */
    @Benchmark
    public LoadedContent loadTheBundledContent() {
        return ContentLoader.load(CONTENT);
    }

    /** Running every validation rule over an already loaded tree. */
    @Benchmark
    public List<Finding> validateTheLoadedContent() {
        return Validator.validate(loaded);
    }
}
