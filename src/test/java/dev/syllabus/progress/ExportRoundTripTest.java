package dev.syllabus.progress;

import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Property: any progress, exported, imported into an empty database and exported again, is the same, byte for byte. */
class ExportRoundTripTest {
    private static final String TEXT = "abc xyz *_`#<>&\"'\\\n\t\u00e9\u4e2d\ud83d\ude00 [[link]] $x^2$";

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void exportImportExportIsTheIdentity(long seed) {
        Progress original = randomProgress(new Random(seed));
        String exported = ProgressJson.write(original);
        assertThat(ProgressJson.read(exported)).isEqualTo(original);
        try (Database db = Database.open(DatabaseAddress.sqlite(folder.resolve("p" + seed + ".db")))) {
            ProgressStore store = new JdbcProgressStore(db);
            store.replace(LearnerId.LOCAL, ProgressJson.read(exported));
            assertThat(ProgressJson.write(store.progress(LearnerId.LOCAL))).isEqualTo(exported);
        }
    }

    private static Progress randomProgress(Random r) {
        Map<Item, Mark> marks = new LinkedHashMap<>();
        for (int i = r.nextInt(40); i > 0; i--) {
            Item item = randomItem(r);
            marks.put(item, new Mark(item, Status.values()[r.nextInt(3)], randomInstant(r)));
        }
        Map<Slug, Note> notes = new LinkedHashMap<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            Slug s = slug(r);
            notes.put(s, new Note(s, randomText(r), randomInstant(r)));
        }
        List<TimeSpent> times = new ArrayList<>();
        for (int i = r.nextInt(20); i > 0; i--) {
            Instant at = randomInstant(r);
            TimeSpent t = new TimeSpent(randomItem(r), 1 + r.nextInt(TimeSpent.MAX_MINUTES), at);
            times.add(t);
            if (r.nextInt(5) == 0) {
                times.add(t); // the same entry twice is two entries, and stays two
            }
        }
        return new Progress(List.copyOf(marks.values()), List.copyOf(notes.values()), times);
    }

    private static Item randomItem(Random r) {
        ItemKind kind = ItemKind.values()[r.nextInt(ItemKind.values().length)];
        return switch (kind) {
            case SEGMENT -> Item.segment(slug(r), 1 + r.nextInt(30));
            case PATH_ITEM -> Item.pathItem(slug(r), r.nextBoolean() ? slug(r).value() : "activity-" + slug(r));
            default -> Item.of(kind, slug(r));
        };
    }

    private static Slug slug(Random r) {
        String[] words = {"attention", "softmax", "rope", "kv-cache", "a1", "x", "lora-2"};
        return Slug.of(words[r.nextInt(words.length)] + (r.nextBoolean() ? "" : "-" + r.nextInt(100)));
    }

    private static Instant randomInstant(Random r) {
        return Instant.ofEpochMilli(r.nextLong(0, 4_102_444_800_000L)).plusNanos(r.nextInt(1_000_000));
    }

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(200); i > 0; i--) {
            b.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, r.nextInt(TEXT.codePointCount(0, TEXT.length())))));
        }
        return b.toString().isBlank() ? "n" : b.toString();
    }
}
