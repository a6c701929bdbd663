package dev.syllabus.web;

import dev.syllabus.search.SearchQuery;
import dev.syllabus.search.SearchResults;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search as a page (hits, snippets, facets as filter links) and as the API's search and type-ahead routes. */
final class SearchRoutes {
    static final String SEARCH = ApiCatalog.API + "/search";
    static final String SUGGEST = ApiCatalog.API + "/suggest";
    private static final int SUGGESTIONS = 8;

    private final LiveSite live;

    SearchRoutes(LiveSite live) {
        this.live = live;
    }

    static List<ApiCatalog.Route> apiRoutes() {
        List<ApiCatalog.Param> params = new java.util.ArrayList<>();
        params.add(ApiCatalog.Param.of("q", "What to search for; any text. Blank lists everything the filters allow."));
        params.add(ApiCatalog.Param.of("type", "Only hits of this type: concept, paper, resource, segment, creator, path, guide."));
        params.add(ApiCatalog.Param.of("kind", "Only resources of this kind."));
        params.add(ApiCatalog.Param.of("creator", "Only resources by this creator (a slug)."));
        params.add(ApiCatalog.Param.of("area", "Only concepts of this curriculum area."));
        params.add(ApiCatalog.Param.of("level", "Only this level."));
        params.add(ApiCatalog.Param.of("access", "Only this access."));
        params.add(ApiCatalog.Param.of("limit", "Hits per page, 1 to " + SearchQuery.MAX_LIMIT + "; default " + SearchQuery.DEFAULT_LIMIT + "."));
        params.add(ApiCatalog.Param.of("offset", "Hits to skip, for paging."));
        return List.of(
                new ApiCatalog.Route(SEARCH, "Search with filters, facet counts and highlighted snippets.", "SearchResults", params),
                new ApiCatalog.Route(SUGGEST, "Completions for a partly typed query, for suggestions while typing.", "SuggestionList",
                        List.of(ApiCatalog.Param.of("q", "What has been typed so far.").asRequired(),
                                ApiCatalog.Param.of("limit", "At most this many, default " + SUGGESTIONS + "."))));
    }

    void register(Reads routes) {
        routes.get("/search", this::page);
        routes.get(SEARCH, this::api);
        routes.get(SUGGEST, this::suggest);
    }

    private void page(Context ctx) {
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, () -> {
            Map<String, String> filters = filters(ctx);
            SearchQuery query = query(ctx, text(ctx), filters, null);
            SearchResults results = run(site, query);
            List<Link> suggestions = results.total() == 0 ? suggestions(site, text(ctx)) : List.of();
            SearchPage page = SearchPage.of(results, filters, query.limit(), suggestions);
            return Rendered.html(Templates.render("search", page));
        }), Responses.REVALIDATE);
    }

    private void api(Context ctx) {
        QueryCheck.allowOnly(ctx, SEARCH);
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, () -> Rendered.json(dev.syllabus.view.Json.pretty(
                run(site, query(ctx, text(ctx), filters(ctx), ctx.queryParam("limit")))))), Responses.REVALIDATE);
    }

    /**
     * What to offer when nothing matched: pages whose names are close to the query or to one of its words, names that
     * start like one of its words, and failing those the guide's first topics as places to start.
     */
    private static List<Link> suggestions(Site site, String q) {
        java.util.LinkedHashMap<String, Link> out = new java.util.LinkedHashMap<>();
        String text = q.strip();
        if (!text.isEmpty()) {
            site.kb().suggest(text, 4).forEach(slug -> add(out, site.wiki().link(slug, "close to what you typed")));
            // Eight words are more than the eight suggestions shown need, whatever the length of the query.
            for (String word : java.util.Arrays.stream(text.split("\\s+")).limit(8).toList()) {
                if (word.length() >= 3) {
                    site.kb().suggest(word, 2).forEach(slug -> add(out, site.wiki().link(slug, "close to '" + word + "'")));
                    String prefix = word.substring(0, Math.min(4, word.length()));
                    site.features().search().suggest(prefix, 3).forEach(sg -> site.kb().get(sg.slug())
                            .ifPresent(e -> add(out, new Link(Href.to(e), e.title(), "starts like '" + word + "'"))));
                }
            }
        }
        if (out.isEmpty()) {
            site.kb().guides().stream().flatMap(g -> g.topics().stream()).limit(6)
                    .forEach(t -> add(out, site.wiki().link(t.concept(), "a good place to start")));
        }
        return out.values().stream().limit(8).toList();
    }

    private static void add(java.util.Map<String, Link> out, Link link) {
        if (!link.href().equals("#")) {
            out.putIfAbsent(link.href(), link);
        }
    }

    private static String text(Context ctx) {
        return ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    }

    private void suggest(Context ctx) {
        QueryCheck.allowOnly(ctx, SUGGEST);
        String q = ctx.queryParam("q");
        if (q == null) {
            throw new BadParameter("q", "parameter 'q' is missing: give what has been typed so far, e.g. ?q=atten");
        }
        int limit = QueryCheck.number(ctx, "limit", SUGGESTIONS, 1, SearchQuery.MAX_LIMIT);
        Site site = live.current();
        Responses.send(ctx, site.cache().get(ctx, () -> Rendered.json(dev.syllabus.view.Json.pretty(
                site.features().search().suggest(q, limit)))), Responses.REVALIDATE);
    }

    private static SearchResults run(Site site, SearchQuery query) {
        return site.features().search().search(query);
    }

    private static Map<String, String> filters(Context ctx) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : SearchPage.FILTERS) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        }
        return filters;
    }

    private static SearchQuery query(Context ctx, String q, Map<String, String> filters, String limit) {
        return SearchQuery.builder(q).type(filters.get("type")).kind(filters.get("kind")).creator(filters.get("creator"))
                .area(filters.get("area")).level(filters.get("level")).access(filters.get("access"))
                .limit(limit).offset(ctx.queryParam("offset")).build();
    }
}
