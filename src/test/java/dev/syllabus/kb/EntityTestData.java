package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Entities with sensible defaults, so each test states only the facts it is about. */
final class EntityTestData {
    private EntityTestData() {
    }

    static Slug slug(String value) {
        return Slug.of(value);
    }

    static List<Slug> slugs(String... values) {
        return Arrays.stream(values).map(Slug::of).toList();
    }

    /** A concept in the foundations area requiring {@code prerequisites}, each with a reason. */
    static Concept concept(String slug, String... prerequisites) {
        List<Prerequisite> prereqs = Arrays.stream(prerequisites).map(p -> new Prerequisite(Slug.of(p), "needed first")).toList();
        return new Concept(Slug.of(slug), title(slug), List.of(), Area.FOUNDATIONS, "A summary.", prereqs, List.of(), "");
    }

    static Concept conceptWithAliases(String slug, String title, String... aliases) {
        return new Concept(Slug.of(slug), title, List.of(aliases), Area.FOUNDATIONS, "A summary.", List.of(), List.of(), "");
    }

    static Concept conceptWithBody(String slug, String body) {
        return new Concept(Slug.of(slug), title(slug), List.of(), Area.FOUNDATIONS, "A summary.", List.of(), List.of(), body);
    }

    static Paper paper(String slug, String arxiv, List<String> introduces, List<String> buildsOn) {
        return new Paper(Slug.of(slug), title(slug), List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"), 2017,
                "NeurIPS 2017", Optional.ofNullable(arxiv), Optional.empty(), slugsOf(introduces), slugsOf(buildsOn),
                Minutes.of(90), "", Level.INTERMEDIATE, "");
    }

    static Creator creator(String slug) {
        return new Creator(Slug.of(slug), title(slug), CreatorKind.PERSON, Optional.empty(), List.of(), "");
    }

    static Guide guide(String slug, Topic... topics) {
        return new Guide(Slug.of(slug), title(slug), "", List.of(topics), "");
    }

    static Topic topic(int number, String concept, Pick... picks) {
        return new Topic(number, "Topic " + number, Slug.of(concept), List.of(picks), List.of());
    }

    static Pick pick(PickRole role, String resource) {
        return new Pick(role, Slug.of(resource), List.of(), "", "");
    }

    static Segment at(String start, String concept) {
        return new Segment(Optional.of(Timestamp.parse(start)), Optional.empty(), false, "", "a part",
                Optional.ofNullable(concept).map(Slug::of), Optional.empty());
    }

    static Segment between(String start, String end) {
        return new Segment(Optional.of(Timestamp.parse(start)), Optional.of(Timestamp.parse(end)), false, "", "a part",
                Optional.empty(), Optional.empty());
    }

    static Segment section(String section, Minutes minutes) {
        return new Segment(Optional.empty(), Optional.empty(), false, section, "a part", Optional.empty(),
                Optional.ofNullable(minutes));
    }

    static ResourceBuilder resource(String slug) {
        return new ResourceBuilder(slug);
    }

    private static List<Slug> slugsOf(List<String> values) {
        return values.stream().map(Slug::of).toList();
    }

    private static String title(String slug) {
        return Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
    }

    /** Builds a resource: a free introductory video of stated length unless told otherwise. */
    static final class ResourceBuilder {
        private final String slug;
        private ResourceKind kind = ResourceKind.VIDEO;
        private String url;
        private final List<String> alternates = new ArrayList<>();
        private final List<String> creators = new ArrayList<>();
        private final List<String> covers = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private Minutes minutes = Minutes.of(30);
        private LengthBasis basis = LengthBasis.STATED;
        private String body = "";

        private ResourceBuilder(String slug) {
            this.slug = slug;
        }

        ResourceBuilder kind(ResourceKind value) {
            kind = value;
            return this;
        }

        ResourceBuilder url(String value) {
            url = value;
            return this;
        }

        ResourceBuilder alternate(String value) {
            alternates.add(value);
            return this;
        }

        ResourceBuilder by(String... creatorSlugs) {
            creators.addAll(List.of(creatorSlugs));
            return this;
        }

        ResourceBuilder covers(String... concepts) {
            covers.addAll(List.of(concepts));
            return this;
        }

        ResourceBuilder segment(Segment segment) {
            segments.add(segment);
            return this;
        }

        ResourceBuilder length(String text, LengthBasis lengthBasis) {
            minutes = Minutes.parse(text);
            basis = lengthBasis;
            return this;
        }

        ResourceBuilder body(String markdown) {
            body = markdown;
            return this;
        }

        Resource build() {
            Optional<CanonicalUrl> canonical = Optional.ofNullable(url).map(CanonicalUrl::of);
            return new Resource(Slug.of(slug), kind, title(slug), slugsOf(creators), canonical, Optional.ofNullable(url),
                    alternates.stream().map(CanonicalUrl::of).toList(), minutes, basis, slugsOf(covers), segments,
                    Level.INTRODUCTORY, Access.FREE, "", List.of(), body);
        }
    }
}
