package dev.syllabus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a capitalised name reads as a person's: its first word is a common given name ("Patrick Loeber"). */
final class GivenNames {
    private static final Set<String> NAMES = load();
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}");

    private GivenNames() {
    }

    /** Two to four capitalised words, the first a given name. */
    static boolean isPerson(String name) {
        String s = name.strip();
        return PERSON.matcher(s).matches() && NAMES.contains(s.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#")).forEach(l -> out.addAll(Set.of(l.strip().split("\\s+"))));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled list of given names cannot be read", e);
        }
        out.remove("");
        return Set.copyOf(out);
    }
}
