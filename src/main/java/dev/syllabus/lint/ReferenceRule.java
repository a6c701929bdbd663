package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.content.SourceFile;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Reference;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import dev.syllabus.kb.WikiLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every reference and wiki link names an existing entity of a kind the field accepts. An entity whose file exists but
 * could not be read counts as existing (its kind is its folder's): that file's own errors say what to fix, and one
 * mistake should not bury them under a "does not exist" per reference.
 */
final class ReferenceRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        KnowledgeBase kb = content.kb();
        List<Finding> out = new ArrayList<>();
        for (Entity e : kb.entities()) {
            SourceFile src = content.sourceOf(e.slug()).orElse(null);
            String file = content.fileOf(e);
            for (Reference ref : e.references()) {
                int line = src == null ? 0 : ref.isWikiLink() ? src.bodyLine(ref.bodyLine()) : src.lineOf(ref.field());
                Optional<EntityType> type = kb.get(ref.target()).map(Entity::type).or(() -> content.unreadable(ref.target()));
                if (type.isEmpty()) {
                    out.add(Finding.error(ref.isWikiLink() ? "unresolved-link" : "unresolved-reference", file, line,
                            "'" + ref.target() + "' does not exist" + suggestion(kb, ref.target())
                                    + ": fix the slug or add content/" + folderFor(ref) + "/" + ref.target() + ".md"));
                } else if (!ref.expected().contains(type.get())) {
                    String kinds = ref.expected().stream().map(Token::id).sorted().collect(Collectors.joining(" or "));
                    out.add(Finding.error("wrong-reference-type", file, line, "'" + ref.target() + "' is a " + type.get().id()
                            + " but " + fieldName(ref.field()) + " must name a " + kinds + ": replace it with the slug of a " + kinds));
                }
            }
            if (src != null) {
                badWikiLinks(e, src, file, out);
            }
        }
        return out;
    }

    private static void badWikiLinks(Entity e, SourceFile src, String file, List<Finding> out) {
        for (WikiLink link : WikiLink.findAll(e.body())) {
            if (!Slug.isValid(link.target())) {
                out.add(Finding.error("unresolved-link", file, src.bodyLine(link.line()), "[[" + link.target()
                        + "]] is not a slug: wiki links name an entity by its slug, e.g. [[self-attention]]"));
            }
        }
    }

    /** {@code /segments/2/concept} reads as {@code segments[2].concept}, the way a curator finds it in the file. */
    private static String fieldName(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static String suggestion(KnowledgeBase kb, Slug missing) {
        List<Slug> close = kb.suggest(missing.value(), 1);
        return close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
    }

    private static String folderFor(Reference ref) {
        return ref.expected().size() == 1 ? ref.expected().iterator().next().folder() : "<kind>";
    }
}
