package dev.syllabus.plan;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.ReadingMode;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One thing to read, watch or do in a step: a resource, a part of one (a video from a timestamp, a book's chapters),
 * or a paper ({@code kind} {@link ResourceKind#PAPER}, with a reading mode and advice). {@code byline} names the
 * creators or the paper's authors for people; {@code creators} are the creators' slugs, empty for papers.
 * {@code deepLink} opens it where the part starts, and is empty for a part with no time or address of its own (then
 * {@code url} is the way in); {@code optional} marks depth a budget may drop. {@code minutes} is study time (see
 * {@link StudyTime}), {@code running} the stated running or reading-through time it comes from, and {@code timing}
 * says both when they differ ("1h 56m video, about 3h with the code").
 */
public record StudyItem(Slug slug, ResourceKind kind, String title, List<Slug> creators, String byline,
                        Optional<String> url, Optional<String> deepLink, Optional<String> part, Minutes minutes,
                        Minutes running, String timing, Optional<ReadingMode> mode, String advice, String note,
                        boolean optional) {
    public StudyItem {
        creators = List.copyOf(creators);
        byline = byline == null ? "" : byline;
        timing = timing == null ? "" : timing;
        advice = advice == null ? "" : advice;
        note = note == null ? "" : note;
    }

    /**
     * A resource, or the part of it that {@code part} names, running {@code running} and taking {@code study}; a
     * {@code codedAlong} video is one the learner types along with.
     */
    static StudyItem of(KnowledgeBase kb, Resource r, Optional<Segment> part, Minutes running, Minutes study,
                        boolean codedAlong, Optional<ReadingMode> mode, String note) {
        Optional<String> url = r.url().map(Object::toString);
        Optional<String> deepLink = part.isPresent() ? r.deepLink(part.get()) : url;
        String byline = r.creators().stream().map(c -> kb.get(c).map(Entity::title).orElse(c.value()))
                .collect(Collectors.joining(", "));
        return new StudyItem(r.slug(), r.kind(), r.title(), r.creators(), byline, url, deepLink,
                part.map(Segment::label).filter(l -> !l.isEmpty()), study, running,
                StudyTime.describe(r.kind(), running, study, codedAlong), mode, "", note, false);
    }

    /** A paper read in {@code mode}; {@code optional} when it is depth a budget may drop. */
    static StudyItem of(Paper p, Minutes minutes, Optional<ReadingMode> mode, String note, boolean optional) {
        Optional<String> url = p.url().map(Object::toString);
        return new StudyItem(p.slug(), ResourceKind.PAPER, p.title(), List.of(), p.shortAuthors(), url, url,
                Optional.empty(), minutes, minutes, "", mode, p.readingAdvice(), note, optional);
    }

    /**
     * A concept's own page as a short read of {@code minutes}: for a concept nothing else in the plan teaches at its
     * place, or a curated path's reference page. It has no address of its own outside the wiki (see {@link #isPage}).
     */
    static StudyItem page(Concept c, Minutes minutes, String note) {
        return new StudyItem(c.slug(), ResourceKind.CONCEPT_PAGE, c.title(), List.of(), "", Optional.empty(),
                Optional.empty(), Optional.empty(), minutes, minutes, "", Optional.empty(), "", note, false);
    }

    /** The same item with another note. */
    StudyItem withNote(String other) {
        return other.equals(note) ? this : new StudyItem(slug, kind, title, creators, byline, url, deepLink, part, minutes,
                running, timing, mode, advice, other, optional);
    }

    /** The same item taking other times, {@code timing} saying both (see {@link StudyTime#describe}). */
    StudyItem withTime(Minutes study, Minutes runningTime, String timingText) {
        return new StudyItem(slug, kind, title, creators, byline, url, deepLink, part, study, runningTime, timingText, mode,
                advice, note, optional);
    }

    /** The whole resource this item is a part of, opened at its start. */
    StudyItem whole() {
        return new StudyItem(slug, kind, title, creators, byline, url, url, Optional.empty(), minutes, running, timing, mode,
                advice, note, false);
    }

    /** True for a concept's own page, read on the wiki ({@code /concepts/SLUG}) or with {@code syllabus show SLUG}. */
    public boolean isPage() {
        return kind == ResourceKind.CONCEPT_PAGE;
    }

    /** The address to open: the part's deep link, else the whole resource's address. */
    public Optional<String> link() {
        return deepLink.or(() -> url);
    }

    public boolean isPaper() {
        return kind == ResourceKind.PAPER;
    }
}
