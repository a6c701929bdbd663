package dev.syllabus.lab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Typed logits: "2, 1, 0, -1" (tokens named t1, t2, ...) or "cat=2, dog=1, the=0". */
public final class Logits {
    public static final int MAX_TOKENS = 1_000;

    private Logits() {
    }

    public static List<Candidate> parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new LabInputException(field, "is missing: type numbers separated by commas, e.g. 2, 1, 0, -1");
        }
        Bounds.text(field, typed, 20 * MAX_TOKENS);
        String[] parts = typed.split("[,;\\n]+");
        if (parts.length > MAX_TOKENS) {
            throw new LabInputException(field, "has " + parts.length + " values; the lab takes at most " + MAX_TOKENS);
        }
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.lastIndexOf('=');
            String token = eq < 0 ? "t" + (out.size() + 1) : p.substring(0, eq).trim();
            String number = eq < 0 ? p : p.substring(eq + 1);
            if (token.isEmpty() || !seen.add(token)) {
                throw new LabInputException(field, token.isEmpty() ? "has a value with no token before '=' in '" + p + "'"
                        : "names the token '" + token + "' twice");
            }
            double v = Fields.parseNumber(field, number);
            out.add(new Candidate(token, Bounds.number(field, v, -1e4, 1e4)));
        }
        if (out.isEmpty()) {
            throw new LabInputException(field, "has no numbers: type e.g. 2, 1, 0, -1");
        }
        return List.copyOf(out);
    }
}
