package dev.syllabus.search;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.search.SearchDocument.Links;
import dev.syllabus.search.SearchDocument.Target;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a knowledge base into index documents: one per entity and one per segment of a resource. Each document's
 * fields gather what a learner might type to find it: its names, what curators wrote about it, the names and aliases
 * of the concepts it teaches, and who made it.
 */
final class KnowledgeDocuments {
    private final KnowledgeBase kb;
    private final CuratorNotes notes;
    private final PlainText plain;
    private final Names names;

    private KnowledgeDocuments(KnowledgeBase kb) {
        this.kb = kb;
        this.notes = CuratorNotes.of(kb);
        this.plain = new PlainText(kb);
        this.names = new Names(kb);
    }

    static List<SearchDocument> of(KnowledgeBase kb) {
        KnowledgeDocuments docs = new KnowledgeDocuments(kb);
        List<SearchDocument> out = new ArrayList<>();
        for (Entity e : kb.entities()) {
            docs.add(e, out);
        }
        return out;
    }

    private void add(Entity e, List<SearchDocument> out) {
        e.visit(c -> out.add(concept(c)), p -> out.add(paper(p)), r -> {
            out.add(resource(r));
            r.segments().forEach(s -> out.add(segment(r, s)));
        }, c -> out.add(creator(c)), p -> out.add(path(p)), g -> out.add(guide(g)));
    }

    private SearchDocument concept(Concept c) {
        Target target = new Target(HitType.CONCEPT, c.slug().value(), c.title(), null, List.of(), null, null, null);
        List<String> topics = kb.topicsFor(c.slug()).stream().map(t -> t.topic().title()).toList();
        Map<Field, List<String>> text = text(c.title(), Names.of(c), List.of(c.summary()), topics);
        text.put(Field.BODY, List.of(plain.of(c.body())));
        Map<Dimension, List<String>> filters = filters(HitType.CONCEPT);
        filters.put(Dimension.AREA, List.of(c.area().id()));
        return new SearchDocument(target, text, Names.exact(c), Links.NONE, filters, Prior.of(HitType.CONCEPT));
    }

    private SearchDocument paper(Paper p) {
        String url = p.url().map(Object::toString).orElse(null);
        Target target = new Target(HitType.PAPER, p.slug().value(), p.title(), "paper", List.of(), url, url, null);
        Map<Field, List<String>> text = text(p.title(), Names.of(p),
                List.of(p.readingAdvice(), p.venue() + " " + p.year()), notes(p.slug().value()));
        text.put(Field.PEOPLE, p.authors());
        text.put(Field.CONCEPTS, names.ofConcepts(p.introduces()));
        text.put(Field.BODY, List.of(plain.of(p.body())));
        Map<Dimension, List<String>> filters = filters(HitType.PAPER);
        filters.put(Dimension.KIND, List.of("paper"));
        filters.put(Dimension.LEVEL, List.of(p.level().id()));
        filters.put(Dimension.AREA, names.areasOf(p.introduces()));
        Links links = links(strings(p.introduces()), p.slug().value(), List.of());
        return new SearchDocument(target, text, Names.exact(p), links, filters, Prior.of(HitType.PAPER));
    }

    private SearchDocument resource(Resource r) {
        String url = r.url().map(Object::toString).orElse(null);
        Target target = new Target(HitType.RESOURCE, r.slug().value(), r.title(), r.kind().id(), strings(r.creators()), url,
                url, null);
        Map<Field, List<String>> text = text(r.title(), Names.of(r), List.of(r.note()), notes(r.slug().value()));
        text.put(Field.PEOPLE, names.ofCreators(r.creators()));
        List<Slug> picked = notes.conceptsFor(r.slug().value());
        List<Slug> concepts = new ArrayList<>(r.covers());
        concepts.addAll(picked);
        text.put(Field.CONCEPTS, names.ofConcepts(concepts));
        List<String> body = new ArrayList<>(List.of(plain.of(r.body())));
        r.segments().forEach(s -> body.add(s.covers()));
        text.put(Field.BODY, body);
        return new SearchDocument(target, text, Names.exact(r), links(strings(r.covers()), r.slug().value(), r.creators()),
                resourceFilters(HitType.RESOURCE, r, r.allConcepts()), Prior.of(HitType.RESOURCE) * (r.url().isPresent() ? 1f : Prior.NO_URL));
    }

