package dev.syllabus.search;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a learner might call an entity by: its title and the parts of it ("Compute-optimal training (Chinchilla)"
 * is also "Chinchilla"; "LoRA: Low-Rank Adaptation of ..." is also "LoRA"), its aliases, and its slug read as words.
 */
final class Names {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]+)\\)");
    /** A title's lead before a colon or a bar, when it is short enough to be a name of its own. */
    private static final Pattern LEAD = Pattern.compile("^([^:|?]{2,40})\\s*[:|?]");

    private final KnowledgeBase kb;

    Names(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Names other than the title, for the aliases field. */
    static List<String> of(Entity e) {
        List<String> all = exact(e);
        all.remove(e.title());
        return all;
    }

    /** Every name including the title; a query equal to one of them gets the exact-name boost. */
    static List<String> exact(Entity e) {
        // A concept's title may hold a second name in parentheses, a paper's title may lead with its name ("LoRA: ...");
        // a resource's parenthesis or lead is a subtitle or a topic ("RLHF: ..."), not a name of its own.
        Set<String> names = new LinkedHashSet<>();
        e.visit(c -> {
            names.addAll(partsOf(c.title()));
            c.aliases().forEach(a -> names.addAll(partsOf(a)));
            names.add(words(c.slug()));
        }, p -> {
            names.addAll(leadOf(p.title()));
            names.add(words(p.slug()));
            p.arxiv().ifPresent(names::add);
        }, r -> names.add(r.title()), c -> {
            names.add(c.title());
            names.addAll(c.aliases());
            names.add(words(c.slug()));
        }, p -> names.add(p.title()), g -> names.add(g.title()));
        return new ArrayList<>(names);
    }

    /** The names a person would recognise in a list of suggestions: all but the slug and the arXiv id. */
    static List<String> shown(Entity e) {
        List<String> all = exact(e);
        all.remove(words(e.slug()));
        if (e instanceof Paper p) {
            p.arxiv().ifPresent(all::remove);
        }
        return all;
    }

    /** The title or alias itself, its text without a parenthesis, the parenthesis alone, and a short lead. */
    static List<String> partsOf(String name) {
        List<String> parts = new ArrayList<>(List.of(name));
        Matcher m = PARENTHESIS.matcher(name);
        if (m.find()) {
            parts.add(m.group(1).strip());
            parts.add(PARENTHESIS.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip());
        }
        parts.addAll(leadOf(name).subList(1, leadOf(name).size()));
        return parts;
    }

    /** The name, and its lead before a colon, bar or question mark when that is short enough to be a name. */
    static List<String> leadOf(String name) {
        List<String> parts = new ArrayList<>(List.of(name));
        Matcher lead = LEAD.matcher(name);
        if (lead.find()) {
            parts.add(lead.group(1).strip());
        }
        return parts;
    }

    static String words(Slug slug) {
        return slug.value().replace('-', ' ');
    }

    /** The titles and aliases of the concepts, for the field that links a document to what it teaches. */
    List<String> ofConcepts(List<Slug> slugs) {
        Set<String> out = new LinkedHashSet<>();
        slugs.forEach(s -> kb.get(s, Concept.class).ifPresent(c -> {
            out.add(c.title());
            out.addAll(c.aliases());
        }));
        return new ArrayList<>(out);
    }

    List<String> ofCreators(List<Slug> slugs) {
        List<String> out = new ArrayList<>();
        slugs.forEach(s -> kb.get(s, Creator.class).ifPresentOrElse(c -> {
            out.add(c.name());
            out.addAll(c.aliases());
        }, () -> out.add(words(s))));
        return out;
    }

    List<String> areasOf(List<Slug> concepts) {
        return concepts.stream().flatMap(s -> kb.get(s, Concept.class).stream()).map(c -> c.area().id()).distinct().toList();
    }
}
