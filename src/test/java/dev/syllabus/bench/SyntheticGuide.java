package dev.syllabus.bench;

import java.util.Random;

/**
 * A large curated guide in the shapes real ones use, for benchmarks: numbered topics with "Article —" and "Video —"
 * records, prose paragraphs with inline links and possessives, awesome-list bullets, tables, raw {@code <h2>}
 * headings, citation markers and search suggestions, between paragraphs of plain prose. About one address per 230
 * characters, a little denser than the densest source guide (theirs: one per 240 to 440). Addresses are unique per
 * topic, creators come from a pool of a few hundred names, as in a real guide; the same seed always gives the same
 * text.
 */
final class SyntheticGuide {
    private static final String[] FIRST = {"Ann", "Bo", "Chen", "Dana", "Eli", "Farah", "Goran", "Hana", "Ivan", "Jun", "Kofi",
            "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomas"};
    private static final String[] LAST = {"Lee", "Okafor", "Novak", "Haddad", "Kim", "Silva", "Berg", "Tanaka", "Moreau", "Rossi",
            "Nguyen", "Fischer", "Ito", "Kowalski"};
    private static final String[] WORDS = {"attention", "embeddings", "decoding", "scaling", "tokenizers", "alignment",
            "transformers", "recurrence", "optimisation", "retrieval", "sampling", "normalisation", "pretraining", "adapters"};

    private SyntheticGuide() {
    }

    static String of(int topics, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("# A very long guide\n\nEvery topic pairs reading with watching.\n\n");
        for (int t = 1; t <= topics; t++) {
            topic(b, t, r);
        }
        return b.toString();
    }

    private static void topic(StringBuilder b, int t, Random r) {
        String word = WORDS[r.nextInt(WORDS.length)];
        String who = name(r);
        b.append("## ").append(t).append(". ").append(cap(word)).append(" in depth\n\n");
        b.append("### Article — \"Understanding ").append(word).append(", part ").append(t).append("\"\n\n");
        b.append("- **Author:** ").append(who).append(" (").append(name(r)).append(")\n");
        b.append("- **URL:** <https://").append(slug(who)).append(".github.io/posts/").append(word).append('-').append(t).append("/>\n");
        b.append("- **Why:** A careful walk through ").append(word).append(" with code, from the first definitions to a working "
                + "implementation, with exercises at the end of each part and a discussion of the usual mistakes. [Blog](#) (Medium)\n\n");
        b.append("### Video — \"").append(cap(word)).append(" explained ").append(t).append("\" (timestamps 3:1").append(t % 10)
                .append(" and 12:0").append(t % 10).append(")\n\n");
        b.append("- **Channel:** ").append(name(r)).append("\n  - **URL:** <https://www.youtube.com/watch?v=").append(videoId(t))
                .append(">\n  - **Why:** At 3:1").append(t % 10).append(", the idea. At 12:0").append(t % 10)
                .append(", the maths. A **1h").append(10 + t % 40).append("m** lecture.\n\n");
        b.append("Here is a [blog post](https://blog.example.org/").append(word).append('/').append(t).append(") from ").append(name(r))
                .append(", and ").append(who).append("'s [\"Notes on ").append(word).append("\"](https://notes.example.org/")
                .append(t).append(".pdf) are excellent. Search YouTube for \"").append(word).append(" lecture ").append(t)
                .append("\".\n\n");
        b.append("* [").append(cap(word)).append(" from scratch ").append(t).append("](https://github.com/").append(slug(who))
                .append('/').append(word).append(t).append(") - ").append(who).append(". A repository to read.\n");
        b.append("* [Chapter ").append(t).append("](https://book.example.org/chapter_").append(word).append('/').append(t)
                .append(".html) of the textbook (~45 minutes)\n\n");
        b.append("| Resource | By | Length |\n|---|---|---|\n| [Slides ").append(t).append("](https://slides.example.org/")
                .append(t).append(".pdf) | ").append(name(r)).append(" | 30 min |\n\n");
        b.append("<h2>Going further with ").append(word).append("</h2>\n\n");
        b.append("Most readers will want to revisit ").append(word).append(" after the next two topics: the ideas come back in a "
                + "different form once the models get larger, and the second reading goes faster. Keep notes of the questions "
                + "that remain open, and try to answer them with a small experiment of your own before moving on; a notebook "
                + "with a few cells is enough, and the exercise makes the later material much easier to follow.\n\n");
    }

    private static String name(Random r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String videoId(int t) {
        String id = "v" + Integer.toString(t, 36) + "xxxxxxxxxxx";
        return id.substring(0, 11);
    }
}
