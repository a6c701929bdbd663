package dev.syllabus.cli;

import dev.syllabus.kb.Backlink;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Reference;
import dev.syllabus.view.Json;
import dev.syllabus.view.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code syllabus show SLUG}: one entity, what it links to and what links to it. */
@Command(name = "show", mixinStandardHelpOptions = true, addMethodSubcommands = false, description = "Show one entity with its links and backlinks.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Parameters(index = "0", paramLabel = "SLUG", description = "The slug of a concept, paper, resource, creator, path or guide.")
    String slug;

    @Mixin
    FormatOption output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The JSON form: the entity, its outgoing links and its backlinks. */
    record Shown(String type, Object entity, List<Link> links, List<Link> backlinks) {
    }

    /** A link in either direction. */
    record Link(String slug, String type, String title, String field) {
    }

    @Override
    public Integer call() {
        KnowledgeBase kb = content.load().kb();
        Entity e = kb.get(slug).orElseThrow(() -> new UsageError("'" + slug + "' is not in the knowledge base"
                + Suggestions.didYouMean(kb, slug)));
        List<Link> links = e.references().stream().map(r -> link(kb, r)).distinct().toList();
        List<Link> backlinks = kb.backlinks(e.slug()).stream().map(b -> link(kb, b)).distinct().toList();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.pretty(new Shown(e.type().id(), Views.summary(e, kb), links, backlinks)));
        } else {
            out.print(TextLines.detail(e, kb));
            section(out, "Links to", links);
            section(out, "Linked from", backlinks);
        }
        out.flush();
        return 0;
    }

    private static Link link(KnowledgeBase kb, Reference r) {
        return kb.get(r.target()).map(t -> new Link(t.slug().value(), t.type().id(), t.title(), r.field()))
                .orElse(new Link(r.target().value(), "missing", "(does not exist)", r.field()));
    }

    private static Link link(KnowledgeBase kb, Backlink b) {
        return new Link(b.from().value(), b.fromType().id(), kb.get(b.from()).map(Entity::title).orElse(""), b.field());
    }

    private static void section(PrintWriter out, String heading, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        links.stream().map(l -> "  " + l.type() + " " + l.slug() + " — " + l.title()).distinct().forEach(out::println);
    }
}
