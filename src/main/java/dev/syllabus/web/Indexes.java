package dev.syllabus.web;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Token;
import dev.syllabus.plan.PathReport;
import dev.syllabus.web.IndexPage.Cell;
import dev.syllabus.web.IndexPage.Definition;
import dev.syllabus.web.IndexPage.Filter;
import dev.syllabus.web.IndexPage.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The list pages, one per entity type: their columns, their filters and what a row's words are. */
final class Indexes {
    static final List<String> PARAMS = List.of("q", "sort", "order", "area", "kind", "level", "access", "creator");

    private final KnowledgeBase kb;

    Indexes(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The page for {@code type} answering the request's parameters (empty for the default page). */
    IndexPage page(EntityType type, Map<String, List<String>> params) {
        List<Filter> filters = filters(type);
        List<String> notices = new ArrayList<>();
        IndexPage.Query query = query(params, filters, notices);
        return switch (type) {
            case CONCEPT -> IndexPage.of("concepts", "Concepts", kb.concepts().size() + " ideas, each with what to learn first and where to learn it.",
                    concepts(), kb.concepts(), filters, c -> tag("area", c.area()),
                    c -> c.title() + " " + String.join(" ", c.aliases()) + " " + c.summary(), query, notices);
            case PAPER -> IndexPage.of("papers", "Papers", kb.papers().size() + " papers that introduced the field's ideas, with how to read each.",
                    papers(), kb.papers(), filters, p -> tag("level", p.level()),
                    p -> p.title() + " " + String.join(" ", p.authors()) + " " + p.venue(), query, notices);
            case RESOURCE -> IndexPage.of("resources", "Resources", kb.resources().size() + " articles, videos, chapters and courses.",
                    resources(), kb.resources(), filters, r -> tag("kind", r.kind()) + " " + tag("level", r.level()) + " " + tag("access", r.access())
                            + r.creators().stream().map(c -> " creator=" + c.value()).collect(Collectors.joining()),
                    r -> r.title() + " " + names(r), query, notices);
            case CREATOR -> IndexPage.of("creators", "Creators", kb.creators().size() + " people and organisations whose work is here.",
                    creators(), kb.creators(), filters, c -> tag("kind", c.kind()),
                    c -> c.name() + " " + String.join(" ", c.aliases()), query, notices);
            case PATH -> IndexPage.of("paths", "Learning paths", "Curated routes through the material, phase by phase.",
                    paths(), kb.paths(), filters, p -> "", p -> p.title() + " " + p.audience(), query, notices);
            case GUIDE -> IndexPage.of("guides", "Guides", "Curated guides: the best article and video for each topic.",
                    guides(), kb.guides(), filters, g -> "", g -> g.title() + " " + g.audience(), query, notices);
        };
    }

    private static String tag(String name, Token value) {
        return name + "=" + value.id();
    }

    private String names(Resource r) {
        return r.creators().stream().map(c -> kb.get(c).map(e -> e.title()).orElse(c.value())).collect(Collectors.joining(", "));
    }

    private List<Definition<Concept>> concepts() {
        return List.of(
                new Definition<>("title", "Concept", false, c -> link(c.title(), Href.to(c))),
                new Definition<>("area", "Area", false, c -> new Cell(c.area().label(), null, IndexPage.number(c.area().ordinal()))),
                new Definition<>("requires", "Requires", true, c -> count(kb.graph().ancestors(c.slug()).size())),
                new Definition<>("resources", "Resources", true, c -> count(kb.resourcesFor(c.slug()).size())));
    }

    private List<Definition<Paper>> papers() {
        return List.of(
                new Definition<>("title", "Paper", false, p -> link(p.title(), Href.to(p))),
                new Definition<>("authors", "Authors", false, p -> new Cell(p.shortAuthors(), null, IndexPage.text(p.shortAuthors()))),
                new Definition<>("year", "Year", true, p -> new Cell(String.valueOf(p.year()), null, IndexPage.number(p.year()))),
                new Definition<>("venue", "Venue", false, p -> new Cell(p.venue(), null, IndexPage.text(p.venue()))),
                new Definition<>("time", "Reading time", true, p -> minutes(p.readingTime(), Lengths.of(p.readingTime()))),
                new Definition<>("level", "Level", false, p -> token(p.level())));
    }

    private List<Definition<Resource>> resources() {
        return List.of(
                new Definition<>("title", "Resource", false, r -> link(r.title(), Href.to(r))),
                new Definition<>("kind", "Kind", false, r -> token(r.kind())),
                new Definition<>("by", "By", false, r -> new Cell(names(r), null, IndexPage.text(names(r)))),
                new Definition<>("length", "Length", true, r -> minutes(r.minutes(), Lengths.of(r))),
                new Definition<>("level", "Level", false, r -> token(r.level())),
                new Definition<>("access", "Access", false, r -> token(r.access())));
    }

    private List<Definition<Creator>> creators() {
        return List.of(
                new Definition<>("title", "Creator", false, c -> link(c.name(), Href.to(c))),
                new Definition<>("kind", "Kind", false, c -> token(c.kind())),
                new Definition<>("resources", "Resources", true, c -> count(kb.resourcesBy(c.slug()).size())));
    }

    private List<Definition<LearningPath>> paths() {
        return List.of(
                new Definition<>("title", "Path", false, p -> link(p.title(), Href.to(p))),
                new Definition<>("phases", "Phases", true, p -> new Cell(String.valueOf(p.phases().size()), null, IndexPage.number(p.phases().size()))),
                new Definition<>("total", "Items add up to", true, p -> {
                    Minutes total = PathReport.of(kb, p).total();
                    return minutes(total, Lengths.of(total));
                }),
                new Definition<>("stated", "Curator's estimate", false, p -> new Cell(p.statedTotal().map(Object::toString).orElse("—"), null,
                        IndexPage.number(p.statedTotal().map(e -> e.midpoint().value()).orElse(0)))));
    }

    private List<Definition<Guide>> guides() {
        return List.of(
                new Definition<>("title", "Guide", false, g -> link(g.title(), Href.to(g))),
                new Definition<>("topics", "Topics", true, g -> new Cell(String.valueOf(g.topics().size()), null, IndexPage.number(g.topics().size()))),
                new Definition<>("audience", "For", false, g -> new Cell(g.audience(), null, IndexPage.text(g.audience()))));
    }

    private static Cell link(String title, String href) {
        return new Cell(title, href, IndexPage.text(title));
    }

    private static Cell token(Token t) {
        return new Cell(Labels.words(t), null, IndexPage.number(((Enum<?>) t).ordinal()));
    }

    private static Cell minutes(Minutes m, String text) {
        return new Cell(text, null, IndexPage.number(m.value()));
    }

    private static Cell count(int n) {
        return new Cell(String.valueOf(n), null, IndexPage.number(n));
    }

    private List<Filter> filters(EntityType type) {
        return switch (type) {
            case CONCEPT -> List.of(filter("area", "Area", Area.class));
            case PAPER -> List.of(filter("level", "Level", Level.class));
            case RESOURCE -> List.of(filter("kind", "Kind", ResourceKind.class), filter("level", "Level", Level.class),
                    filter("access", "Access", dev.syllabus.kb.Access.class), creatorFilter());
            case CREATOR -> List.of(filter("kind", "Kind", CreatorKind.class));
            case PATH, GUIDE -> List.of();
        };
    }

    private static <E extends Enum<E> & Token> Filter filter(String name, String label, Class<E> type) {
        List<Option> options = Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.id(), e instanceof Area a ? a.label() : Labels.words(e))).toList();
        return new Filter(name, label, options, "");
    }

    private Filter creatorFilter() {
        List<Option> options = kb.creators().stream().filter(c -> !kb.resourcesBy(c.slug()).isEmpty())
                .sorted(java.util.Comparator.comparing(Creator::name, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new Option(c.slug().value(), c.name())).toList();
        return new Filter("creator", "By", options, "");
    }

    /** Filter values must be among the options; others are dropped with a notice rather than failing the page. */
    private static IndexPage.Query query(Map<String, List<String>> params, List<Filter> filters, List<String> notices) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Filter f : filters) {
            String v = first(params, f.name());
            if (v.isEmpty()) {
                continue;
            }
            if (f.options().stream().anyMatch(o -> o.value().equals(v))) {
                chosen.put(f.name(), v);
            } else {
                notices.add("There is no " + f.label().toLowerCase(java.util.Locale.ROOT) + " '" + v + "': showing every one.");
            }
        }
        return new IndexPage.Query(chosen, first(params, "q"), first(params, "sort"), first(params, "order").equals("desc"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).strip();
    }
}
