package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded knowledge base: every entity by slug, and the relations derived from their links (backlinks,
 * concept to resources, papers and guide topics, creator to resources, paper lineage both ways, address to
 * entity). Immutable; built once from entities whose slugs are unique (the loader reports duplicates).
 */
public final class KnowledgeBase {
    private final Map<Slug, Entity> bySlug = new LinkedHashMap<>();
    private final Map<EntityType, List<Entity>> byType = new HashMap<>();
    private Map<Slug, List<Backlink>> backlinks;
    private final Map<Slug, List<Resource>> resourcesByConcept = new HashMap<>();
    private final Map<Slug, List<Paper>> papersByConcept = new HashMap<>();
    private final Map<Slug, List<TopicRef>> topicsByConcept = new HashMap<>();
    private final Map<Slug, List<Resource>> resourcesByCreator = new HashMap<>();
    private final Map<Slug, List<Paper>> builtUpon = new HashMap<>();
    private final Map<CanonicalUrl, Entity> byUrl = new HashMap<>();
    private final PrerequisiteGraph graph;
    private final Map<Class<?>, Object> derived = new HashMap<>();
    private final Map<Slug, Slug> renames;

    private KnowledgeBase(Collection<? extends Entity> entities, Map<Slug, Slug> renamedFrom) {
        entities.stream().sorted(Comparator.comparing((Entity e) -> e.type()).thenComparing(Entity::slug))
                .forEach(e -> bySlug.putIfAbsent(e.slug(), e));
        for (EntityType t : EntityType.values()) {
            byType.put(t, new ArrayList<>());
        }
        bySlug.values().forEach(e -> byType.get(e.type()).add(e));
        bySlug.values().forEach(this::index);
        graph = PrerequisiteGraph.of(concepts());
        renames = currentSlugs(renamedFrom);
    }

    public static KnowledgeBase of(Collection<? extends Entity> entities) {
        return new KnowledgeBase(entities, Map.of());
    }

    /**
     * A knowledge base whose content records renames: {@code renamedFrom} maps each old slug to the entity that now
     * carries it (its {@code renamed_from:} front matter). An old slug still used by an entity is not a rename.
     */
    public static KnowledgeBase of(Collection<? extends Entity> entities, Map<Slug, Slug> renamedFrom) {
        return new KnowledgeBase(entities, renamedFrom);
    }

