package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;

/** Lines added to and removed from a text, for tests that check an edit touched nothing else. */
final class Diff {
    private Diff() {
    }

    /** Lines of {@code after} that are not in {@code before}, matched in order (a longest-common-subsequence diff). */
    static List<String> added(String before, String after) {
        return extra(after.split("\n", -1), before.split("\n", -1));
    }

    static List<String> removed(String before, String after) {
        return extra(before.split("\n", -1), after.split("\n", -1));
    }

    private static List<String> extra(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length) {
            if (j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                out.add(a[i++]);
            }
        }
        return out;
    }
}