    private SearchDocument segment(Resource r, Segment s) {
        String id = CuratorNotes.segmentId(r.slug(), s);
        String url = r.url().map(Object::toString).orElse(null);
        Target target = new Target(HitType.SEGMENT, r.slug().value(), r.title() + " (" + s.label() + ")", r.kind().id(),
                strings(r.creators()), url, r.deepLink(s).orElse(null), CuratorNotes.anchor(s));
        Map<Field, List<String>> text = text(s.section(), List.of(), List.of(s.covers()), notes.notesFor(id));
        text.put(Field.PEOPLE, names.ofCreators(r.creators()));
        List<Slug> picked = notes.conceptsFor(id);
        List<Slug> concepts = new ArrayList<>(s.concept().stream().toList());
        concepts.addAll(picked);
        List<String> conceptNames = new ArrayList<>(names.ofConcepts(concepts));
        conceptNames.add(r.title());
        text.put(Field.CONCEPTS, conceptNames);
        Links links = links(strings(s.concept().stream().toList()), id, r.creators());
        return new SearchDocument(target, text, List.of(), links, resourceFilters(HitType.SEGMENT, r, concepts),
                Prior.of(HitType.SEGMENT));
    }

    private SearchDocument creator(Creator c) {
        String home = c.homepage().map(Object::toString).orElse(null);
        Target target = new Target(HitType.CREATOR, c.slug().value(), c.name(), c.kind().id(), List.of(), home, home, null);
        Map<Field, List<String>> text = text(c.name(), Names.of(c), List.of(), notes(c.slug().value()));
        text.put(Field.BODY, List.of(plain.of(c.body())));
        return new SearchDocument(target, text, Names.exact(c), Links.NONE, filters(HitType.CREATOR), Prior.of(HitType.CREATOR));
    }

    private SearchDocument path(LearningPath p) {
        Target target = new Target(HitType.PATH, p.slug().value(), p.title(), null, List.of(), null, null, null);
        List<String> steps = new ArrayList<>();
        p.phases().forEach(phase -> {
            steps.add(phase.title());
            steps.add(phase.note());
            phase.items().forEach(item -> steps.add(item.title() + " " + item.note()));
        });
        p.postponed().forEach(later -> steps.add(later.reason()));
        Map<Field, List<String>> text = text(p.title(), List.of(), List.of(p.audience(), p.assumes()), steps);
        text.put(Field.BODY, List.of(plain.of(p.body())));
        return new SearchDocument(target, text, List.of(p.title()), Links.NONE, filters(HitType.PATH), Prior.of(HitType.PATH));
    }

    private SearchDocument guide(Guide g) {
        Target target = new Target(HitType.GUIDE, g.slug().value(), g.title(), null, List.of(), null, null, null);
        List<String> topics = g.topics().stream().map(t -> t.title()).toList();
        Map<Field, List<String>> text = text(g.title(), List.of(), List.of(g.audience()), topics);
        text.put(Field.BODY, List.of(plain.of(g.body())));
        return new SearchDocument(target, text, List.of(g.title()), Links.NONE, filters(HitType.GUIDE), Prior.of(HitType.GUIDE));
    }

    private Map<Dimension, List<String>> resourceFilters(HitType type, Resource r, List<Slug> concepts) {
        Map<Dimension, List<String>> filters = filters(type);
        filters.put(Dimension.KIND, List.of(r.kind().id()));
        filters.put(Dimension.CREATOR, strings(r.creators()));
        filters.put(Dimension.AREA, names.areasOf(concepts));
        filters.put(Dimension.LEVEL, List.of(r.level().id()));
        filters.put(Dimension.ACCESS, List.of(r.access().id()));
        return filters;
    }

    private Links links(List<String> teaches, String id, List<Slug> creators) {
        return new Links(teaches, strings(notes.picksFor(id)), strings(notes.companionsFor(id)), strings(creators));
    }

    private static Map<Dimension, List<String>> filters(HitType type) {
        Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.TYPE, List.of(type.id()));
        return filters;
    }

    private static Map<Field, List<String>> text(String title, List<String> aliases, List<String> summary, List<String> notes) {
        Map<Field, List<String>> text = new EnumMap<>(Field.class);
        text.put(Field.TITLE, List.of(title));
        text.put(Field.NAMES, aliases);
        text.put(Field.SUMMARY, summary);
        text.put(Field.NOTES, notes);
        return text;
    }

    private List<String> notes(String id) {
        return notes.notesFor(id);
    }

    private static List<String> strings(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).toList();
    }
}
