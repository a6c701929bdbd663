package dev.syllabus.cli;

import dev.syllabus.kb.Area;
import dev.syllabus.kb.Concept;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import dev.syllabus.view.Json;
import dev.syllabus.view.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code syllabus list KIND}: the entities of one kind, filtered by kind of resource, creator or area. */
@Command(name = "list", mixinStandardHelpOptions = true, addMethodSubcommands = false, description = "List concepts, papers, resources, creators, paths or guides.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Parameters(index = "0", paramLabel = "KIND", description = "concepts, papers, resources, creators, paths or guides")
    String kind;

    @Option(names = "--kind", paramLabel = "K", description = "Resources of this kind only (article, video, ...).")
    String resourceKind;

    @Option(names = "--creator", paramLabel = "SLUG", description = "Resources by this creator only.")
    String creator;

    @Option(names = "--area", paramLabel = "A", description = "Concepts of this curriculum area only.")
    String area;

    @Mixin
    FormatOption output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EntityType type = EntityType.fromFolder(kind).orElseThrow(() -> new UsageError("'" + kind
                + "' is not a kind to list: write one of concepts, papers, resources, creators, paths, guides"));
        KnowledgeBase kb = content.load().kb();
        List<Entity> selected = filter(kb, type).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.pretty(selected.stream().map(e -> Views.summary(e, kb)).toList()));
        } else {
            selected.forEach(e -> out.println(TextLines.listLine(e)));
        }
        out.flush();
        return 0;
    }

    private Stream<Entity> filter(KnowledgeBase kb, EntityType type) {
        Stream<Entity> all = kb.entities().stream().filter(e -> e.type() == type);
        if (resourceKind != null) {
            ResourceKind k = Token.parse(ResourceKind.class, resourceKind).orElseThrow(() -> new UsageError("--kind '"
                    + resourceKind + "' is not a resource kind: write one of " + Token.choices(ResourceKind.class)));
            all = all.filter(e -> e instanceof Resource r && r.kind() == k);
        }
        if (creator != null) {
            Slug c = knownSlug(kb, creator, "--creator");
            all = all.filter(e -> e instanceof Resource r && r.creators().contains(c));
        }
        if (area != null) {
            Area a = Area.fromId(area).orElseThrow(() -> new UsageError("--area '" + area + "' is not an area: write one of "
                    + Token.choices(Area.class)));
            all = all.filter(e -> e instanceof Concept c && c.area() == a);
        }
        if (type == EntityType.CONCEPT) {
            Comparator<Entity> byArea = Comparator.comparing(e -> kb.get(e.slug(), Concept.class).orElseThrow().area());
            return all.sorted(byArea.thenComparing(Entity::title));
        }
        return all;
    }

    static Slug knownSlug(KnowledgeBase kb, String text, String option) {
        if (kb.get(text).isPresent()) {
            return Slug.of(text);
        }
        throw new UsageError(option + " '" + text + "' is not in the knowledge base" + Suggestions.didYouMean(kb, text));
    }
}
