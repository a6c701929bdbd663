package dev.syllabus.bench;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A large knowledge base of made-up but realistic text, for benchmarks: sentences are random walks over the word
 * pairs of the bundled content (so term frequencies look like real prose about deep learning), with rare made-up
 * words mixed in at a Zipf-like rate (so the vocabulary grows as a real corpus's does). The bundled concepts come
 * along with their aliases, so synonyms and concept links work as in production. Fixed seed: every run is the same.
 */
public final class SyntheticKnowledgeBase {
    private static final int SEGMENTS_PER_RESOURCE = 3;
    private static final int CREATORS = 200;
    private static final int RARE_WORDS = 60_000;

    private final Random random = new Random(20_261_122L);
    private final Map<String, List<String>> next = new HashMap<>();
    private final List<String> starts = new ArrayList<>();
    private final List<Concept> concepts;

    private SyntheticKnowledgeBase(KnowledgeBase seed) {
        this.concepts = seed.concepts();
        seed.entities().forEach(e -> learn(e.body()));
        seed.concepts().forEach(c -> learn(c.summary()));
        seed.resources().forEach(r -> {
            learn(r.note());
            r.segments().forEach(s -> learn(s.covers()));
        });
    }

    /** About {@code documents} index documents: the seed's concepts, {@value #CREATORS} creators, and resources with segments. */
    public static KnowledgeBase of(KnowledgeBase seed, int documents) {
        return new SyntheticKnowledgeBase(seed).build(documents);
    }

    private KnowledgeBase build(int documents) {
        List<Entity> entities = new ArrayList<>(concepts);
        for (int i = 0; i < CREATORS; i++) {
            entities.add(new Creator(Slug.of("creator-" + i), sentence(2, 3), CreatorKind.PERSON, Optional.empty(), List.of(), ""));
        }
        int resources = Math.max(1, (documents - entities.size()) / (1 + SEGMENTS_PER_RESOURCE));
        for (int i = 0; i < resources; i++) {
            entities.add(resource(i));
        }
        return KnowledgeBase.of(entities);
    }

    private Resource resource(int i) {
        ResourceKind kind = i % 3 == 0 ? ResourceKind.VIDEO : i % 3 == 1 ? ResourceKind.BLOG_POST : ResourceKind.BOOK_CHAPTER;
        List<Segment> segments = new ArrayList<>();
        for (int s = 0; s < SEGMENTS_PER_RESOURCE; s++) {
            Optional<Slug> concept = Optional.of(concepts.get(random.nextInt(concepts.size())).slug());
            segments.add(new Segment(Optional.of(new Timestamp(60 + s * 600 + random.nextInt(500))), Optional.empty(), false,
                    "", sentence(8, 20), concept, Optional.empty()));
        }
        List<Slug> covers = List.of(concepts.get(random.nextInt(concepts.size())).slug(),
                concepts.get(random.nextInt(concepts.size())).slug()).stream().distinct().toList();
        String url = "https://example.org/r/" + i;
        return new Resource(Slug.of("resource-" + i), kind, capitalised(sentence(3, 9)),
                List.of(Slug.of("creator-" + random.nextInt(CREATORS))), Optional.of(CanonicalUrl.of(url)), Optional.of(url),
                List.of(), Minutes.of(40), LengthBasis.STATED, covers, segments, Level.values()[i % 3],
                i % 10 == 0 ? Access.PAID : Access.FREE, sentence(15, 35), List.of(), paragraph(80, 220));
    }

    private void learn(String text) {
        String[] words = text.replaceAll("\\[\\[([^\\]|]+\\|)?([^\\]]+)]]", "$2").split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (i == 0 || words[i - 1].endsWith(".")) {
                starts.add(words[i]);
            }
            next.computeIfAbsent(words[i], k -> new ArrayList<>()).add(words[i + 1]);
        }
    }

    private String paragraph(int min, int max) {
        StringBuilder text = new StringBuilder();
        int target = min + random.nextInt(max - min);
        while (text.length() / 6 < target) {
            text.append(sentence(8, 25)).append(". ");
        }
        return text.toString().strip();
    }

    private String sentence(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        List<String> words = new ArrayList<>();
        String word = starts.get(random.nextInt(starts.size()));
        while (words.size() < length) {
            words.add(random.nextInt(12) == 0 ? rareWord() : word.replaceAll("[.,;:()]", ""));
            List<String> after = next.get(word);
            word = after == null || word.endsWith(".") ? starts.get(random.nextInt(starts.size())) : after.get(random.nextInt(after.size()));
        }
        return String.join(" ", words);
    }

    /** A made-up word; low numbers far more often than high ones, as word frequencies fall off in real text. */
    private String rareWord() {
        int rank = (int) Math.min(RARE_WORDS - 1, Math.exp(random.nextDouble() * Math.log(RARE_WORDS)));
        return "w" + Integer.toString(rank * 7919 % 1_000_003, 36);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
