package dev.syllabus.search;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Timestamp;
import dev.syllabus.kb.Topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A knowledge base written in code for the search tests: a handful of concepts with aliases, a video with two timed
 * segments, a post, lecture notes, a paper, two creators and a guide that picks the video at 11:08. Each test states
 * which of these facts it relies on.
 */
final class SmallKnowledgeBase {
    static final String VIDEO_URL = "https://www.youtube.com/watch?v=eMlx5fFNoYc";

    private SmallKnowledgeBase() {
    }

    static KnowledgeBase build() {
        return KnowledgeBase.of(entities());
    }

    static List<Entity> entities() {
        List<Entity> all = new ArrayList<>(List.of(
                concept("causal-masking", "Masked (causal) self-attention", Area.ATTENTION_AND_TRANSFORMERS,
                        "Blocking each position from attending to later ones, so a model only sees the past.",
                        "causal masking", "look-ahead mask"),
                concept("rotary-position-embedding", "Rotary position embedding", Area.ATTENTION_AND_TRANSFORMERS,
                        "Encoding position by rotating queries and keys.", "RoPE"),
                concept("compute-optimal-scaling", "Compute-optimal training (Chinchilla)", Area.SCALING,
                        "Model size and training tokens should grow together.", "Chinchilla"),
                concept("low-rank-adaptation", "Low-rank adaptation", Area.EFFICIENCY,
                        "Training small low-rank updates instead of every weight."),
                creator("demo-channel", "Demo Channel", CreatorKind.CHANNEL, "Jane Doe"),
                creator("ada-writer", "Ada Writer", CreatorKind.PERSON),
                video(),
                resource("rope-post", ResourceKind.BLOG_POST, "Rotary embeddings, explained", "https://example.org/rope",
                        "ada-writer", "Why rotations keep <b>relative</b> positions & nothing else.", "rotary-position-embedding"),
                resource("lora-notes", ResourceKind.LECTURE_NOTES, "Notes on low-rank adaptation", "https://example.org/lora",
                        "ada-writer", "Short notes with worked examples.", "low-rank-adaptation"),
                paper(),
                guide()));
        return all;
    }

    static Concept concept(String slug, String title, Area area, String summary, String... aliases) {
        return new Concept(Slug.of(slug), title, List.of(aliases), area, summary, List.of(), List.of(), "");
    }

    static Creator creator(String slug, String name, CreatorKind kind, String... aliases) {
        return new Creator(Slug.of(slug), name, kind, Optional.empty(), List.of(aliases), "");
    }

    static Resource resource(String slug, ResourceKind kind, String title, String url, String creator, String note,
                             String... covers) {
        return new Resource(Slug.of(slug), kind, title, List.of(Slug.of(creator)), Optional.of(CanonicalUrl.of(url)),
                Optional.of(url), List.of(), Minutes.of(20), LengthBasis.ESTIMATED, slugs(covers), List.of(),
                Level.INTERMEDIATE, kind == ResourceKind.LECTURE_NOTES ? Access.REGISTRATION : Access.FREE, note,
                List.of(), "");
    }

    private static Resource video() {
        List<Segment> segments = List.of(
                segment("11:08", "scores of later positions are set to minus infinity before the softmax", "causal-masking"),
                segment("15:44", "counting the weights of one head, then of the whole model", null));
        return new Resource(Slug.of("attention-video"), ResourceKind.VIDEO, "Attention, step by step",
                List.of(Slug.of("demo-channel")), Optional.of(CanonicalUrl.of(VIDEO_URL)), Optional.of(VIDEO_URL), List.of(),
                Minutes.of(26), LengthBasis.STATED, slugs("causal-masking"), segments, Level.INTRODUCTORY, Access.FREE,
                "An animated walk through one attention block.", List.of(), "");
    }

    static Segment segment(String at, String covers, String concept) {
        return new Segment(Optional.of(Timestamp.parse(at)), Optional.empty(), false, "", covers,
                Optional.ofNullable(concept).map(Slug::of), Optional.empty());
    }

    private static Paper paper() {
        return new Paper(Slug.of("chinchilla-paper"), "Training Compute-Optimal Large Language Models",
                List.of("Jordan Hoffmann", "Sebastian Borgeaud"), 2022, "NeurIPS 2022", Optional.of("2203.15556"),
                Optional.empty(), slugs("compute-optimal-scaling"), List.of(), Minutes.of(90), "", Level.ADVANCED, "");
    }

    private static Guide guide() {
        Pick pick = new Pick(PickRole.VIDEO, Slug.of("attention-video"), List.of(Timestamp.parse("11:08")), "",
                "Shows future positions hidden from each token.");
        Topic topic = new Topic(1, "Masked self-attention", Slug.of("causal-masking"), List.of(pick), List.of());
        return new Guide(Slug.of("demo-guide"), "Demo guide", "Testers.", List.of(topic), "");
    }

    private static List<Slug> slugs(String... values) {
        return Arrays.stream(values).map(Slug::of).toList();
    }
}
