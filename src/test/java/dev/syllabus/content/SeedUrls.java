package dev.syllabus.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The addresses of the four guides as listed in src/test/resources/seed-urls.txt, by section. */
final class SeedUrls {
    /** One listed line: the guide it is in, the text as the guide writes it, and the optional third column. */
    record Listed(String section, String guide, String text, Optional<String> extra) {
        @Override
        public String toString() {
            return text + " (" + guide + ")";
        }
    }

    static final List<Listed> ALL = read();

    private SeedUrls() {
    }

    static List<Listed> section(String name) {
        return ALL.stream().filter(l -> l.section().equals(name)).toList();
    }

    private static List<Listed> read() {
        List<Listed> out = new ArrayList<>();
        String section = "";
        for (String line : text().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
                continue;
            }
            String[] columns = line.split("\t");
            out.add(new Listed(section, columns[0], columns[1], columns.length > 2 ? Optional.of(columns[2]) : Optional.empty()));
        }
        return out;
    }

    private static String text() {
        try (InputStream in = SeedUrls.class.getResourceAsStream("/seed-urls.txt")) {
            if (in == null) {
                throw new IllegalStateException("seed-urls.txt is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
