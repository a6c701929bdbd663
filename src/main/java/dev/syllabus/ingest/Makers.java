package dev.syllabus.ingest;

import dev.syllabus.kb.CreatorKind;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the creator names of the input into creator slugs. Names the knowledge base knows resolve to its creators; the
 * others become new creators, one per person however the input spells them ("StatQuest" and "StatQuest with Josh
 * Starmer", "Hugging Face" and "Hugging Face Team"), named as the input names them most often.
 */
final class Makers {
    private static final java.util.regex.Pattern ORGANISATION_WORD = java.util.regex.Pattern.compile(
            "(?i).*\\b(research|team|lab|labs|inc|ltd|institute|university|foundation|ai|group|press|academy|college|school|center|centre"
                    + "|society|corporation|consortium)\\b.*");
    private static final java.util.regex.Pattern PERSON_LIKE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+(\\s+(\\p{Lu}\\.|von|van|de|der|\\p{Lu}[\\p{L}'’-]+)){1,3}");
    private final CreatorDirectory known;
    private final CreatorDirectory fresh = new CreatorDirectory();
    private final Map<Slug, NewCreator> created = new LinkedHashMap<>();

    /** A resource's creators: those already known, then new ones, without repeats. */
    record Resolution(List<Slug> known, List<Slug> fresh, List<String> unresolved) {
        List<Slug> all() {
            Set<Slug> out = new LinkedHashSet<>(known);
            out.addAll(fresh);
            return List.copyOf(out);
        }
    }

    /** {@code slugsInUse} is shared with the caller, so the new creators' slugs stay reserved for everything else. */
    Makers(KnownContent content, List<Mention> mentions, Set<String> slugsInUse) {
        this.known = content.creators();
        Clusters clusters = new Clusters();
        // Looking names up in the knowledge base only reads it: done on all cores, the clustering then goes in order.
        List<List<CreatorName>> unknownMakers = mentions.parallelStream().map(this::makers).toList();
        unknownMakers.forEach(names -> names.forEach(n -> clusters.of(n.name()).orElseGet(clusters::add).add(n)));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            List<CreatorName> makers = unknownMakers.get(i);
            List<CreatorName> aside = m.creators().stream().filter(p -> !p.isMaker()).toList();
            // "3Blue1Brown (Grant Sanderson)" names the person behind the channel; a list in parentheses names members.
            if (makers.size() == 1 && aside.size() == 1 && known.resolve(aside.get(0).name()).isEmpty()
                    && clusters.of(aside.get(0).name()).isEmpty()) {
                clusters.of(makers.get(0).name()).orElseThrow().alias(aside.get(0).name());
            }
        }
        for (Cluster c : clusters.all) {
            NewCreator nc = c.toCreator(Slugs.unique(Slugs.of(c.name()), slugsInUse));
            created.put(nc.slug(), nc);
            fresh.add(nc.slug(), nc.name(), nc.aliases(), nc.kind() == CreatorKind.PERSON);
        }
    }

    /** "Carnegie Mellon Language Technology Institute", "Machine Learning University", "Hugging Face Team". */
    static boolean isOrganisation(String name) {
        return ORGANISATION_WORD.matcher(name).matches();
    }

    private List<CreatorName> makers(Mention m) {
        return m.creators().stream().filter(CreatorName::isMaker).filter(n -> known.resolve(n.name()).isEmpty()).toList();
    }

    Resolution resolve(List<CreatorName> names) {
        List<Slug> k = new ArrayList<>();
        List<Slug> f = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (CreatorName n : names) {
            Optional<Slug> kb = known.resolve(n.name());
            Optional<Slug> input = kb.isPresent() ? Optional.empty() : fresh.resolve(n.name());
            kb.filter(s -> !k.contains(s)).ifPresent(k::add);
            input.filter(s -> !f.contains(s)).ifPresent(f::add);
            if (kb.isEmpty() && input.isEmpty() && n.isMaker()) {
                unresolved.add(n.name());
            }
        }
        return new Resolution(k, f, unresolved);
    }

    /**
     * Creators named in {@code text} (a mention's context, "before | after"), for mentions whose creator no phrase gave:
     * only before the link ("StatQuest also has a video on [...]"), since a description after a link names many things
     * that did not make it. Known and new creators are read alike, so a second import finds what the first one did.
     */
    Resolution scan(String text) {
        int bar = text.indexOf(" | ");
        String before = bar < 0 ? text : text.substring(0, bar);
        return new Resolution(known.scan(before), fresh.scan(before), List.of());
    }

    /**
     * Creators a link text names exactly ("[StatQuest with Josh Starmer](.../@statquest)"), when they are a person or a
     * channel spelled as the text spells them: "[MeTA](...)" and "[Pinecone](...)" name a tool and a product. Known and
     * new creators are read alike, so a second import finds what the first one did.
     */
    Resolution resolveByLabel(List<CreatorName> labels, java.util.function.Function<Slug, Optional<dev.syllabus.kb.Creator>> knownCreator) {
        Resolution r = resolve(labels);
        List<String> spelled = labels.stream().map(l -> Quotes.first(l.name()).orElse(l.name())).toList();
        List<Slug> k = r.known().stream().filter(s -> knownCreator.apply(s).filter(c -> c.kind() != CreatorKind.ORGANISATION
                && (spelled.contains(c.name()) || c.aliases().stream().anyMatch(spelled::contains))).isPresent()).toList();
        List<Slug> f = r.fresh().stream().filter(s -> created(s).filter(c -> c.kind() != CreatorKind.ORGANISATION
                && (spelled.contains(c.name()) || c.aliases().stream().anyMatch(spelled::contains))).isPresent()).toList();
        return new Resolution(k, f, List.of());
    }

    Optional<NewCreator> created(Slug slug) {
        return Optional.ofNullable(created.get(slug));
    }

    /**
     * The new creators found so far, findable by the first word of any spelling: spellings of one creator that differ
     * ("StatQuest", "StatQuest with Josh Starmer") always share their first word.
     */
    private static final class Clusters {
        private final List<Cluster> all = new ArrayList<>();
        private final Map<String, List<Cluster>> byFirstWord = new java.util.HashMap<>();

        Optional<Cluster> of(String name) {
            String key = CreatorDirectory.key(name);
            return byFirstWord.getOrDefault(firstWord(key), List.of()).stream().filter(c -> c.takes(key)).findFirst();
        }

        Cluster add() {
            Cluster c = new Cluster(this);
            all.add(c);
            return c;
        }

        void index(String key, Cluster c) {
            List<Cluster> list = byFirstWord.computeIfAbsent(firstWord(key), k -> new ArrayList<>());
            if (!list.contains(c)) {
                list.add(c);
            }
        }

        private static String firstWord(String key) {
            int space = key.indexOf(' ');
            return space < 0 ? key : key.substring(0, space);
        }
    }

    /** The spellings of one new creator across the input. */
    private static final class Cluster {
        private final Map<String, Integer> spellings = new LinkedHashMap<>();
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Set<String> keys = new java.util.HashSet<>();
        private int channel;

        private final Clusters owner;

        Cluster(Clusters owner) {
            this.owner = owner;
        }

        boolean takes(String key) {
            return keys.contains(key) || keys.stream().anyMatch(k -> wordPrefix(k, key) || wordPrefix(key, k));
        }

        /** "statquest" opens "statquest with josh starmer"; a one-word prefix must be a distinctive word. */
        private static boolean wordPrefix(String shorter, String longer) {
            return longer.length() > shorter.length() && longer.startsWith(shorter) && longer.charAt(shorter.length()) == ' '
                    && (shorter.contains(" ") || shorter.length() >= 6);
        }

        void add(CreatorName n) {
            spellings.merge(n.name(), 1, Integer::sum);
            String key = CreatorDirectory.key(n.name());
            keys.add(key);
            owner.index(key, this);
            channel += n.role() == CreatorName.Role.CHANNEL ? 1 : 0;
        }

        void alias(String a) {
            aliases.add(a);
        }

        String name() {
            return spellings.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        NewCreator toCreator(Slug slug) {
            String name = name();
            Set<String> others = new LinkedHashSet<>(spellings.keySet());
            others.addAll(aliases);
            others.removeIf(o -> CreatorDirectory.key(o).equals(CreatorDirectory.key(name)));
            return new NewCreator(slug, name, kindOf(name), List.copyOf(others));
        }

        private CreatorKind kindOf(String name) {
            if (ORGANISATION_WORD.matcher(name).matches()) {
                return CreatorKind.ORGANISATION;
            }
            boolean personLike = PERSON_LIKE.matcher(name).matches();
            return personLike && channel == 0 ? CreatorKind.PERSON : channel > 0 ? CreatorKind.CHANNEL : CreatorKind.ORGANISATION;
        }
    }
}
