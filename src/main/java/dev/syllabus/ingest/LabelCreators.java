package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the creator out of a link text that names it with the title: "3Blue1Brown - The Essence of Linear Algebra",
 * "Neural Architectures for NER (Lample et al.)", "Karpathy's The Unreasonable Effectiveness of RNNs". A leading name
 * is split off only on evidence that it names a maker: the knowledge base or the input names it as a creator, several
 * links of the input start with it, the link's host spells it, it reads as a person's or an organisation's name. A
 * link whose maker the source states otherwise ("[Axolotl - Documentation](...) by Wing Lian") keeps its text whole.
 */
final class LabelCreators {
    private static final Pattern DASH = Pattern.compile("^(.{2,60}?)\\s+[-–—]\\s+(\\S.*)$");
    private static final Pattern TRAILING_PARENS = Pattern.compile("^(.{3,}?)\\s*\\(([^()]{2,80})\\)$");
    private static final Pattern ET_AL = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+)\\s+et\\s+al\\.?$");
    private static final Pattern PAIR = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+)\\s*(?:&|and)\\s*(\\p{Lu}[\\p{L}'’-]+)$");
    private static final Pattern SURNAME = Pattern.compile("^\\p{Lu}\\p{Ll}[\\p{L}'’-]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("^([^'’]{2,40}?)['’]s\\s+(\\S.*)$");
    private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}\\d.+&-]+$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Set<String> GENERIC_REST = Set.of("blog", "newsletter", "notes", "course", "website", "site", "page",
            "channel", "podcast", "papers", "posts", "tutorials", "videos", "lectures", "homepage", "wiki");
    private static final Set<String> HOST_NOISE = Set.of("www", "docs", "blog", "python", "course", "courses", "magazine", "learn",
            "github", "io", "com", "org", "net", "ai", "dev", "app", "co", "edu", "html");

    private final KnownContent known;
    private final Set<String> statedCreators = new HashSet<>();
    private final Map<String, Integer> prefixes = new HashMap<>();

    private LabelCreators(KnownContent known, List<Mention> mentions) {
        this.known = known;
        for (Mention m : mentions) {
            m.creators().stream().filter(n -> n.role() == CreatorName.Role.AUTHOR || n.role() == CreatorName.Role.CHANNEL)
                    .forEach(n -> statedCreators.add(CreatorDirectory.key(n.name())));
            Matcher d = DASH.matcher(m.label());
            if (d.matches()) {
                prefixes.merge(CreatorDirectory.key(d.group(1)), 1, Integer::sum);
            }
        }
    }

    static List<Mention> apply(List<Mention> mentions, KnownContent known) {
        LabelCreators split = new LabelCreators(known, mentions);
        // A name accepted as a maker in one place is evidence everywhere, as it will be once it is in the knowledge base:
        // a second import then reads the input as the first one did.
        List<Mention> once = mentions.stream().map(split::read).toList();
        once.forEach(m -> m.creators().stream().filter(CreatorName::isMaker).forEach(n -> split.statedCreators.add(CreatorDirectory.key(n.name()))));
        return mentions.stream().map(split::read).toList();
    }

    private Mention read(Mention given) {
        Mention m = evidenced(given);
        Optional<Title> title = m.title().filter(t -> t.strength() != Title.Strength.HEADING && t.text().equals(m.label().strip()));
        if (title.isEmpty()) {
            return m;
        }
        return dash(m, title.get()).or(() -> parenthesised(m, title.get())).or(() -> possessive(m, title.get())).orElse(m);
    }

    /** Tentative names stay only where the evidence says they are makers. */
    private Mention evidenced(Mention m) {
        if (m.creators().stream().noneMatch(n -> n.role() == CreatorName.Role.TENTATIVE)) {
            return m;
        }
        return m.withCreators(m.creators().stream().filter(n -> n.role() != CreatorName.Role.TENTATIVE || isMaker(n.name(), m) || isVideo(m) || authorList(m))
                .map(n -> n.role() == CreatorName.Role.TENTATIVE ? new CreatorName(n.name(), CreatorName.Role.AUTHOR) : n).toList());
    }

    private Optional<Mention> dash(Mention m, Title t) {
        Matcher d = DASH.matcher(t.text());
        if (!d.matches()) {
            return Optional.empty();
        }
        String lead = d.group(1).strip();
        Matcher owner = POSSESSIVE.matcher(lead);
        String name = owner.matches() && GENERIC_REST.contains(owner.group(2).toLowerCase(Locale.ROOT).strip()) ? owner.group(1) : lead;
        boolean sameAsStated = makers(m).isEmpty() || makers(m).contains(CreatorDirectory.key(name));
        if (!sameAsStated || !isMaker(name, m)) {
            return Optional.empty();
        }
        return Optional.of(with(m, new Title(d.group(2), t.strength()), List.of(name)));
    }

    private Optional<Mention> parenthesised(Mention m, Title t) {
        Matcher p = TRAILING_PARENS.matcher(t.text());
        if (!p.matches()) {
            return Optional.empty();
        }
        String inside = p.group(2).strip();
        Matcher etAl = ET_AL.matcher(inside);
        Matcher pair = PAIR.matcher(inside);
        List<String> names = etAl.matches() ? List.of(etAl.group(1)) : pair.matches() && isPaper(m) ? List.of(pair.group(1), pair.group(2))
                : SURNAME.matcher(inside).matches() && isPaper(m) || !known(inside).isEmpty() ? List.of(inside) : List.of();
        if (names.isEmpty() || !makers(m).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(with(m, new Title(p.group(1), t.strength()), names));
    }

    private Optional<Mention> possessive(Mention m, Title t) {
        Matcher p = POSSESSIVE.matcher(t.text());
        if (!p.matches() || !makers(m).isEmpty()) {
            return Optional.empty();
        }
        String name = p.group(1).strip();
        String rest = p.group(2).strip();
        boolean generic = GENERIC_REST.contains(rest.toLowerCase(Locale.ROOT));
        boolean nameLike = CreatorPhrases.isName(name) && (!ACRONYM.matcher(name).matches() || !known(name).isEmpty())
                && (Character.isUpperCase(name.codePointAt(0)) || !name.contains(" "));
        boolean evidence = generic || isMaker(name, m) || !name.contains(" ") && rest.split("\\s+").length >= 2;
        if (!nameLike || !evidence) {
            return Optional.empty();
        }
        return Optional.of(with(m, generic ? t : new Title(rest, t.strength()), List.of(name)));
    }

    /** The evidence that a leading name is who made the resource and not its subject. */
    private boolean isMaker(String name, Mention m) {
        String key = CreatorDirectory.key(name);
        if (key.isEmpty() || !CreatorPhrases.isName(name)) {
            return false;
        }
        return !known(name).isEmpty() || statedCreators.contains(key) || statedCreators.stream().anyMatch(s -> s.startsWith(key + " "))
                || prefixes.getOrDefault(key, 0) >= 2
                || hostSpells(name, m) || GivenNames.isPerson(name) || Makers.isOrganisation(name) || withPerson(name);
    }

    /** "StatQuest with Josh Starmer": a channel named with its person. */
    private static boolean withPerson(String name) {
        int with = name.indexOf(" with ");
        return with > 0 && GivenNames.isPerson(name.substring(with + 6));
    }

    private Optional<?> known(String name) {
        return known.creators().resolve(name);
    }

    private static List<String> makers(Mention m) {
        return m.creators().stream().filter(CreatorName::isMaker).map(n -> CreatorDirectory.key(n.name())).toList();
    }

    /** "khanacademy.org" spells "Khan Academy", "lena-voita.github.io" "Lena Voita", "dottxt-ai.github.io/outlines" "Outlines". */
    private static boolean hostSpells(String name, Mention m) {
        String letters = NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        if (letters.length() < 3 || m.address().url().isEmpty()) {
            return false;
        }
        String value = m.address().url().get().value();
        List<String> parts = new ArrayList<>(List.of(m.address().url().get().host().split("[.-]")));
        if (m.address().url().get().host().endsWith("github.io")) {
            String path = value.substring(value.indexOf("github.io") + "github.io".length());
            parts.add(path.replaceFirst("^/", "").split("[/?#]")[0]);
        }
        if (m.address().url().get().host().equals("github.com")) {
            parts.add(value.substring(value.indexOf("github.com") + "github.com".length()).replaceFirst("^/", "").split("[/?#]")[0]);
        }
        parts.removeIf(HOST_NOISE::contains);
        if (letters.length() >= 5 && parts.stream().map(p -> NOT_ALNUM.matcher(p.toLowerCase(Locale.ROOT)).replaceAll(""))
                .anyMatch(p -> p.startsWith(letters) || p.length() >= 5 && letters.startsWith(p) && name.strip().split("\\s+").length <= 2)) {
            return true;
        }
        String joined = NOT_ALNUM.matcher(String.join("", parts)).replaceAll("");
        return parts.stream().map(p -> NOT_ALNUM.matcher(p).replaceAll("")).anyMatch(letters::equals) || joined.equals(letters);
    }

    /** "[GloVe](aclanthology...) - Pennington, Socher and Manning.": several names after a paper are its authors. */
    private static boolean authorList(Mention m) {
        return isPaper(m) && m.creators().stream().filter(n -> n.role() == CreatorName.Role.TENTATIVE).count() >= 2;
    }

    /** A video comes "from" the channel that made it: "[video] on Word2Vec from ritvikmath". */
    private static boolean isVideo(Mention m) {
        return m.address().url().map(u -> u.youtubeVideoId().isPresent() || u.isYoutubePlaylist() || u.host().equals("vimeo.com"))
                .orElse(false);
    }

    private static boolean isPaper(Mention m) {
        return m.address().url().map(u -> KindRules.isPaperHost(u.host())).orElse(false);
    }

    private static Mention with(Mention m, Title title, List<String> names) {
        List<CreatorName> creators = new ArrayList<>(m.creators());
        names.stream().filter(n -> creators.stream().noneMatch(c -> CreatorDirectory.key(c.name()).equals(CreatorDirectory.key(n))))
                .forEach(n -> creators.add(new CreatorName(n, CreatorName.Role.AUTHOR)));
        return m.withTitle(title).withCreators(creators);
    }
}
