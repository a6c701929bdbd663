package dev.syllabus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The knowledge base of the static-site benchmark (scripts/sitebench): {@code N} made-up entities (a tenth concepts in
 * the eleven areas, each requiring up to three of the ten concepts before it in its area; seven tenths resources; the
 * rest papers and creators), with bodies of about 150 words linking other entities, written twice from the same
 * model: as Syllabus content and as a Hugo site ({@link HugoSite}) whose templates show the same facts. Fixed seed.
 * Usage: {@code SiteBenchContent OUT [N]} writes OUT/syllabus and OUT/hugo.
 */
public final class SiteBenchContent {
    static final String[] AREAS = {"foundations", "representations", "sequence-models", "attention-and-transformers",
            "architectures", "learning-paradigms", "generation", "alignment", "scaling", "efficiency", "tooling"};
    static final String[] KINDS = {"video", "blog-post", "article", "book-chapter", "lecture-notes"};
    static final String[] LEVELS = {"introductory", "intermediate", "advanced"};
    private static final String[] WORDS = ("model token layer weight gradient loss attention vector training data query key "
            + "value head sequence embedding softmax scale decoder encoder learning rate batch step norm residual "
            + "position context output input matrix parameter sample probability update objective signal").split(" ");

    /** One entity of the model: its type folder, slug, title, front matter lines (ours) and body. */
    record Item(String folder, String slug, String title, List<String> ours, List<Link> links, String body) {
    }

    /** A typed link from one entity to another, listed on its page (prerequisite, coverage, creator). */
    record Link(String role, String folder, String slug) {
    }

    private final Random random = new Random(20_261_202L);
    final List<Item> items = new ArrayList<>();

    SiteBenchContent(int entities) {
        int concepts = entities / 10;
        int creators = entities / 20;
        int papers = entities / 20 * 3;
        int resources = entities - concepts - creators - papers;
        for (int i = 0; i < concepts; i++) {
            concept(i, concepts);
        }
        for (int i = 0; i < creators; i++) {
            items.add(new Item("creators", "creator-" + i, "Creator " + i, List.of("name: Creator " + i, "kind: person",
                    "homepage: https://example.org/creators/" + i), List.of(), body(concepts)));
        }
        for (int i = 0; i < papers; i++) {
            int c = random.nextInt(concepts);
            items.add(new Item("papers", "paper-" + i, "Paper " + i + " on " + words(3), List.of("title: \"Paper " + i + "\"",
                    "authors: [Author " + i + "]", "year: " + (2000 + i % 25), "venue: Venue " + (i % 40),
                    "url: https://example.org/papers/" + i, "reading_time: 1h", "level: " + LEVELS[i % 3], "introduces: [concept-" + c + "]"),
                    List.of(new Link("Introduces", "concepts", "concept-" + c)), body(concepts)));
        }
        for (int i = 0; i < resources; i++) {
            resource(i, concepts, creators);
        }
    }

    private void concept(int i, int concepts) {
        int area = i % AREAS.length;
        List<Link> links = new ArrayList<>();
        List<String> ours = new ArrayList<>(List.of("title: Concept " + i, "area: " + AREAS[area], "summary: " + sentence()));
        int before = i / AREAS.length;
        int wanted = Math.min(before, random.nextInt(4));
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < wanted) {
            int back = 1 + random.nextInt(Math.min(before, 10));
            int p = i - back * AREAS.length;
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        if (!chosen.isEmpty()) {
            ours.add("prerequisites:");
            for (int p : chosen) {
                ours.add("  - concept: concept-" + p);
                ours.add("    reason: " + sentence());
                links.add(new Link("Requires", "concepts", "concept-" + p));
            }
        }
        items.add(new Item("concepts", "concept-" + i, "Concept " + i, ours, links, body(concepts)));
    }

    private void resource(int i, int concepts, int creators) {
        int creator = random.nextInt(creators);
        int a = random.nextInt(concepts);
        int b = random.nextInt(concepts);
        List<String> covers = a == b ? List.of("concept-" + a) : List.of("concept-" + a, "concept-" + b);
        List<Link> links = new ArrayList<>(List.of(new Link("By", "creators", "creator-" + creator)));
        covers.forEach(c -> links.add(new Link("Covers", "concepts", c)));
        items.add(new Item("resources", "resource-" + i, "Resource " + i, List.of("title: Resource " + i, "kind: " + KINDS[i % KINDS.length],
                "creators: [creator-" + creator + "]", "url: https://example.org/resources/" + i, "length: " + (5 + i % 50) + "m",
                "length_basis: stated", "covers: [" + String.join(", ", covers) + "]", "level: " + LEVELS[i % 3], "access: free",
                "note: " + sentence()), links, body(concepts)));
    }

    private String body(int concepts) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            for (int s = 0; s < 4; s++) {
                b.append(sentence()).append(' ');
            }
            b.append("See [[concept-").append(random.nextInt(concepts)).append("]].\n\n");
        }
        return b.toString().strip() + "\n";
    }

    private String sentence() {
        String s = words(8 + random.nextInt(6));
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    void writeOurs(Path root) throws IOException {
        for (Item item : items) {
            Path file = root.resolve(item.folder()).resolve(item.slug() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + String.join("\n", item.ours()) + "\n---\n" + item.body());
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SiteBenchContent OUT [ENTITIES]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        SiteBenchContent model = new SiteBenchContent(args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
        model.writeOurs(out.resolve("syllabus"));
        HugoSite.write(model.items, out.resolve("hugo"));
        System.out.println(model.items.size() + " entities written to " + out.resolve("syllabus") + " and " + out.resolve("hugo"));
    }
}
