package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads creator names out of the phrases guides use: a field value ("3Blue1Brown (Grant Sanderson)", "Yixuan Su & Tian
 * Lan (Hugging Face Blog)"), a possessive before a link ("Andrej Karpathy's [...]"), "from"/"by" after one, or the
 * " - Name." that follows a list item's link.
 */
final class CreatorPhrases {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s\\b");
    private static final Pattern ET_AL_WORDS = Pattern.compile("(?i)\\bet\\s+al\\.?");
    private static final Pattern LEADING_WITH = Pattern.compile("^(?i)with\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s\"“”'‘’(\\[*_-]+|[\\s\"“”'‘’)\\]*_,:;-]+$");
    private static final String TOKEN = "[\\p{Lu}\\d][\\p{L}\\d'’.&+_-]*";
    private static final String NAME = TOKEN + "(?:[ \\t]+(?:" + TOKEN + "|(?:von|van|de|der|den|la|le|du|da|with)\\b)){0,5}";
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|/|;|\\band\\b)\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(" + NAME + ")['’]s\\b");
    private static final Pattern THE_OWNERS = Pattern.compile("\\bthe\\s+(" + TOKEN + ")(?:\\s+" + TOKEN + "){0,3}\\s+(?i:blog|team|channel"
            + "|newsletter|guide|course|tutorial|docs|documentation)\\b[^.;]*$");
    private static final Pattern ET_AL = Pattern.compile("(" + TOKEN + ")\\s+et\\s+al\\.?\\s*$");
    private static final Pattern AFTER_LINK = Pattern.compile(
            "^\\s*(?:[-–—:|,]\\s*|\\s{2,})(?:by\\s+)?(" + NAME + "(?:\\s*(?:,|&|\\band\\b)\\s*" + NAME + ")*)");
    private static final Pattern FROM_BY = Pattern.compile("\\b(from|by)\\s+(?:the\\s+)?(?:(?:Prof|Dr|Mr|Mrs|Ms)\\.?\\s+)?(?:[\"“]([^\"”]{2,60})[\"”]|("
            + NAME + ")|(?<=from\\s)([a-z][a-z0-9_]{4,30})(?=\\s*[,;]|\\s*$))");
    /** "strategies employed by OpenAI", "inspired by X": the phrase names who uses or inspired it, not who made it. */
    private static final Pattern NOT_MAKING = Pattern.compile("(?i)\\b(?:used|employed|adopted|funded|supported|inspired|powered|followed"
            + "|replaced|driven|caused|trained|learned|based|backed|sponsored|cited|loved|preferred|influenced)\\s+$");
    /** "ranging from Sentiment Analysis to Intent Analysis": a range, not a maker. */
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d.,+]*(?:[A-Za-z]{0,2}|[-–].*)");
    /** Short upper-case words and their plurals: "MT", "NLI", "LMs". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{1,4}s?");
    private static final Pattern ORG_YEAR = Pattern.compile("\\s*\\(([^()]{2,60}?),\\s*(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?\\)");
    private static final Pattern RANGE = Pattern.compile("^\\s+to\\s");
    /** Honorifics before a name ("Prof. Dan Jurafsky", "Dr. Jacob Eisenstein") are not part of it. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Prof|Dr|Mr|Mrs|Ms)\\.?\\s+");
    /** What may follow a name list that makes up the whole clause after a link: an end, an emoji, a parenthesis. */
    private static final Pattern CLAUSE_END = Pattern.compile("^[\\s.,;:!|)\\]]*(?:[^\\p{L}\\p{N}\\s(\\[]+\\s*)*(?:$|[|(\\n])");
    private static final Set<String> NOT_NAMES = Set.of("here", "there", "that", "it", "what", "let", "who", "where", "how",
            "today", "this", "one", "he", "she", "everyone", "nobody", "scratch", "memory", "hand", "home", "above", "below",
            "the", "a", "an", "and", "et al", "et al.", "etc", "etc.", "official", "others", "more", "now", "then", "start");
    private static final Set<String> VENUES = Set.of("substack", "medium", "lesswrong", "youtube", "github", "twitter", "x",
            "arxiv", "openai", "harvard", "stanford", "google", "meta", "official", "deepmind", "reddit", "hacker news");

    private CreatorPhrases() {
    }

    /** The names in an "Author:" or "Channel:" field: the makers, then the parenthesised names. */
    static List<CreatorName> field(String value, CreatorName.Role role) {
        List<CreatorName> out = new ArrayList<>();
        String main = PAREN.matcher(value).replaceAll(" ");
        names(main).forEach(n -> out.add(new CreatorName(n, role)));
        Matcher m = PAREN.matcher(value);
        while (m.find()) {
            names(m.group(1)).stream().filter(n -> !isVenue(n))
                    .forEach(n -> out.add(new CreatorName(n, CreatorName.Role.PARENTHETICAL)));
        }
        return out;
    }

    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String piece : SPLIT.split(list)) {
            String n = clean(piece);
            if (isName(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * "Name's" within the last few words before a link, as in "Andrej Karpathy's [...]" or "Chip Huyen's RLHF explainer
     * at"; else "the AssemblyAI blog" or "the Goodfellow et al." just before it.
     */
    static Optional<String> possessive(String before) {
        String tail = before.length() > 160 ? before.substring(before.length() - 160) : before;
        tail = Quotes.withoutQuoted(tail);
        // Most links have no possessive, "the ... blog" or "et al." before them: skip the regular expressions then.
        boolean possessive = tail.contains("'s") || tail.contains("’s");
        if (!possessive && !tail.contains("the ") && !tail.contains("et al")) {
            return Optional.empty();
        }
        Matcher m = POSSESSIVE.matcher(possessive ? tail : "");
        String found = null;
        while (m.find()) {
            String rest = tail.substring(m.end()).strip();
            if (rest.isEmpty() || SPACES.split(rest).length <= 4 && rest.indexOf(',') < 0 && rest.indexOf(';') < 0) {
                found = lastName(m.group(1));
            }
        }
        if (found == null) {
            Matcher owners = THE_OWNERS.matcher(tail);
            Matcher etAl = ET_AL.matcher(tail);
            found = owners.find() ? owners.group(1) : etAl.find() ? etAl.group(1) : null;
        }
        return Optional.ofNullable(found).map(CreatorPhrases::clean).filter(CreatorPhrases::isName);
    }

    /**
     * " - Dan Jurafsky and James H. Martin." or "  Brendan Bycroft." right after a list item's first link: names only when
     * they make up the whole clause ("- Beginner-friendly tutorials including ..." names nobody), end in a possessive
     * ("- Richard Socher and Christopher Manning's Stanford Course") or end in an organisation's word ("- Carnegie Mellon
     * Language Technology Institute there").
     */
    static List<String> afterLink(String after) {
        Matcher m = AFTER_LINK.matcher(after);
        if (!m.find()) {
            return List.of();
        }
        String run = m.group(1);
        int possessive = possessiveAt(run);
        if (possessive >= 0) {
            return names(run.substring(0, possessive));
        }
        String cut = cutAtSentence(run);
        boolean whole = cut.length() < run.length() || CLAUSE_END.matcher(after.substring(m.end())).lookingAt();
        List<String> found = names(cut);
        if ((whole || found.size() == 1 && Makers.isOrganisation(found.get(0))) && found.stream().allMatch(CreatorPhrases::mayBeName)) {
            return found;
        }
        return List.of();
    }

    /** Where a possessive "'s" ends a word of {@code run}, or -1. */
    private static int possessiveAt(String run) {
        Matcher p = POSSESSIVE_S.matcher(run);
        return p.find() ? p.start() : -1;
    }

    /** "10K", "1.75M", "400+" and "4-course" are figures, not names; "3Blue1Brown" and "01.AI" are names. */
    private static boolean mayBeName(String n) {
        String[] words = SPACES.split(n);
        return !FIGURE.matcher(words[0]).matches() && java.util.Arrays.stream(words).noneMatch(w -> w.chars().allMatch(Character::isDigit));
    }

    /**
     * "from Chris Olah", "by Alan D. Thompson", "from \"The AI Hacker\"", "from ritvikmath," within the words after a link.
     * "from MT" and "from LMs" name a source of data, "ranging from Sentiment Analysis to ..." a range: neither is a maker.
     */
    static Optional<String> fromOrBy(String after) {
        String window = after.length() > 80 ? after.substring(0, 80) : after;
        if (!window.contains("from ") && !window.contains("by ")) {
            return Optional.empty();
        }
        Matcher m = FROM_BY.matcher(window);
        if (!m.find() || RANGE.matcher(window.substring(m.end())).lookingAt() || NOT_MAKING.matcher(window.substring(0, m.start())).find()
                || SPACES.split(window.substring(0, m.start()).strip()).length > 10) {
            return Optional.empty();
        }
        String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? cutAtSentence(m.group(3)) : m.group(4);
        if (m.group(1).equals("from") && m.group(3) != null && ACRONYM.matcher(name.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(clean(HONORIFIC.matcher(name).replaceFirst(""))).filter(CreatorPhrases::isName).filter(CreatorPhrases::mayBeName);
    }

    /** "(Meta, 2024)", "(Cohere For AI, 2023-2024)", "(Princeton/Mila, 2025)" right after a link: who made it, and when. */
    static List<String> organisationAndYear(String after) {
        Matcher m = ORG_YEAR.matcher(after);
        return m.lookingAt() ? names(m.group(1)) : List.of();
    }

    /** Whether the maker phrase after a link says "by" (who made it) rather than "from" (often where it came from). */
    static boolean madeBy(String after) {
        Matcher m = FROM_BY.matcher(after.length() > 80 ? after.substring(0, 80) : after);
        return m.find() && m.group(1).equals("by");
    }

    static boolean endsWithByOrFrom(String before) {
        String tail = before.stripTrailing().toLowerCase(Locale.ROOT);
        return tail.equals("by") || tail.equals("from") || tail.endsWith(" by") || tail.endsWith(" from")
                || tail.endsWith("\nby") || tail.endsWith("\nfrom");
    }

    static boolean isName(String n) {
        return !n.isEmpty() && n.length() <= 60 && n.codePoints().anyMatch(Character::isLetter)
                && !NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)) && !n.toLowerCase(Locale.ROOT).startsWith("et al");
    }

    private static boolean isVenue(String n) {
        String lower = n.toLowerCase(Locale.ROOT);
        return lower.contains("blog") || VENUES.contains(lower) || HOST.matcher(lower).matches();
    }

    /** A possessive's name is the capitalised run just before "'s": "in 3Blue1Brown's" gives "3Blue1Brown". */
    private static String lastName(String run) {
        String[] words = SPACES.split(run.strip());
        int from = words.length;
        while (from > 0 && !NOT_NAMES.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
            from--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** A name ends at a word that closes a sentence ("Jay Alammar. The most ..."); initials ("H.") do not close one. */
    static String cutAtSentence(String run) {
        StringBuilder out = new StringBuilder();
        for (String word : SPACES.split(run.strip())) {
            boolean closes = word.endsWith(".") && word.length() > 2 && !word.substring(0, word.length() - 1).contains(".")
                    && !HONORIFIC.matcher(word + " ").lookingAt();
            out.append(out.length() == 0 ? "" : " ").append(closes ? word.substring(0, word.length() - 1) : word);
            if (closes) {
                break;
            }
        }
        return out.toString();
    }

    private static String clean(String n) {
        String c = n;
        if (c.contains("s")) {
            c = POSSESSIVE_S.matcher(c).replaceAll("");
        }
        if (c.contains("al")) {
            c = ET_AL_WORDS.matcher(c).replaceAll("");
        }
        if (c.regionMatches(true, 0, "with", 0, 4) || c.regionMatches(true, 1, "with", 0, 4)) {
            c = LEADING_WITH.matcher(c).replaceAll("");
        }
        return HONORIFIC.matcher(SPACES.matcher(EDGES.matcher(c).replaceAll("")).replaceAll(" ").strip()).replaceFirst("");
    }
}
