package dev.syllabus.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CacheDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBackByKindAndKey() {
        CacheDirectory cache = CacheDirectory.at(dir.resolve("cache"));
        cache.write("content", "abc", new byte[]{1, 2, 3});
        assertThat(cache.read("content", "abc")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(cache.read("content", "abd")).isEmpty();
        assertThat(cache.read("search", "abc")).isEmpty();
    }

    @Test
    void aFileChangedOrCutShortOnDiskIsAMiss() throws IOException {
        CacheDirectory cache = CacheDirectory.at(dir);
        cache.write("content", "abc", new byte[]{1, 2, 3, 4});
        Path file = dir.resolve("content-abc.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertThat(cache.read("content", "abc")).isEmpty();
        Files.write(file, new byte[]{1, 2});
        assertThat(cache.read("content", "abc")).isEmpty();
    }

    @Test
    void noCacheReadsNothingAndWritesNothing() {
        CacheDirectory cache = CacheDirectory.none();
        cache.write("content", "abc", new byte[]{1});
        assertThat(cache.read("content", "abc")).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeOnlyMeansNoCache() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        CacheDirectory cache = CacheDirectory.at(blocked.resolve("cache"));
        cache.write("content", "abc", new byte[]{1});
        assertThat(cache.read("content", "abc")).isEmpty();
    }

    @Test
    void onlyTheNewestFilesOfAKindAreKeptAndNoTemporaryFileIsLeft() throws IOException {
        CacheDirectory cache = CacheDirectory.at(dir);
        cache.write("search", "other", new byte[]{9});
        Files.setLastModifiedTime(dir.resolve("search-other.bin"), FileTime.fromMillis(1_000));
        for (int i = 0; i < CacheDirectory.KEPT_PER_KIND + 3; i++) {
            cache.write("content", "k" + i, new byte[]{(byte) i});
            Files.setLastModifiedTime(dir.resolve("content-k" + i + ".bin"), FileTime.fromMillis(1_000_000L * (i + 2)));
        }
        cache.write("content", "last", new byte[]{0});
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("content-")).toList())
                    .hasSize(CacheDirectory.KEPT_PER_KIND).contains("content-last.bin", "content-k8.bin")
                    .doesNotContain("content-k0.bin");
        }
        assertThat(cache.read("search", "other")).isPresent();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledWriterIsRemovedOnceItIsAnHourOld() throws IOException {
        Path old = Files.writeString(dir.resolve(".writing-123.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path recent = Files.writeString(dir.resolve(".writing-456.tmp"), "being written");
        CacheDirectory.at(dir).write("content", "abc", new byte[]{1});
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void theUsersCacheIsTheOwnFolderElseTheXdgOneElseTheHomeOne() {
        CacheDirectory own = CacheDirectory.ofUser(Map.of("SYLLABUS_CACHE_DIR", dir.resolve("own").toString(),
                "XDG_CACHE_HOME", dir.resolve("xdg").toString()));
        own.write("k", "1", new byte[]{1});
        assertThat(dir.resolve("own/k-1.bin")).exists();
        CacheDirectory xdg = CacheDirectory.ofUser(Map.of("XDG_CACHE_HOME", dir.resolve("xdg").toString()));
        xdg.write("k", "1", new byte[]{1});
        assertThat(dir.resolve("xdg/syllabus/k-1.bin")).exists();
    }

    @Test
    void aRelativeOrMalformedFolderMeansNoCache() {
        assertThat(CacheDirectory.ofUser(Map.of("SYLLABUS_CACHE_DIR", "relative/cache")).enabled()).isFalse();
        assertThat(CacheDirectory.ofUser(Map.of("SYLLABUS_CACHE_DIR", "/bad\0path")).enabled()).isFalse();
    }

    @Test
    void offTurnsTheUsersCacheOff() {
        CacheDirectory off = CacheDirectory.ofUser(Map.of("SYLLABUS_CACHE_DIR", "off", "XDG_CACHE_HOME", dir.toString()));
        off.write("k", "1", new byte[]{1});
        assertThat(dir.resolve("syllabus")).doesNotExist();
    }

    @Test
    void twoCachesInTheSameFolderAreEqualAndThoseInOthersAreNot() {
        assertThat(CacheDirectory.at(dir)).isEqualTo(CacheDirectory.at(dir)).hasSameHashCodeAs(CacheDirectory.at(dir));
        assertThat(CacheDirectory.at(dir)).isNotEqualTo(CacheDirectory.at(dir.resolve("other")))
                .isNotEqualTo(CacheDirectory.none());
        assertThat(CacheDirectory.none()).isEqualTo(CacheDirectory.none());
    }
}
