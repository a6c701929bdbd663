package dev.syllabus.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads list items without links that still name a resource: by a quoted title or a possessive ("Andrej Karpathy's
 * “Intro to Large Language Models” (~1hr YouTube)"), by a bare host ("huggingface.co/learn/nlp-course"), by a search
 * suggestion ("Search YouTube for ..."), or by a slug ("seq2seq — ..."). These never become new resources; the report
 * says why, and they can still match what the knowledge base knows.
 */
final class ItemReader {
    private static final Pattern LEAD_END = Pattern.compile("\\s[—–-]\\s|:\\s|\\n");
    private static final Pattern SLUG_LEAD = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)\\s+[—–-]\\s");
    private static final Pattern SEARCH = Pattern.compile("(?i)\\bsearch(?:\\s+on)?(?:\\s+(?:youtube|google|the web))?\\s+for\\s+([^.;\\n]+)");
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?<![\\w@/.:])((?:[a-z0-9-]+\\.)+(?:ai|io|com|org|net|co|edu|dev|ly|me|info|app|uk|de|fr|ca|us)(?:/[^\\s),;]*)?)(?![\\w.])");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(.*?\\)");
    private static final Pattern ON_THEIR = Pattern.compile("(?i)\\s+on\\s+(his|her|their)\\s+.*$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AFTER_POSSESSIVE = Pattern.compile("['’]s\\s+([^(“\"—–:]+)");

    private ItemReader() {
    }

    /** The mention a link-less item makes, or empty when it names no resource (an activity, a plain remark). */
    static Optional<Mention> read(Block item, Origin origin, List<CreatorName> inherited) {
        String text = item.text();
        String lead = lead(text);
        Matcher slug = SLUG_LEAD.matcher(text);
        if (slug.find()) {
            return Optional.of(base(origin, text, lead).address(Address.none(slug.group(1), Address.Problem.SLUG_REFERENCE))
                    .title(new Title(slug.group(1), Title.Strength.LABEL)).build());
        }
        Optional<String> quoted = Quotes.first(lead);
        Optional<String> maker = CreatorPhrases.possessive(lead + " ");
        Optional<Address> address = search(text).or(() -> bareHost(text));
        if (quoted.isEmpty() && address.isEmpty() && (maker.isEmpty() || !item.children().isEmpty())) {
            return Optional.empty();
        }
        MentionBuilder m = base(origin, text, lead).address(address.orElse(Address.none(lead, Address.Problem.NOT_GIVEN)));
        quoted.ifPresent(q -> m.title(new Title(q, Title.Strength.QUOTED)));
        m.title(new Title(unquotedTitle(lead), Title.Strength.LABEL));
        m.creators(maker.map(n -> List.of(new CreatorName(n, CreatorName.Role.AUTHOR))).orElse(inherited));
        return Optional.of(m.build());
    }

    /** The creators a container item hands to its nested items: "Lilian Weng's blog posts (lilianweng.github.io):". */
    static List<CreatorName> containerCreators(Block item) {
        return CreatorPhrases.possessive(lead(item.text()) + " ").stream()
                .map(n -> new CreatorName(n, CreatorName.Role.AUTHOR)).toList();
    }

    /** "search for Yannic Kilcher's review of the Chinchilla paper" inside a note: a mention with no address. */
    static List<Mention> searches(String text, Origin origin) {
        if (!text.contains("earch")) {
            return List.of();
        }
        Matcher m = SEARCH.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        String what = m.group(1).strip();
        MentionBuilder b = base(origin, what, what).address(Address.none(what, Address.Problem.SEARCH_ONLY));
        Quotes.first(what).ifPresent(q -> b.title(new Title(q, Title.Strength.QUOTED)));
        b.title(new Title(unquotedTitle(what), Title.Strength.LABEL));
        Matcher owner = Pattern.compile("^(.{2,60}?)['’]s\\s").matcher(what);
        if (owner.find() && CreatorPhrases.isName(owner.group(1))) {
            b.creators(List.of(new CreatorName(owner.group(1), CreatorName.Role.AUTHOR)));
        }
        return List.of(b.build());
    }

    static Optional<Address> search(String text) {
        if (!text.contains("earch")) {
            return Optional.empty();
        }
        Matcher m = SEARCH.matcher(text);
        return m.find() ? Optional.of(Address.none(m.group().strip(), Address.Problem.SEARCH_ONLY)) : Optional.empty();
    }

    private static Optional<Address> bareHost(String text) {
        Matcher m = BARE_HOST.matcher(text);
        while (m.find()) {
            Address a = Address.read(m.group(1));
            if (a.problem() == Address.Problem.BARE_HOST) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static MentionBuilder base(Origin origin, String text, String lead) {
        return new MentionBuilder(origin).label(lead).cues(lead).lengthFrom(lead).note(text).context(text);
    }

    private static String lead(String text) {
        Matcher m = LEAD_END.matcher(text);
        return m.find() ? text.substring(0, m.start()).strip() : text.strip();
    }

    /** "3Blue1Brown's neural network series (YouTube)" names "neural network series". */
    private static String unquotedTitle(String lead) {
        Matcher m = AFTER_POSSESSIVE.matcher(lead);
        String t = m.find() ? m.group(1) : PARENTHESISED.matcher(lead).replaceAll("");
        t = QUOTE_MARKS.matcher(ON_THEIR.matcher(t).replaceAll("")).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }
}
