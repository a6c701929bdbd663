package dev.syllabus.progress;

import dev.syllabus.kb.Slug;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link KillDuringWritesIT}: marks items one by one, numbering them from a given start, and
 * prints "ack N" only after the write of item N has returned, until it is killed.
 */
public final class AcknowledgingWriter {
    private AcknowledgingWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        try (Database db = Database.open(DatabaseAddress.sqlite(file))) {
            ProgressStore store = new JdbcProgressStore(db);
            for (int n = from; ; n++) {
                store.mark(LearnerId.LOCAL, new Mark(item(n), Status.DONE, Instant.ofEpochMilli(n)));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }

    static Item item(int n) {
        return Item.of(ItemKind.CONCEPT, Slug.of("concept-" + n));
    }
}
