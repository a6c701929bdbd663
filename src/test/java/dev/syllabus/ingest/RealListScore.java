package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Resource;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the resources an import wrote against the reference reading of a list.
 * <ul>
 * <li>Recall: reference resources (rows not marked {@code -}) whose address some imported resource answers to.</li>
 * <li>Precision: imported resources that answer to the address of a reference resource.</li>
 * <li>Kind, creator and title agreement, over the recalled rows: the imported resource's kind is one the row allows;
 * its creators (by name or alias, a surname standing for the full name) are exactly one reading the row allows; its
 * title, compared without case, accents and punctuation, is one the row allows (rows without a title are left out).</li>
 * <li>Not creators: creators the import wrote whose name no reference row gives as a creator.</li>
 * </ul>
 */
record RealListScore(String list, int resources, int recalled, int imported, int relevant, int sameKind, int sameCreators,
                     int named, int sameNamed, int titled, int sameTitle, List<String> notCreators, List<String> misses) {
    double recall() {
        return recalled / (double) resources;
    }

    double precision() {
        return imported == 0 ? 0 : relevant / (double) imported;
    }

    double kindAgreement() {
        return sameKind / (double) recalled;
    }

    double creatorAgreement() {
        return sameCreators / (double) recalled;
    }

    double namedCreatorAgreement() {
        return sameNamed / (double) named;
    }

    double titleAgreement() {
        return sameTitle / (double) titled;
    }

    String figures() {
        return String.format(Locale.ROOT, "%s: recall %.1f%% (%d/%d), precision %.1f%% (%d/%d), kind %.1f%% (%d/%d), creators %.1f%% "
                        + "(%d/%d; %.1f%% (%d/%d) where the list names them), titles without the creator %.1f%% (%d/%d), "
                        + "creators that are not creators: %d", list, 100 * recall(), recalled, resources, 100 * precision(), relevant,
                imported, 100 * kindAgreement(), sameKind, recalled, 100 * creatorAgreement(), sameCreators, recalled,
                100 * namedCreatorAgreement(), sameNamed, named, 100 * titleAgreement(), sameTitle, titled, notCreators.size());
    }

    static RealListScore score(String list, List<RealLists.Row> rows, KnowledgeBase kb) {
        Map<CanonicalUrl, Resource> byUrl = new HashMap<>();
        kb.resources().forEach(r -> r.allUrls().forEach(u -> byUrl.put(u, r)));
        Set<CanonicalUrl> wanted = new HashSet<>();
        Set<String> creatorKeys = new HashSet<>();
        int resources = 0, recalled = 0, sameKind = 0, sameCreators = 0, named = 0, sameNamed = 0, titled = 0, sameTitle = 0;
        List<String> misses = new ArrayList<>();
        for (RealLists.Row row : rows) {
            row.creators().forEach(c -> c.forEach(n -> creatorKeys.add(key(n))));
            if (!row.isResource()) {
                continue;
            }
            resources++;
            CanonicalUrl url = CanonicalUrl.of(row.address());
            wanted.add(url);
            Resource r = byUrl.get(url);
            if (r == null) {
                misses.add("not imported: " + row.address());
                continue;
            }
            recalled++;
            boolean kind = row.kinds().contains(r.kind().id());
            sameKind += kind ? 1 : 0;
            if (!kind) {
                misses.add("kind of " + row.address() + ": " + r.kind().id() + ", expected " + String.join(" or ", row.kinds()));
            }
            List<Creator> made = r.creators().stream().map(s -> kb.get(s, Creator.class).orElseThrow()).toList();
            boolean creators = row.creators().stream().anyMatch(c -> sameCreators(c, made));
            sameCreators += creators ? 1 : 0;
            if (row.namesCreators()) {
                named++;
                sameNamed += creators ? 1 : 0;
            }
            if (!creators) {
                misses.add("creators of " + row.address() + ": " + made.stream().map(Creator::name).toList() + ", expected "
                        + row.creators());
            }
            if (row.hasTitle()) {
                titled++;
                boolean title = row.titles().stream().anyMatch(t -> normal(t).equals(normal(r.title())));
                sameTitle += title ? 1 : 0;
                if (!title) {
                    misses.add("title of " + row.address() + ": \"" + r.title() + "\", expected " + row.titles());
                }
            }
        }
        int relevant = 0;
        for (Resource r : kb.resources()) {
            if (r.allUrls().stream().anyMatch(wanted::contains)) {
                relevant++;
            } else {
                misses.add("imported but no resource: " + r.slug() + " " + r.url().map(CanonicalUrl::value).orElse("(no address)"));
            }
        }
        List<String> notCreators = kb.creators().stream().map(Creator::name).filter(n -> !creatorKeys.contains(key(n))).toList();
        return new RealListScore(list, resources, recalled, kb.resources().size(), relevant, sameKind, sameCreators, named, sameNamed,
                titled, sameTitle, notCreators, misses);
    }

    /** The imported creators are the row's names one for one: by name or alias, or a surname for the full name. */
    private static boolean sameCreators(List<String> expected, List<Creator> made) {
        if (expected.size() != made.size()) {
            return false;
        }
        List<Creator> left = new ArrayList<>(made);
        for (String name : expected) {
            Creator hit = left.stream().filter(c -> names(c).stream().anyMatch(n -> sameName(name, n))).findFirst().orElse(null);
            if (hit == null) {
                return false;
            }
            left.remove(hit);
        }
        return true;
    }

    private static List<String> names(Creator c) {
        List<String> out = new ArrayList<>(c.aliases());
        out.add(c.name());
        return out;
    }

    private static boolean sameName(String a, String b) {
        String x = key(a);
        String y = key(b);
        return x.equals(y) || lastWord(a).equals(y) || lastWord(b).equals(x);
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return key(words[words.length - 1]);
    }

    static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\d]", "");
    }

    private static String normal(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\d]+", " ").strip();
    }
}
