package dev.syllabus.plan;

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
 * {@code deepLink} opens it where the part starts; {@code optional} marks depth a budget may drop.
 */
public record StudyItem(Slug slug, ResourceKind kind, String title, List<Slug> creators, String byline,
                        Optional<String> url, Optional<String> deepLink, Optional<String> part, Minutes minutes,
                        Optional<ReadingMode> mode, String advice, String note, boolean optional) {
    public StudyItem {
        creators = List.copyOf(creators);
        byline = byline == null ? "" : byline;
        advice = advice == null ? "" : advice;
        note = note == null ? "" : note;
    }

    /** A resource, or the part of it that {@code part} names, taking {@code minutes}. */
    static StudyItem of(KnowledgeBase kb, Resource r, Optional<Segment> part, Minutes minutes, Optional<ReadingMode> mode,
                        String note) {
        Optional<String> url = r.url().map(Object::toString);
        Optional<String> deepLink = part.isPresent() ? r.addressOf(part.get()) : url;
        String byline = r.creators().stream().map(c -> kb.get(c).map(Entity::title).orElse(c.value()))
                .collect(Collectors.joining(", "));
        return new StudyItem(r.slug(), r.kind(), r.title(), r.creators(), byline, url, deepLink,
                part.map(Segment::label).filter(l -> !l.isEmpty()), minutes, mode, "", note, false);
    }

    /** A paper read in {@code mode}; {@code optional} when it is depth a budget may drop. */
    static StudyItem of(Paper p, Minutes minutes, Optional<ReadingMode> mode, String note, boolean optional) {
        Optional<String> url = p.url().map(Object::toString);
        return new StudyItem(p.slug(), ResourceKind.PAPER, p.title(), List.of(), p.shortAuthors(), url, url,
                Optional.empty(), minutes, mode, p.readingAdvice(), note, optional);
    }

    public boolean isPaper() {
        return kind == ResourceKind.PAPER;
    }
}
