package dev.syllabus.ingest;

import java.util.List;
import java.util.Random;

/** Curated lists made up from a seed, in the shapes real lists take: nested bullets, tables, details, badges, "by" lines. */
final class FuzzedLists {
    private static final List<String> NAMES = List.of("Jay Alammar", "Lena Voita", "Hugging Face", "Stanford NLP Group", "Chip Huyen",
            "Patrick Loeber", "StatQuest", "Meta", "AI2");
    private static final List<String> TOPICS = List.of("Attention", "Tokenization", "Word Embeddings", "RLHF", "Quantization",
            "Retrieval", "Sequence Models", "Evaluation", "Scaling Laws");
    private static final List<String> HOSTS = List.of("https://example.org/posts/", "https://github.com/someone/", "https://arxiv.org/abs/2401.0",
            "https://www.youtube.com/watch?v=abcdefghij", "https://docs.example.com/guide/", "https://blog.example.net/", "https://uni.edu/pubs/");
    private static final List<String> GENERIC = List.of("video", "slides", "code", "[pdf]", "Article", "YouTube video lecture", "here");

    private FuzzedLists() {
    }

    static String list(long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("# Awesome list " + seed + "\n\n[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n");
        b.append("## Contents\n- [Part one](#part-one)\n- [Part two](#part-two)\n\n");
        for (int section = 0; section < 2 + r.nextInt(3); section++) {
            b.append("## ").append(pick(r, TOPICS)).append(' ').append(section).append("\n\n");
            switch (r.nextInt(3)) {
                case 0 -> items(r, b);
                case 1 -> table(r, b);
                default -> {
                    b.append("<details>\n<summary>More on ").append(pick(r, TOPICS)).append("</summary>\n\n");
                    items(r, b);
                    b.append("</details>\n\n");
                }
            }
        }
        return b.toString();
    }

    private static void items(Random r, StringBuilder b) {
        for (int i = 0; i < 3 + r.nextInt(6); i++) {
            String url = url(r);
            String title = pick(r, TOPICS) + " " + (char) ('A' + r.nextInt(26)) + r.nextInt(50);
            switch (r.nextInt(6)) {
                case 0 -> b.append("- [").append(pick(r, NAMES)).append(" - ").append(title).append("](").append(url).append(")\n");
                case 1 -> b.append("* [").append(title).append("](").append(url).append(") by ").append(pick(r, NAMES)).append(": a note.\n");
                case 2 -> b.append("- [").append(title).append("](").append(url).append(") (").append(pick(r, NAMES)).append(", 2024) - the ")
                        .append("description says what it does.\n");
                case 3 -> b.append("- [").append(title).append("](").append(url).append(") - [").append(pick(r, GENERIC)).append("](")
                        .append(url(r)).append(")\n");
                case 4 -> b.append("- [").append(title).append(" ](").append(url).append("#part-").append(r.nextInt(3)).append(")\n");
                default -> b.append("- ").append(title).append(": [").append(pick(r, GENERIC)).append("](").append(url).append(")\n");
            }
        }
        b.append('\n');
    }

    private static void table(Random r, StringBuilder b) {
        b.append("| Name | Description | Article | Notebook |\n|---|---|---|---|\n");
        for (int i = 0; i < 2 + r.nextInt(4); i++) {
            b.append("| ").append(pick(r, TOPICS)).append(" notebook ").append(i).append(" | Does a thing. | [Article](").append(url(r))
                    .append(") | <a href=\"https://colab.research.google.com/drive/").append(Long.toHexString(r.nextLong()))
                    .append("\"><img src=\"img/colab.svg\" alt=\"Open In Colab\"></a> |\n");
        }
        b.append('\n');
    }

    private static String url(Random r) {
        return pick(r, HOSTS) + Integer.toString(r.nextInt(100_000), 36);
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
