package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.search.Facet;
import dev.syllabus.search.FacetCount;
import dev.syllabus.search.Hit;
import dev.syllabus.search.SearchResults;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search page: the hits with their snippets and deep links, and each facet as links that add or remove that
 * filter, so filtering works with plain links and no script.
 */
public record SearchPage(String query, long total, int offset, List<HitLine> hits, List<FacetLine> facets,
                         List<String> notices, List<Link> activeFilters, String previous, String next,
                         List<Link> suggestions, String withoutFilters, Map<String, String> kept) {
    /**
     * A hit: its page, what it is in words ("Concept", "Part of a video · Video"), the snippet (safe HTML with marks)
     * and, for segments, where it opens.
     */
    public record HitLine(Link page, String what, String snippet, String deepLink, String url) {
    }

    /** One facet with a link per value. */
    public record FacetLine(String label, List<FacetLink> values) {
    }

    /** One facet value: the link toggles it. */
    public record FacetLink(String href, String label, int count, boolean selected) {
    }

    /** The filter parameters the page passes on; {@code q} and {@code offset} are handled apart. */
    static final List<String> FILTERS = List.of("type", "kind", "creator", "area", "level", "access");

    private static final Map<String, String> TYPE_WORDS = Map.of("concept", "Concept", "paper", "Paper", "resource", "Resource",
            "segment", "Part of a video or book", "creator", "Creator", "path", "Learning path", "guide", "Guide");
    private static final Map<String, String> FACET_WORDS = Map.of("type", "What", "kind", "Kind", "creator", "By",
            "area", "Area", "level", "Level", "access", "Access");

    /** A page with results; {@code suggestions} are shown only when nothing matched. */
    static SearchPage of(SearchResults results, Map<String, String> filters, int limit, List<Link> suggestions) {
        List<HitLine> hits = results.hits().stream().map(SearchPage::hit).toList();
        List<FacetLine> facets = results.facets().stream().filter(f -> !f.counts().isEmpty())
                .map(f -> facet(f, results.query(), filters)).toList();
        List<Link> active = filters.entrySet().stream().map(e -> new Link(href(results.query(), without(filters, e.getKey()), 0),
                FACET_WORDS.getOrDefault(e.getKey(), e.getKey()) + ": " + valueLabel(results, e.getKey(), e.getValue()), "remove")).toList();
        int offset = results.offset();
        String previous = offset > 0 ? href(results.query(), filters, Math.max(0, offset - limit)) : null;
        String next = offset + limit < results.total() ? href(results.query(), filters, offset + limit) : null;
        String without = filters.isEmpty() ? null : href(results.query(), Map.of(), 0);
        return new SearchPage(results.query(), results.total(), offset, hits, facets, results.notices(), active, previous,
                next, results.total() == 0 ? suggestions : List.of(), without, new LinkedHashMap<>(filters));
    }

    private static String valueLabel(SearchResults results, String facet, String value) {
        return results.facet(facet).stream().filter(c -> c.value().equals(value)).findFirst()
                .map(c -> label(facet, c.label())).orElse(Labels.words(value));
    }

    private static String label(String facet, String label) {
        return facet.equals("type") ? TYPE_WORDS.getOrDefault(label, Labels.capitalised(label)) : Labels.capitalised(label);
    }

    public boolean filtered() {
        return !activeFilters.isEmpty();
    }

    public int first() {
        return offset + 1;
    }

    private static HitLine hit(Hit h) {
        boolean segment = h.type().equals("segment");
        String folder = segment ? EntityType.RESOURCE.folder() : EntityType.fromFolder(h.type() + "s").map(EntityType::folder)
                .orElse(EntityType.RESOURCE.folder());
        StringBuilder what = new StringBuilder(TYPE_WORDS.getOrDefault(h.type(), Labels.words(h.type())));
        if (h.kind() != null && !h.type().equals("concept") && !h.kind().equals(h.type())) {
            what.append(" · ").append(Labels.words(h.kind()));
        }
        if (!h.creators().isEmpty()) {
            what.append(" · ").append(String.join(", ", h.creators().subList(0, Math.min(2, h.creators().size()))));
        }
        return new HitLine(new Link("/" + folder + "/" + h.slug(), h.title(), ""), what.toString(),
                h.snippet() == null ? "" : h.snippet(), segment ? h.deepLink() : null, h.url());
    }

    private static FacetLine facet(Facet f, String query, Map<String, String> filters) {
        List<FacetLink> values = f.counts().stream().map(c -> new FacetLink(toggle(query, filters, f.name(), c),
                label(f.name(), c.label()), c.count(), c.selected())).toList();
        return new FacetLine(FACET_WORDS.getOrDefault(f.name(), Labels.words(f.name())), values);
    }

    private static String toggle(String query, Map<String, String> filters, String name, FacetCount c) {
        Map<String, String> next = without(filters, name);
        if (!c.selected()) {
            next.put(name, c.value());
        }
        return href(query, next, 0);
    }

    private static Map<String, String> without(Map<String, String> filters, String name) {
        Map<String, String> copy = new LinkedHashMap<>(filters);
        copy.remove(name);
        return copy;
    }

    static String href(String query, Map<String, String> filters, int offset) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query);
        FILTERS.stream().filter(filters::containsKey).forEach(k -> params.put(k, filters.get(k)));
        if (offset > 0) {
            params.put("offset", String.valueOf(offset));
        }
        return "/search?" + params.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
