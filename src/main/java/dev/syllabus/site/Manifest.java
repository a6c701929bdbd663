package dev.syllabus.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The list of an export's files with the hash and size of each, kept in the export as {@code .syllabus-export}: it
 * marks a directory as a previous export (safe to replace) and lets the next export keep every file whose bytes did
 * not change, without reading it.
 */
record Manifest(SortedMap<String, Entry> files) {
    static final String NAME = ".syllabus-export";
    private static final String HEADER = "syllabus export 2";
    /** The first version, whose SHA-256 hashes are not compared: its directory is an export, each of its files new. */
    private static final String HEADER_1 = "syllabus export 1";

    /** A file's checksum ({@link #hash}) and size in bytes. */
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
        if (lines.isEmpty() || !(lines.get(0).equals(HEADER) || lines.get(0).equals(HEADER_1))) {
            return Optional.empty();
        }
        SortedMap<String, Entry> files = new TreeMap<>();
        if (lines.get(0).equals(HEADER_1)) {
            return Optional.of(new Manifest(files));
        }
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

    /**
     * CRC-32 and CRC-32C of the bytes side by side, as 16 hex digits: 64 bits beside the size are plenty to tell an
     * edited file from the one before it (nobody forges a page to fool their own export), and both checksums are
     * compiled to machine instructions even by the client compiler the launcher runs, where SHA-256 took a second of
     * CPU per 10,000 pages.
     */
    static String hash(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcC = new CRC32C();
        crcC.update(bytes);
        return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
    }
}
