package dev.syllabus.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The list of an export's files with the hash and size of each, kept in the export as {@code .syllabus-export}: it
 * marks a directory as a previous export (safe to replace) and lets the next export keep every file whose bytes did
 * not change, without reading it.
 */
record Manifest(SortedMap<String, Entry> files) {
    static final String NAME = ".syllabus-export";
    private static final String HEADER = "syllabus export 1";

    /** A file's hash (SHA-256, hex) and size in bytes. */
    record Entry(String hash, long size) {
    }

    Manifest {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The manifest of a previous export in {@code dir}, or empty when {@code dir} holds none. */
    static Optional<Manifest> read(Path dir) throws IOException {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        SortedMap<String, Entry> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", 3);
            if (cells.length == 3) {
                files.put(cells[2], new Entry(cells[0], Long.parseLong(cells[1])));
            }
        }
        return Optional.of(new Manifest(files));
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            out.append(e.getValue().hash()).append('\t').append(e.getValue().size()).append('\t').append(e.getKey()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
