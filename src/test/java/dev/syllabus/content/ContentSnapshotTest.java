package dev.syllabus.content;

import dev.syllabus.cache.CacheDirectory;
import dev.syllabus.ingest.ContentTrees;
import dev.syllabus.kb.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSnapshotTest {
    @TempDir
    Path dir;

    private ContentSnapshot snapshot() {
        return new ContentSnapshot(CacheDirectory.at(dir.resolve("cache")), Optional.of("test-build"));
    }

    @Test
    void theBundledContentReadFromTheCacheIsWhatLoadingItGives() {
        ContentSnapshot.Loaded first = load(Path.of("content"));
        ContentSnapshot.Loaded again = load(Path.of("content"));
        assertThat(again.key()).isPresent().isEqualTo(first.key());
        assertSame(again.content(), ContentLoader.load(Path.of("content")));
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void theBundledContentFromTheCacheStillKnowsItsFolder() {
        snapshot().loadBundled().content();
        ContentSnapshot.Loaded again = snapshot().loadBundled();
        assertThat(again.content().root()).isEqualTo(ContentRoot.bundled());
        assertSame(again.content(), ContentLoader.loadBundled());
    }

    @Test
    void brokenContentKeepsEveryFindingThroughTheCache() throws IOException {
        Path tree = copy(Path.of("src/test/resources/fixtures/valid"));
        Files.writeString(tree.resolve("concepts/broken-one.md"), "---\ntitle: [unclosed\n---\nbody\n");
        Files.writeString(tree.resolve("concepts/Bad Name.md"), "---\ntitle: x\n---\n");
        load(tree);
        LoadedContent again = load(tree).content();
        assertThat(again.findings()).isNotEmpty();
        assertSame(again, ContentLoader.load(tree));
    }

    @Test
    void anEditedFileIsReadAgainUnderANewKey() throws IOException {
        Path tree = copy(Path.of("src/test/resources/fixtures/valid"));
        ContentSnapshot.Loaded before = load(tree);
        Path file = firstConcept(tree);
        Files.writeString(file, Files.readString(file).replaceFirst("title: .*", "title: Edited title"));
        ContentSnapshot.Loaded after = load(tree);
        assertThat(after.key()).isNotEqualTo(before.key());
        assertSame(after.content(), ContentLoader.load(tree));
        assertThat(after.content().kb().concepts()).extracting(c -> c.title()).contains("Edited title");
    }

    @Test
    void aFileOutsideTheLayoutChangesTheKeyByItsNameAndSizeAndStaysAWarning() throws IOException {
        Path tree = copy(Path.of("src/test/resources/fixtures/valid"));
        ContentSnapshot.Loaded before = load(tree);
        Files.createDirectories(tree.resolve("notes/deeper"));
        Files.writeString(tree.resolve("notes/deeper/draft.txt"), "not content");
        ContentSnapshot.Loaded after = load(tree);
        assertThat(after.key()).isNotEqualTo(before.key());
        assertSame(after.content(), ContentLoader.load(tree));
        assertThat(after.content().findings()).anyMatch(f -> f.rule().equals("unknown-file"));
    }

    @Test
    void aRemovedFileChangesTheKey() throws IOException {
        Path tree = copy(Path.of("src/test/resources/fixtures/valid"));
        ContentSnapshot.Loaded before = load(tree);
        Files.delete(firstConcept(tree));
        assertThat(load(tree).key()).isNotEqualTo(before.key());
    }

    @Test
    void aDamagedCacheFileIsReadAgainFromTheContent() throws IOException {
        load(Path.of("content"));
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertSame(load(Path.of("content")).content(), ContentLoader.load(Path.of("content")));
    }

    @Test
    void withoutABuildIdentityNothingIsCached() {
        ContentSnapshot.Loaded loaded = new ContentSnapshot(CacheDirectory.at(dir.resolve("cache")), Optional.empty())
                .load(Path.of("content"));
        assertThat(loaded.key()).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aFailureOfTheBackgroundLoadIsThrownByTheContentUnwrapped() {
        ContentSnapshot.Loaded failing = ContentSnapshot.Loaded.inBackground(() -> {
            throw new IllegalStateException("content/x.md: unreadable");
        }, Optional.of("k"));
        assertThatThrownBy(failing::content).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("content/x.md: unreadable");
    }

    @Test
    void anErrorOfTheBackgroundLoadIsThrownByTheContentUnwrapped() {
        ContentSnapshot.Loaded overflowing = ContentSnapshot.Loaded.inBackground(() -> {
            throw new StackOverflowError();
        }, Optional.empty());
        assertThatThrownBy(overflowing::content).isExactlyInstanceOf(StackOverflowError.class);
    }

    @Test
    void theKeyIsKnownBeforeTheBackgroundLoadEnds() {
        CountDownLatch release = new CountDownLatch(1);
        ContentSnapshot.Loaded waiting = ContentSnapshot.Loaded.inBackground(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ContentLoader.loadBundled();
        }, Optional.of("k"));
        assertThat(waiting.key()).contains("k");
        release.countDown();
        assertThat(waiting.content().kb().entities()).isNotEmpty();
    }

    @Test
    void theBundledContentOnDemandIsWhatLoadingItGivesAndIsStored() {
        ContentSnapshot.Loaded onDemand = snapshot().loadBundledOnDemand();
        assertThat(onDemand.key()).isEqualTo(snapshot().loadBundled().key()).isPresent();
        assertSame(onDemand.content(), ContentLoader.loadBundled());
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void aLoadOnDemandRunsOnceAndOnlyWhenTheContentIsAskedFor() {
        AtomicInteger runs = new AtomicInteger();
        LoadedContent bundled = ContentLoader.loadBundled();
        ContentSnapshot.Loaded onDemand = ContentSnapshot.Loaded.onDemand(() -> {
            runs.incrementAndGet();
            return bundled;
        }, Optional.of("k"));
        assertThat(onDemand.key()).contains("k");
        assertThat(runs).hasValue(0);
        assertThat(onDemand.content()).isSameAs(bundled);
        assertThat(onDemand.content()).isSameAs(bundled);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailureOfALoadOnDemandIsThrownEveryTimeTheContentIsAskedFor() {
        ContentSnapshot.Loaded failing = ContentSnapshot.Loaded.onDemand(() -> {
            throw new IllegalStateException("content/x.md: unreadable");
        }, Optional.of("k"));
        assertThatThrownBy(failing::content).isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(failing::content).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("content/x.md: unreadable");
    }

    @Test
    void eachBuildHasABundledKeyOfItsOwnThatIsAFileNamePart() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int build = 0; build < 10_000; build++) {
            String key = ContentSnapshot.bundledKey("/opt/syllabus/target/syllabus.jar|49538571|" + (1796300000000L + build) + "|bundled");
            assertThat(key).matches("[0-9a-f]{16}");
            keys.add(key);
        }
        assertThat(keys).hasSize(10_000);
        assertThat(ContentSnapshot.bundledKey("a|1|2|bundled")).isEqualTo(ContentSnapshot.bundledKey("a|1|2|bundled"));
    }

    /** Loads {@code tree} and waits for it, so that what it stores is in the cache before the next load. */
    private ContentSnapshot.Loaded load(Path tree) {
        ContentSnapshot.Loaded loaded = snapshot().load(tree);
        loaded.content();
        return loaded;
    }

    private static void assertSame(LoadedContent actual, LoadedContent expected) {
        assertThat(actual.root()).isEqualTo(expected.root());
        assertThat(sorted(actual.kb().entities())).isEqualTo(sorted(expected.kb().entities()));
        assertThat(actual.kb().renames()).isEqualTo(expected.kb().renames());
        assertThat(actual.sources()).isEqualTo(expected.sources());
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.unreadable()).isEqualTo(expected.unreadable());
    }

    private static List<Entity> sorted(java.util.Collection<Entity> entities) {
        return entities.stream().sorted(Comparator.comparing(e -> e.slug().value())).toList();
    }

    private List<Path> cacheFiles() {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path firstConcept(Path tree) throws IOException {
        try (Stream<Path> files = Files.list(tree.resolve("concepts"))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private Path copy(Path from) throws IOException {
        Path to = dir.resolve("tree");
        ContentTrees.copy(from, to);
        return to;
    }
}
