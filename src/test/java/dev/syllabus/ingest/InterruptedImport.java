package dev.syllabus.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The import a kill test interrupts: 40 new resources and facts merged into the fixture's existing ones. As a program
 * ({@code main ROOT PHASE N}) it runs that import and, at step N of PHASE, says so on standard output and waits to be
 * killed.
 */
final class InterruptedImport {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/valid");
    private static final int NEW_RESOURCES = 40;

    private InterruptedImport() {
    }

    /** The files the import writes into {@code root}, with their new text. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(originals(root));
        files.replaceAll((rel, text) -> text + "\nMerged by the interrupted import.\n");
        for (int i = 0; i < NEW_RESOURCES; i++) {
            files.put("resources/imported-" + i + ".md", "---\ntitle: Imported " + i + "\nkind: article\ncreators: [demo-channel]\n"
                    + "url: https://example.org/imported/" + i + "\n---\n");
        }
        return files;
    }

    /** The existing files the import changes, as it read them. */
    static Map<String, String> originals(Path root) throws IOException {
        Map<String, String> originals = new LinkedHashMap<>();
        for (String rel : new String[] {"resources/nn-primer.md", "resources/attention-demo-video.md"}) {
            originals.put(rel, Files.readString(root.resolve(rel), StandardCharsets.UTF_8));
        }
        return originals;
    }

    /** How many steps each phase of the import into {@code root} takes (it runs the import). */
    static Map<ImportJournal.Phase, Integer> steps(Path root) throws IOException {
        Map<ImportJournal.Phase, Integer> counts = new EnumMap<>(ImportJournal.Phase.class);
        StagedWrite.apply(root, files(root), originals(root), phase -> counts.merge(phase, 1, Integer::sum));
        return counts;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        ImportJournal.Phase stop = ImportJournal.Phase.valueOf(args[1]);
        int at = Integer.parseInt(args[2]);
        int[] seen = new int[1];
        StagedWrite.apply(root, files(root), originals(root), phase -> {
            if (phase == stop && seen[0]++ == at) {
                System.out.println("at " + phase + " " + at);
                System.out.flush();
                try {
                    System.in.read(); // the test kills the process here
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        System.out.println("done");
    }
}
