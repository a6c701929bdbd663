package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores an import of the guides into an empty directory against the bundled knowledge base.
 * <ul>
 * <li>Bundled set: the bundled resources and papers with at least one address (url or alternate) that the guides
 * contain, found by a plain scan of the guides' text for {@code http(s)://} addresses, canonicalised.</li>
 * <li>Imported set: the resources the import wrote.</li>
 * <li>An imported and a bundled entity match when their canonical addresses intersect.</li>
 * <li>Recall: bundled entities matched by some import; precision: imports that match some bundled entity.</li>
 * <li>Kind agreement, over matched pairs: the same kind (a bundled paper counts as kind paper).</li>
 * <li>Creator agreement, over matched pairs whose bundled side is a resource: the imported creators, looked up by
 * name or alias among the bundled creators, are exactly the bundled resource's creators. Measured twice: over all
 * such pairs ("strict"), and over the pairs whose creators the guides actually name ("named"): a bundled creator's name
 * or alias is written within two lines of one of the resource's addresses. The bundled knowledge base knows some
 * creators from elsewhere (the Dive into Deep Learning authors, who run towardsdatascience.com); an importer that
 * never invents cannot find those, and the named figure leaves them out.</li>
 * </ul>
 */
record SeedRecovery(int bundled, int recovered, int imported, int relevant, int pairs, int sameKind, int creatorPairs,
                    int sameCreators, int namedPairs, int sameNamed, List<String> misses) {
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>()\\[\\]\"'`]+");

    double recall() {
        return recovered / (double) bundled;
    }

    double precision() {
        return relevant / (double) imported;
    }

    double kindAgreement() {
        return sameKind / (double) pairs;
    }

    double creatorAgreement() {
        return sameCreators / (double) creatorPairs;
    }

    double namedCreatorAgreement() {
        return sameNamed / (double) namedPairs;
    }

    String figures() {
        return String.format(Locale.ROOT, "recall %.1f%% (%d/%d), precision %.1f%% (%d/%d), kind agreement %.1f%% (%d/%d), "
                        + "creator agreement %.1f%% (%d/%d) where the guides name the creators, %.1f%% (%d/%d) strict", 100 * recall(),
                recovered, bundled, 100 * precision(), relevant, imported, 100 * kindAgreement(), sameKind, pairs,
                100 * namedCreatorAgreement(), sameNamed, namedPairs, 100 * creatorAgreement(), sameCreators, creatorPairs);
    }

    static SeedRecovery score(KnowledgeBase bundled, KnowledgeBase imported, List<Path> guides) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path g : guides) {
            lines.addAll(Files.readAllLines(g));
        }
        Set<CanonicalUrl> inGuides = addressesIn(lines);
        List<Entity> targets = bundled.entities().stream().filter(e -> urls(e).stream().anyMatch(inGuides::contains)).toList();
        List<Resource> imports = imported.resources();
        int recovered = (int) targets.stream().filter(t -> imports.stream().anyMatch(i -> intersect(i, t))).count();
        int relevant = 0, pairs = 0, sameKind = 0, creatorPairs = 0, sameCreators = 0, namedPairs = 0, sameNamed = 0;
        List<String> misses = new ArrayList<>();
        for (Resource i : imports) {
            Optional<Entity> match = targets.stream().filter(t -> intersect(i, t)).findFirst();
            if (match.isEmpty()) {
                misses.add("imported but not bundled: " + i.slug() + " " + i.url().orElseThrow());
                continue;
            }
            relevant++;
            pairs++;
            ResourceKind expected = match.get() instanceof Resource r ? r.kind() : ResourceKind.PAPER;
            sameKind += i.kind() == expected ? 1 : 0;
            if (i.kind() != expected) {
                misses.add("kind of " + match.get().slug() + ": imported " + i.kind().id() + ", bundled " + expected.id());
            }
            if (match.get() instanceof Resource r) {
                creatorPairs++;
                boolean same = bundledCreators(i, imported, bundled).equals(Set.copyOf(r.creators()));
                boolean namedInGuides = namedNear(r, bundled, lines);
                sameCreators += same ? 1 : 0;
                namedPairs += namedInGuides ? 1 : 0;
                sameNamed += same && namedInGuides ? 1 : 0;
                if (!same) {
                    misses.add("creators of " + r.slug() + (namedInGuides ? "" : " (not named in the guides)") + ": imported "
                            + bundledCreators(i, imported, bundled) + ", bundled " + r.creators());
                }
            }
        }
        targets.stream().filter(t -> imports.stream().noneMatch(i -> intersect(i, t)))
                .forEach(t -> misses.add("bundled but not imported: " + t.slug()));
        return new SeedRecovery(targets.size(), recovered, imports.size(), relevant, pairs, sameKind, creatorPairs, sameCreators,
                namedPairs, sameNamed, misses);
    }

    private static Set<CanonicalUrl> addressesIn(List<String> lines) {
        Set<CanonicalUrl> out = new HashSet<>();
        lines.forEach(l -> out.addAll(addressesOf(l)));
        return out;
    }

    private static Set<CanonicalUrl> addressesOf(String line) {
        Set<CanonicalUrl> out = new HashSet<>();
        Matcher m = ADDRESS.matcher(line);
        while (m.find()) {
            try {
                out.add(CanonicalUrl.of(m.group().replaceAll("[.,;:]+$", "")));
            } catch (IllegalArgumentException notAnAddress) {
                // The scan is deliberately naive; what does not parse is not an address.
            }
        }
        return out;
    }

    /** Whether a creator's name or alias is written within two lines of one of the resource's addresses. */
    private static boolean namedNear(Resource r, KnowledgeBase bundled, List<String> lines) {
        List<String> names = new ArrayList<>();
        r.creators().forEach(s -> bundled.get(s, Creator.class).ifPresent(c -> {
            names.add(c.name());
            names.addAll(c.aliases());
        }));
        for (int i = 0; i < lines.size(); i++) {
            if (addressesOf(lines.get(i)).stream().anyMatch(r.allUrls()::contains)) {
                String near = String.join(" ", lines.subList(Math.max(0, i - 2), Math.min(lines.size(), i + 3))).toLowerCase(Locale.ROOT);
                if (names.stream().anyMatch(n -> Pattern.compile("\\b" + Pattern.quote(n.toLowerCase(Locale.ROOT)) + "\\b").matcher(near).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<CanonicalUrl> urls(Entity e) {
        if (e instanceof Resource r) {
            return r.allUrls();
        }
        return e instanceof Paper p ? p.url().stream().toList() : List.of();
    }

    private static boolean intersect(Resource imported, Entity bundled) {
        return imported.allUrls().stream().anyMatch(urls(bundled)::contains);
    }

    /** The bundled creators the imported resource's creators name, by name or alias (case and punctuation aside). */
    private static Set<Slug> bundledCreators(Resource i, KnowledgeBase imported, KnowledgeBase bundled) {
        Set<Slug> out = new HashSet<>();
        for (Slug s : i.creators()) {
            Creator c = imported.get(s, Creator.class).orElseThrow();
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.name());
            Set<String> keys = names.stream().map(SeedRecovery::key).collect(Collectors.toSet());
            bundled.creators().stream().filter(b -> keys.contains(key(b.name())) || b.aliases().stream().map(SeedRecovery::key)
                    .anyMatch(keys::contains)).forEach(b -> out.add(b.slug()));
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
    }
}
