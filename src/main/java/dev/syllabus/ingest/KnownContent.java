package dev.syllabus.ingest;

import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Slug;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The knowledge base as the importer matches against it: resources and papers by every address they answer to
 * (alternates included), creators by name and alias, concepts by title and alias, and the slugs and hosts in use.
 */
final class KnownContent {
    private final LoadedContent content;
    private final Map<CanonicalUrl, Entity> byUrl = new LinkedHashMap<>();
    private final CreatorDirectory creators = new CreatorDirectory();
    private final Map<String, Slug> concepts = new HashMap<>();
    private final Set<String> hosts = new TreeSet<>();
    /** Every mention under one heading asks for its concept: read each heading once. */
    private final Map<String, Optional<Slug>> conceptByHeading = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\s*\\d+[.)]\\s*");
    private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\(.*?\\)");
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s*(?:/|:|—)\\s*");

    KnownContent(LoadedContent content) {
        this.content = content;
        KnowledgeBase kb = content.kb();
        for (Resource r : kb.resources()) {
            r.allUrls().forEach(u -> byUrl.putIfAbsent(u, r));
        }
        for (Paper p : kb.papers()) {
            p.url().ifPresent(u -> byUrl.putIfAbsent(u, p));
        }
        for (Creator c : kb.creators()) {
            creators.add(c);
            c.homepage().ifPresent(h -> hosts.add(h.host()));
        }
        byUrl.keySet().forEach(u -> hosts.add(u.host()));
        for (Concept c : kb.concepts()) {
            concepts.putIfAbsent(TitleWords.of(c.title()).toString(), c.slug());
            c.aliases().forEach(a -> concepts.putIfAbsent(TitleWords.of(a).toString(), c.slug()));
        }
    }

    LoadedContent content() {
        return content;
    }

    KnowledgeBase kb() {
        return content.kb();
    }

    Optional<Entity> byUrl(CanonicalUrl url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    CreatorDirectory creators() {
        return creators;
    }

    Set<String> hosts() {
        return hosts;
    }

    Set<String> slugsInUse() {
        Set<String> used = new HashSet<>();
        kb().entities().forEach(e -> used.add(e.slug().value()));
        return used;
    }

    /** The concept a section heading names: "## 5. BERT" names the concept with the alias BERT. */
    Optional<Slug> conceptFor(String heading) {
        return conceptByHeading.computeIfAbsent(heading, this::readConcept);
    }

    private Optional<Slug> readConcept(String heading) {
        String bare = PARENTHESISED.matcher(NUMBERING.matcher(heading).replaceFirst("")).replaceAll(" ");
        Optional<Slug> whole = Optional.ofNullable(concepts.get(TitleWords.of(bare).toString()));
        if (whole.isPresent()) {
            return whole;
        }
        String[] parts = PARTS.split(bare);
        return parts.length > 1 ? Optional.ofNullable(concepts.get(TitleWords.of(parts[0]).toString())) : Optional.empty();
    }

    /** The file an entity came from, relative to the content root. */
    String fileOf(Entity e) {
        return content.fileOf(e);
    }
}
