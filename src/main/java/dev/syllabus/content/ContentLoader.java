package dev.syllabus.content;

import dev.syllabus.kb.Entity;
import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a content tree ({@code <root>/<folder>/<slug>.md}) into a knowledge base. Never throws on bad content: every
 * file that cannot be read becomes a finding, and the rest still loads, so validation can report everything at once.
 */
public final class ContentLoader {
    /** A content file larger than this is surely not hand-written front matter and prose. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private ContentLoader() {
    }

    /** Loads the knowledge base bundled inside the application. */
    public static LoadedContent loadBundled() {
        return load(ContentRoot.bundled());
    }

    /**
     * Loads the tree under {@code root}.
     *
     * @throws IllegalArgumentException when {@code root} is not a readable directory
     */
    public static LoadedContent load(Path root) {
        return load(root, new ParseMemo());
    }

    /**
     * As {@link #load(Path)}, reusing from {@code memo} what an earlier load of the same tree read from any file whose
     * text has not changed since, and remembering this load's files for the next: a reload after an edit parses the
     * edited file only. The result is the same as without the memo.
     */
    public static LoadedContent load(Path root, ParseMemo memo) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("content directory " + root + " does not exist or is not a directory: "
                    + "point --content at the folder that holds concepts/, papers/, resources/ ...");
        }
        List<Finding> findings = new ArrayList<>();
        Map<Slug, Entity> entities = new LinkedHashMap<>();
        Map<Slug, SourceFile> sources = new HashMap<>();
        Map<Slug, EntityType> unreadable = new HashMap<>();
        RenamedFrom renames = new RenamedFrom(findings);
        // Files are parsed side by side (each on its own, into its own findings), then taken in file order, so the
        // result is the same as one by one: the first of two files with one slug keeps it.
        List<Path> files = markdownFiles(root, findings);
        List<Parsed> parsed = files.parallelStream().map(file -> parse(root, file, memo)).toList();
        memo.keepOnly(parsed.stream().map(Parsed::rel).toList());
        for (Parsed p : parsed) {
            findings.addAll(p.findings());
            p.unreadable().ifPresent(slug -> unreadable.putIfAbsent(slug, EntityType.fromFolder(root(p.rel())).orElseThrow()));
            p.loaded().ifPresent(loaded -> {
                Slug slug = loaded.entity().slug();
                SourceFile first = sources.get(slug);
                if (first != null) {
                    findings.add(Finding.error("duplicate-slug", p.rel(), 1, "slug '" + slug + "' is already used by "
                            + first.path() + ": slugs are unique across all kinds; rename one file"));
                    return;
                }
                entities.put(slug, loaded.entity());
                sources.put(slug, loaded.source());
                renames.read(loaded.frontMatter(), loaded.source(), slug);
            });
        }
        unreadable.keySet().removeAll(entities.keySet());
        renames.checkAgainst(entities.keySet(), sources);
        findings.sort(Finding.ORDER);
        return new LoadedContent(root, KnowledgeBase.of(entities.values(), renames.currentByOld()), sources, findings,
                unreadable);
    }

    private static List<Path> markdownFiles(Path root, List<Finding> findings) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String name = file.getFileName().toString();
                // link-status.tsv is written by check-links and read by the links package, not an entity file.
                if (name.startsWith(".") || (file.getParent().equals(root) && (name.equalsIgnoreCase("README.md")
                        || name.equals("link-status.tsv")))) {
                    return;
                }
                int depth = root.relativize(file).getNameCount();
                String folder = root.relativize(file).getName(0).toString();
                if (depth != 2 || EntityType.fromFolder(folder).isEmpty() || !name.endsWith(".md")) {
                    findings.add(Finding.warning("unknown-file", rel, 1, "not read: content files are <kind>/<slug>.md, with kind "
                            + "one of concepts, papers, resources, creators, paths, guides"));
                    return;
                }
                files.add(file);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + root, e);
        }
        return files;
    }

    record Loaded(Entity entity, SourceFile source, String frontMatter) {
    }

    /** One file as read: its entity if it has one, its findings, and its slug when the file names one it cannot give. */
    record Parsed(String rel, Optional<Loaded> loaded, List<Finding> findings, Optional<Slug> unreadable) {
    }

    private static Parsed parse(Path root, Path file, ParseMemo memo) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        List<Finding> findings = new ArrayList<>();
        String name = file.getFileName().toString();
        String slugText = name.substring(0, name.length() - ".md".length());
        if (!Slug.isValid(slugText)) {
            findings.add(Finding.error("bad-slug", rel, 1, "file name '" + name + "' is not a slug: rename it to lowercase "
                    + "letters, digits and single hyphens, e.g. '" + suggestSlug(slugText) + ".md'"));
            return new Parsed(rel, Optional.empty(), findings, Optional.empty());
        }
        Optional<String> text = readText(file, rel, findings);
        if (text.isEmpty()) {
            return new Parsed(rel, Optional.empty(), findings, Optional.of(Slug.of(slugText)));
        }
        Optional<Parsed> known = memo.get(rel, text.get());
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Loaded> loaded = readEntity(text.get(), rel, Slug.of(slugText), findings);
        Parsed parsed = new Parsed(rel, loaded, List.copyOf(findings), loaded.isEmpty() ? Optional.of(Slug.of(slugText)) : Optional.empty());
        memo.put(rel, text.get(), parsed);
        return parsed;
    }

    private static Optional<Loaded> readEntity(String text, String rel, Slug slug, List<Finding> findings) {
        Optional<MarkdownFile> md = MarkdownFile.split(text);
        if (md.isEmpty()) {
            findings.add(Finding.error("yaml-syntax", rel, 1, "no front matter: the file must start with a '---' line, then "
                    + "the YAML fields, then a closing '---' line"));
            return Optional.empty();
        }
        MarkdownFile m = md.get();
        Optional<NestingDepth.TooDeep> deep = NestingDepth.yaml(m.frontMatter(), m.frontMatterStartLine())
                .or(() -> NestingDepth.markdown(m.body(), m.bodyStartLine()));
        if (deep.isPresent()) {
            findings.add(Finding.error("too-deep", rel, deep.get().line(), deep.get().message()));
            return Optional.empty();
        }
        SourceFile source = new SourceFile(rel, FrontMatterParser.lineIndex(m.frontMatter(), m.frontMatterStartLine()),
                m.bodyStartLine());
        EntityType type = EntityType.fromFolder(root(rel)).orElseThrow();
        FieldReader reader = new FieldReader(source, findings);
        Optional<? extends Entity> entity = switch (type) {
            case CONCEPT -> parse(m, ConceptFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
            case PAPER -> parse(m, PaperFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
            case RESOURCE -> parse(m, ResourceFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
            case CREATOR -> parse(m, CreatorFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
            case PATH -> parse(m, PathFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
            case GUIDE -> parse(m, GuideFile.class, source, findings).flatMap(f -> f.toEntity(slug, m.body(), reader));
        };
        return entity.map(e -> new Loaded(e, source, m.frontMatter()));
    }

    private static <T> Optional<T> parse(MarkdownFile m, Class<T> type, SourceFile source, List<Finding> findings) {
        return FrontMatterParser.read(m.frontMatter(), type, source, m.frontMatterStartLine(), findings);
    }

    private static String root(String rel) {
        return rel.substring(0, rel.indexOf('/'));
    }

    private static Optional<String> readText(Path file, String rel, List<Finding> findings) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                findings.add(Finding.error("file-too-large", rel, 1, "file is larger than 2 MB: a content file holds one "
                        + "entity's front matter and prose; split or shorten it"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            findings.add(Finding.error("encoding", rel, 1, "file is not valid UTF-8: save it as UTF-8"));
        } catch (IOException e) {
            findings.add(Finding.error("unreadable", rel, 1, "could not read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static String suggestSlug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "my-entity" : s;
    }
}
