package dev.syllabus.cli;

import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Guide;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.LearningPath;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.PathItem;
import dev.syllabus.kb.Phase;
import dev.syllabus.kb.Pick;
import dev.syllabus.kb.Prerequisite;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.Segment;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Topic;

import java.util.List;
import java.util.stream.Collectors;

/** Plain-text renderings of entities for the terminal: one line for lists, a block for {@code show}. */
final class TextLines {
    private TextLines() {
    }

    static String listLine(Entity e) {
        if (e instanceof Concept c) {
            return String.format("%-32s %-28s %s", c.slug(), c.area().id(), c.title());
        } else if (e instanceof Paper p) {
            return String.format("%-28s %d  %s (%s)", p.slug(), p.year(), p.title(), p.shortAuthors());
        } else if (e instanceof Resource r) {
            return String.format("%-44s %-14s %7s  %s", r.slug(), r.kind().id(), r.minutes(), r.title());
        } else if (e instanceof Creator c) {
            return String.format("%-28s %-13s %s", c.slug(), c.kind().id(), c.name());
        } else if (e instanceof LearningPath p) {
            return String.format("%-24s %-10s %s", p.slug(), p.statedTotal().map(Object::toString).orElse(""), p.title());
        }
        Guide g = (Guide) e;
        return String.format("%-24s %2d topics  %s", g.slug(), g.topics().size(), g.title());
    }

    static String detail(Entity e, KnowledgeBase kb) {
        StringBuilder b = new StringBuilder();
        b.append(e.title()).append('\n').append(e.type().id()).append(" · ").append(e.slug()).append('\n');
        if (e instanceof Concept c) {
            concept(b, c, kb);
        } else if (e instanceof Paper p) {
            paper(b, p);
        } else if (e instanceof Resource r) {
            resource(b, r);
        } else if (e instanceof Creator c) {
            field(b, "Kind", c.kind().id());
            c.homepage().ifPresent(h -> field(b, "Homepage", h.value()));
            kb.resourcesBy(c.slug()).forEach(r -> b.append("  ").append(listLine(r)).append('\n'));
        } else if (e instanceof LearningPath p) {
            path(b, p);
        } else if (e instanceof Guide g) {
            g.topics().forEach(t -> topic(b, t));
        }
        return b.toString();
    }

    private static void concept(StringBuilder b, Concept c, KnowledgeBase kb) {
        field(b, "Area", c.area().label());
        if (!c.aliases().isEmpty()) {
            field(b, "Also", String.join(", ", c.aliases()));
        }
        field(b, "Summary", c.summary());
        for (Prerequisite p : c.prerequisites()) {
            b.append(p.isHard() ? "  requires " : "  background ").append(p.concept())
                    .append(p.reason().isEmpty() ? "" : " — " + p.reason()).append('\n');
        }
        c.includes().forEach(i -> b.append("  includes ").append(i).append('\n'));
        kb.graph().dependentsOf(c.slug()).forEach(d -> b.append("  unlocks ").append(d).append('\n'));
        kb.resourcesFor(c.slug()).forEach(r -> b.append("  resource ").append(listLine(r)).append('\n'));
        kb.papersFor(c.slug()).forEach(p -> b.append("  paper ").append(listLine(p)).append('\n'));
    }

    private static void paper(StringBuilder b, Paper p) {
        field(b, "Authors", String.join(", ", p.authors()));
        field(b, "Published", p.venue().contains(String.valueOf(p.year())) ? p.venue() : p.venue() + " (" + p.year() + ")");
        p.url().ifPresent(u -> field(b, "Address", u.value()));
        field(b, "Reading", p.readingTime() + (p.readingAdvice().isEmpty() ? "" : " — " + p.readingAdvice()));
        if (!p.buildsOn().isEmpty()) {
            field(b, "Builds on", join(p.buildsOn()));
        }
    }

    private static void resource(StringBuilder b, Resource r) {
        field(b, "Kind", r.kind().id() + ", " + r.level().id() + ", " + r.access().id());
        field(b, "By", join(r.creators()));
        field(b, "Address", r.url().map(Object::toString).orElse("(none given by any source)"));
        r.alternateUrls().forEach(u -> field(b, "Also at", u.value()));
        field(b, "Length", r.minutes() + (r.lengthBasis().id().equals("estimated") ? " (estimated)" : ""));
        if (!r.covers().isEmpty()) {
            field(b, "Covers", join(r.covers()));
        }
        for (Segment s : r.segments()) {
            b.append("  ").append(s.label()).append(" (").append(r.minutesOf(s)).append(") ").append(s.covers())
                    .append(s.concept().map(c -> " [" + c + "]").orElse(""))
                    .append(r.deepLink(s).map(l -> " " + l).orElse("")).append('\n');
        }
        if (!r.note().isEmpty()) {
            field(b, "Note", r.note());
        }
        r.defects().forEach(d -> field(b, "Defect", d.kind().id() + ": " + d.note()));
    }

    private static void path(StringBuilder b, LearningPath p) {
        p.statedTotal().ifPresent(t -> field(b, "Stated total", t.toString()));
        if (!p.assumes().isEmpty()) {
            field(b, "Assumes", p.assumes());
        }
        for (Phase phase : p.phases()) {
            b.append("  ").append(phase.title()).append(phase.estimate().map(est -> " (" + est + ")").orElse("")).append('\n');
            for (PathItem item : phase.items()) {
                b.append("    - ").append(item.ref().map(Slug::value).orElse(item.title()))
                        .append(phase.modeOf(item).map(m -> " [" + m.id() + "]").orElse("")).append('\n');
            }
        }
        p.postponed().forEach(x -> b.append("  later: ").append(x.ref()).append(" — ").append(x.reason()).append('\n'));
    }

    private static void topic(StringBuilder b, Topic t) {
        b.append(String.format("  %2d. %s [%s]%n", t.number(), t.title(), t.concept()));
        for (Pick p : t.picks()) {
            b.append("      ").append(p.role().id()).append(": ").append(p.resource())
                    .append(p.at().isEmpty() ? "" : " at " + p.at().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        t.gaps().forEach(g -> b.append("      ").append(g.role().id()).append(": none exists — ").append(g.reason()).append('\n'));
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(String.format("%-13s %s%n", name + ":", value));
    }

    private static String join(List<Slug> slugs) {
        return slugs.stream().map(Slug::value).collect(Collectors.joining(", "));
    }
}