    /** Follows chains of renames (a to b, b to c) to a slug in use, ignoring old slugs that are in use again. */
    private Map<Slug, Slug> currentSlugs(Map<Slug, Slug> renamedFrom) {
        Map<Slug, Slug> out = new LinkedHashMap<>();
        renamedFrom.keySet().stream().sorted().filter(old -> !bySlug.containsKey(old)).forEach(old -> {
            Slug to = renamedFrom.get(old);
            for (int hops = 0; !bySlug.containsKey(to) && renamedFrom.containsKey(to) && hops < renamedFrom.size(); hops++) {
                to = renamedFrom.get(to);
            }
            if (bySlug.containsKey(to)) {
                out.put(old, to);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Every retired slug with the slug in use that replaced it, for moving progress kept under old slugs. */
    public Map<Slug, Slug> renames() {
        return renames;
    }

    private void index(Entity e) {
        e.visit(c -> { }, p -> {
            p.introduces().forEach(c -> papersByConcept.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
            p.buildsOn().forEach(b -> builtUpon.computeIfAbsent(b, k -> new ArrayList<>()).add(p));
            p.url().ifPresent(u -> byUrl.putIfAbsent(u, p));
        }, r -> {
            r.allConcepts().forEach(c -> resourcesByConcept.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
            r.creators().forEach(c -> resourcesByCreator.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
            r.allUrls().forEach(u -> byUrl.putIfAbsent(u, r));
        }, c -> { }, p -> { }, g -> g.topics().forEach(t ->
                topicsByConcept.computeIfAbsent(t.concept(), k -> new ArrayList<>()).add(new TopicRef(g.slug(), t))));
    }

    public Optional<Entity> get(Slug slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<Entity> get(String slug) {
        return Slug.isValid(slug) ? get(Slug.of(slug)) : Optional.empty();
    }

    public <T extends Entity> Optional<T> get(Slug slug, Class<T> type) {
        return get(slug).filter(type::isInstance).map(type::cast);
    }

    public Collection<Entity> entities() {
        return java.util.Collections.unmodifiableCollection(bySlug.values());
    }

    public List<Concept> concepts() {
        return typed(EntityType.CONCEPT, Concept.class);
    }

    public List<Paper> papers() {
        return typed(EntityType.PAPER, Paper.class);
    }

    public List<Resource> resources() {
        return typed(EntityType.RESOURCE, Resource.class);
    }

    public List<Creator> creators() {
        return typed(EntityType.CREATOR, Creator.class);
    }

    public List<LearningPath> paths() {
        return typed(EntityType.PATH, LearningPath.class);
    }

    public List<Guide> guides() {
        return typed(EntityType.GUIDE, Guide.class);
    }

    private <T extends Entity> List<T> typed(EntityType type, Class<T> cls) {
        return byType.get(type).stream().map(cls::cast).toList();
    }

    public List<Backlink> backlinks(Slug slug) {
        return List.copyOf(backlinks().getOrDefault(slug, List.of()));
    }

    // Found on first use: finding every reference reads every body for wiki links, a tenth of a cached search's
    // start-up (JFR), and only pages, validation and show need them.
    private synchronized Map<Slug, List<Backlink>> backlinks() {
        if (backlinks == null) {
            Map<Slug, List<Backlink>> found = new HashMap<>();
            for (Entity e : bySlug.values()) {
                for (Reference r : e.references()) {
                    found.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(new Backlink(e.slug(), e.type(), r.field()));
                }
            }
            backlinks = found;
        }
        return backlinks;
    }

    /** Resources teaching the concept as a whole or in a segment, in slug order. */
    public List<Resource> resourcesFor(Slug concept) {
        return List.copyOf(resourcesByConcept.getOrDefault(concept, List.of()));
    }

    /** Papers that introduced the concept. */
    public List<Paper> papersFor(Slug concept) {
        return List.copyOf(papersByConcept.getOrDefault(concept, List.of()));
    }

    public List<TopicRef> topicsFor(Slug concept) {
        return List.copyOf(topicsByConcept.getOrDefault(concept, List.of()));
    }

    public List<Resource> resourcesBy(Slug creator) {
        return List.copyOf(resourcesByCreator.getOrDefault(creator, List.of()));
    }

    /** Papers that build on this one: the other direction of {@link Paper#buildsOn()}. */
    public List<Paper> builtUpon(Slug paper) {
        return List.copyOf(builtUpon.getOrDefault(paper, List.of()));
    }

    /** The resource or paper at an address, in any of its spellings. */
    public Optional<Entity> byUrl(CanonicalUrl url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public PrerequisiteGraph graph() {
        return graph;
    }

    /** Slugs that look like {@code wanted}, by slug, title and alias, for "did you mean" messages. */
    public List<Slug> suggest(String wanted, int limit) {
        Map<String, Slug> names = new LinkedHashMap<>();
        for (Entity e : bySlug.values()) {
            names.putIfAbsent(e.slug().value(), e.slug());
            names.putIfAbsent(e.title(), e.slug());
            if (e instanceof Concept c) {
                c.aliases().forEach(a -> names.putIfAbsent(a, c.slug()));
            }
        }
        return EditDistance.closest(wanted, List.copyOf(names.keySet()), limit * 3).stream()
                .map(names::get).distinct().limit(limit).toList();
    }

    public int size() {
        return bySlug.size();
    }

    /**
     * A value another package computes from this knowledge base once (the planner's index), kept here so that it lives
     * exactly as long as the knowledge base: a static cache keyed by the knowledge base would keep every old one alive
     * whenever the value refers back to it.
     */
    public <T> T derived(Class<T> kind, java.util.function.Function<KnowledgeBase, T> compute) {
        synchronized (derived) {
            Object value = derived.get(kind);
            if (value == null) {
                value = compute.apply(this);
                derived.put(kind, value);
            }
            return kind.cast(value);
        }
    }
}
