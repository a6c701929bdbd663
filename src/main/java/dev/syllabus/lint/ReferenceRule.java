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
 * Every reference and wiki link names an existing entity of a kind the field accepts. A reference to a file that
 * exists but could not be read is not reported: that file's own errors say what to fix, and one mistake should not
 * bury them under a report per reference.
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
                Optional<Entity> target = kb.get(ref.target());
                Optional<EntityType> unreadable = content.unreadableFile(ref.target())
                        .flatMap(f -> EntityType.fromFolder(f.substring(0, f.indexOf('/'))));
                if (target.isEmpty() && unreadable.isPresent()) {
                    if (!ref.expected().contains(unreadable.get())) {
                        out.add(wrongType(ref, unreadable.get(), file, line));
                    }
                    continue;
                }
                if (target.isEmpty()) {
                    out.add(Finding.error(ref.isWikiLink() ? "unresolved-link" : "unresolved-reference", file, line,
                            "'" + ref.target() + "' does not exist" + suggestion(kb, ref.target())
                                    + ": fix the slug or add content/" + folderFor(ref) + "/" + ref.target() + ".md"));
                } else if (!ref.expected().contains(target.get().type())) {
                    out.add(wrongType(ref, target.get().type(), file, line));
                }
            }
            if (src != null) {
                badWikiLinks(e, src, file, out);
            }
        }
        return out;
    }

    private static Finding wrongType(Reference ref, EntityType actual, String file, int line) {
        String kinds = ref.expected().stream().map(Token::id).sorted().collect(Collectors.joining(" or "));
        return Finding.error("wrong-reference-type", file, line, "'" + ref.target() + "' is a " + actual.id() + " but "
                + fieldName(ref.field()) + " must name a " + kinds + ": replace it with the slug of a " + kinds);
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
