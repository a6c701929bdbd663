package dev.syllabus.plan;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Estimate;
import dev.syllabus.kb.Gap;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.LengthBasis;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.PickRole;
import dev.syllabus.kb.Postponed;
import dev.syllabus.kb.Prerequisite;
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

/** Builds small knowledge bases for planner tests, with defaults for everything a test does not care about. */
final class TestKb {
    /** The prefix that marks a soft prerequisite in {@link #concept}. */
    static final String SOFT = "soft:";
    private final List<Entity> entities = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();

    static TestKb kb() {
        return new TestKb();
    }

    static Slug slug(String s) {
        return Slug.of(s);
    }

    static List<Slug> slugs(String... s) {
        return Arrays.stream(s).map(Slug::of).toList();
    }

    TestKb concept(String slug, Area area, String... prerequisites) {
        return conceptTitled(slug, title(slug), area, prerequisites);
    }

    /** A concept; a prerequisite written {@code soft:slug} is a soft one (background). */
    TestKb conceptTitled(String slug, String title, Area area, String... prerequisites) {
        List<Prerequisite> prereqs = Arrays.stream(prerequisites).map(p -> prerequisite(title, p)).toList();
        entities.add(new Concept(Slug.of(slug), title, List.of(), area, "About " + title + ".", prereqs, List.of(), ""));
        return this;
    }

    private static Prerequisite prerequisite(String title, String written) {
        boolean soft = written.startsWith(SOFT);
        String p = soft ? written.substring(SOFT.length()) : written;
        return new Prerequisite(Slug.of(p), title + (soft ? " is motivated by " : " builds on ") + title(p) + ".",
                soft ? Prerequisite.Strength.SOFT : Prerequisite.Strength.HARD);
    }

    /** Makes the concept {@code slug}, already added, include {@code included}: knowing it means knowing them. */
    TestKb includes(String slug, String... included) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i) instanceof Concept c && c.slug().value().equals(slug)) {
                entities.set(i, new Concept(c.slug(), c.title(), c.aliases(), c.area(), c.summary(), c.prerequisites(),
                        slugs(included), c.related(), c.body()));
                return this;
            }
        }
        throw new IllegalArgumentException("no concept " + slug + " yet");
    }

    TestKb resource(String slug, ResourceKind kind, int minutes, String... covers) {
        return add(resource(slug, kind, minutes, List.of(), covers));
    }

    TestKb add(Resource r) {
        entities.add(r);
        return this;
    }

    static Resource resource(String slug, ResourceKind kind, int minutes, List<Segment> segments, String... covers) {
        return new Resource(Slug.of(slug), kind, title(slug), List.of(), Optional.of(url(slug, kind)), Optional.empty(),
                List.of(), Minutes.of(minutes), LengthBasis.STATED, slugs(covers), segments, Level.INTRODUCTORY,
                Access.FREE, "", List.of(), "");
    }

    static Resource by(Resource r, String... creators) {
        return new Resource(r.slug(), r.kind(), r.title(), slugs(creators), r.url(), r.written(), r.alternateUrls(),
                r.minutes(), r.lengthBasis(), r.covers(), r.segments(), r.level(), r.access(), r.note(), r.defects(), r.body());
    }

    static Resource withoutUrl(Resource r) {
        return new Resource(r.slug(), r.kind(), r.title(), r.creators(), Optional.empty(), Optional.empty(), List.of(),
                r.minutes(), r.lengthBasis(), r.covers(), r.segments(), r.level(), r.access(), r.note(),
                List.of(new KnownDefect(DefectKind.MISSING_URL, "No source gives one.")), r.body());
    }

    static Segment at(String start, String concept) {
        return new Segment(Optional.of(Timestamp.parse(start)), Optional.empty(), false, "", "the part on " + concept,
                Optional.of(Slug.of(concept)), Optional.empty());
    }

    TestKb creator(String slug) {
        entities.add(new Creator(Slug.of(slug), title(slug), CreatorKind.PERSON, Optional.empty(), List.of(), ""));
        return this;
    }

    TestKb paper(String slug, int year, int minutes, String... introduces) {
        entities.add(new Paper(Slug.of(slug), title(slug) + ": A Study", List.of("Ada Lovelace", "Alan Turing", "Grace Hopper"),
                year, "Venue " + year, Optional.empty(), Optional.of(CanonicalUrl.of("https://papers.example.org/" + slug)),
                slugs(introduces), List.of(), Minutes.of(minutes), "Read section 3 closely.", Level.INTERMEDIATE, ""));
        return this;
    }

    /** Adds a topic to the test guide; picks are "role:resource" or "role:resource@m:ss". */
    TestKb topic(int number, String concept, String... picks) {
        List<Pick> list = Arrays.stream(picks).map(TestKb::pick).toList();
        topics.add(new Topic(number, "Topic " + number, Slug.of(concept), list, List.<Gap>of()));
        return this;
    }

    private static Pick pick(String text) {
        String[] roleAndRest = text.split(":", 2);
        String[] resourceAndAt = roleAndRest[1].split("@");
        List<Timestamp> at = resourceAndAt.length > 1 ? List.of(Timestamp.parse(resourceAndAt[1])) : List.of();
        return new Pick(PickRole.valueOf(roleAndRest[0].toUpperCase()), Slug.of(resourceAndAt[0]), at, "", "");
    }

    TestKb path(String slug, String stated, List<Phase> phases, List<Postponed> postponed) {
        entities.add(new LearningPath(Slug.of(slug), title(slug), "Testers.", "Nothing.", phases,
                Optional.ofNullable(stated).map(Estimate::parse), postponed, ""));
        return this;
    }

    static Phase phase(String title, String estimate, PathItem... items) {
        return new Phase(title, Optional.ofNullable(estimate).map(Estimate::parse), Optional.empty(), "", List.of(items));
    }

    KnowledgeBase build() {
        List<Entity> all = new ArrayList<>(entities);
        if (!topics.isEmpty()) {
            all.add(new Guide(Slug.of("test-guide"), "Test guide", "Testers.", topics, ""));
        }
        return KnowledgeBase.of(all);
    }

    static String title(String slug) {
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static CanonicalUrl url(String slug, ResourceKind kind) {
        if (kind.isVideo()) {
            String id = (slug.replace("-", "") + "xxxxxxxxxxx").substring(0, 11);
            return CanonicalUrl.of("https://www.youtube.com/watch?v=" + id);
        }
        return CanonicalUrl.of("https://example.org/" + slug);
    }
}
