package dev.syllabus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every link of a paragraph or list item as a mention, from the words around it within its sentence: a quoted or
 * list-leading title, the creator ("Name's [...]", "[...] from Name", "[...] - Name."), kind hints, a length and a
 * start time. Links joined by "and" share a creator ("3Blue1Brown's [A] and [B]", "[A] and [B] from StatQuest").
 */
final class LinkReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ADDRESS_LIKE = Pattern.compile("(?i)(https?://|www\\.)");
    private static final Set<String> GENERIC = Set.of("here", "this", "link", "video", "videos", "post", "blog post", "blog",
            "article", "notes", "course notes", "lecture notes", "slides", "paper", "website", "site", "page", "tutorial",
            "post+video", "source", "pdf", "repo", "code", "this post", "this video", "read more", "more", "youtube",
            "github", "book", "chapter", "pdf version", "html", "web", "online");
    private static final Pattern PRONOUN = Pattern.compile("(?i).*\\b(his|her|their|its)\\s+(\\S+\\s+){0,2}$");
    private static final Pattern JOINER = Pattern.compile("(?i)^[\\s,]*(?:\\S+\\s+)?(and|or|,)(\\s+\\S+)?[\\s,]*$");
    private static final Pattern NAMED_BEFORE = Pattern.compile("\\bthe\\s+(\\p{Lu}[^,;:\"“”()\\[\\]]{2,80}?)\\s+at\\s*$");
    /** "Chapters 3-5 of the [book]", "The first 4 videos in 3Blue1Brown's [series]": a part of what the link names. */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\b((?:the\\s+)?(?:first|last)\\s+\\d+\\s+\\p{L}+|(?:chapters?|sections?"
            + "|parts?|lectures?|videos?)\\s+[\\d.]+(?:\\s*[-–]\\s*[\\d.]+)?)\\s+(?:of|in)\\s+(?:the\\s+)?(?:\\S+['’]s\\s+)?$");
    /** Words read on each side of a link for its kind: enough for "the [d2l.ai] book", not the rest of the sentence. */
    private static final int CUE_WORDS = 6;
    private static final Pattern LEADING = Pattern.compile("^[\\s\\p{Punct}•·–—]*$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern NOTE_LEAD = Pattern.compile("^\\s*[-–—:|,]?\\s*");
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-z]+://[^/]+");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern PAGE_SUFFIX = Pattern.compile("\\.(html?|pdf|md|php)$");
    private static final Pattern SEPARATORS = Pattern.compile("[-_+]+");

    private LinkReader() {
    }

    static List<Mention> read(Block block, Origin origin, List<CreatorName> inherited) {
        String text = block.text();
        List<Link> links = block.links();
        List<MentionBuilder> built = new ArrayList<>();
        List<List<CreatorName>> makers = new ArrayList<>();
        Sentences.Bounds bounds = new Sentences.Bounds(text);
        for (int i = 0; i < links.size(); i++) {
            // A link around nothing but an image (a badge, a logo) names no resource.
            boolean named = !links.get(i).label().isBlank();
            Window w = window(text, bounds, links, i);
            boolean listHead = block.kind() == Block.Kind.ITEM && i == 0 && LEADING.matcher(text.substring(0, w.link().start())).matches();
            // A picture link alone on its line, or in a heading, decorates the list (a badge, a chart, a logo).
            boolean alone = block.kind() == Block.Kind.HEADING || block.kind() != Block.Kind.ITEM && outsideLinks(text, links).isBlank();
            String subject = i > 0 && block.kind() == Block.Kind.ITEM && LEADING.matcher(text.substring(0, links.get(0).start())).matches()
                    && !isGeneric(links.get(0).label()) ? links.get(0).label() : "";
            built.add(named ? mention(w, origin.line() + lineWithin(text, w.link().start()), origin, listHead, text, alone, subject)
                    : null);
            String next = i + 1 < links.size() ? links.get(i + 1).label() : "";
            makers.add(named ? creators(w, listHead, i == 0 ? List.of() : makers.get(i - 1), next) : List.of());
        }
        shareAcrossJoiners(text, links, makers);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < built.size(); i++) {
            if (built.get(i) != null) {
                out.add(built.get(i).creators(makers.get(i).isEmpty() ? inherited : makers.get(i)).build());
            }
        }
        return out;
    }

    /** A link and the words on each side of it, within its sentence and without crossing a neighbouring link. */
    record Window(Link link, String before, String after) {
    }

    static Window window(String text, Sentences.Bounds bounds, List<Link> links, int i) {
        Link link = links.get(i);
        int from = Math.max(i == 0 ? 0 : links.get(i - 1).end(), bounds.startBefore(link.start()));
        int to = Math.min(i + 1 < links.size() ? links.get(i + 1).start() : text.length(), bounds.endAfter(link.end()));
        return new Window(link, text.substring(Math.min(from, link.start()), link.start()),
                text.substring(link.end(), Math.max(link.end(), to)));
    }

    private static final Pattern SPONSORED = Pattern.compile("(?i)\\bsponsor(?:ed|s)?(?:\\s+by)?[\\s:*_]*$");

    private static MentionBuilder mention(Window w, int line, Origin origin, boolean listHead, String itemText, boolean alone,
                                          String subject) {
        Link link = w.link();
        Address address = Address.read(link.target()).classified();
        if (address.usable() && SPONSORED.matcher(w.before()).find()) {
            address = Address.none(link.target(), Address.Problem.SPONSOR);
        } else if (address.usable() && link.image() && alone) {
            address = Address.none(link.target(), Address.Problem.BADGE);
        }
        MentionBuilder m = new MentionBuilder(new Origin(origin.file(), line, origin.under()))
                .address(address).label(link.label()).context(w.before() + " | " + w.after());
        title(m, w, listHead, address, subject);
        String around = listHead ? itemText : w.before() + link.label() + w.after();
        Matcher part = PART_OF.matcher(w.before());
        // Every part named ("Chapter 3 of", "the first 4 videos in") has a digit: most texts have none.
        boolean isPart = hasDigit(w.before()) && part.find();
        String before = isPart ? w.before().substring(0, part.start()) : w.before();
        if (isPart) {
            m.section(LEADING_THE.matcher(part.group(1)).replaceFirst(""));
        }
        m.labelCues(link.label()).cues(lastWords(before)).cues(firstWords(w.after())).lengthFrom(around);
        if (!isGeneric(link.label())) {
            m.sectionCues(origin.under());
        }
        if (listHead) {
            m.cues(itemText).moments(Moments.find(itemText)).note(NOTE_LEAD.matcher(w.after()).replaceFirst(""));
        } else {
            m.note(around);
        }
        address.start().ifPresent(t -> m.moments(List.of(new Moment(t, false, link.label()))));
        return m;
    }

    private static void title(MentionBuilder m, Window w, boolean listHead, Address address, String subject) {
        String label = w.link().label();
        if (isGeneric(label) && !subject.isEmpty()) {
            // "[word2vec](paper) - [implementation](code)": the implementation of what the item is about.
            m.title(new Title(subject + " " + label, Title.Strength.CONTEXT));
        }
        boolean labelIsAddress = label.equals(w.link().target()) || ADDRESS_LIKE.matcher(label).lookingAt()
                || address.url().isPresent() && looksLikeHost(label) && Address.read(label).url().equals(address.url());
        Quotes.first(label).ifPresent(t -> m.title(new Title(t, Title.Strength.QUOTED)));
        Quotes.trailing(w.before()).ifPresent(t -> m.title(new Title(t, Title.Strength.QUOTED)));
        if (isCreatorLabel(w) && !GivenNames.isPerson(label) && !w.before().stripTrailing().endsWith("by")) {
            // "... sentences from [Persian Wikipedia Corpus](...)": the text may name the source rather than its maker.
            m.title(new Title(label, Title.Strength.LABEL));
        }
        if (labelIsAddress || isGeneric(label) || isCreatorLabel(w)) {
            Matcher named = NAMED_BEFORE.matcher(w.before());
            if (named.find()) {
                m.title(new Title(named.group(1), Title.Strength.LABEL));
            }
            return;
        }
        m.title(new Title(label, listHead ? Title.Strength.LIST_HEAD : Title.Strength.LABEL));
    }

    private static List<CreatorName> creators(Window w, boolean listHead, List<CreatorName> previous, String nextLabel) {
        if (isCreatorLabel(w)) {
            CreatorName.Role role = w.before().stripTrailing().toLowerCase(Locale.ROOT).endsWith("by") ? CreatorName.Role.AUTHOR
                    : CreatorName.Role.TENTATIVE;
            return List.of(new CreatorName(Quotes.first(w.link().label()).orElse(w.link().label()), role));
        }
        if (w.after().strip().length() <= 4 && CreatorPhrases.endsWithByOrFrom(w.after()) && isNameLabel(nextLabel)) {
            // "[LLM Security](...) by [@llm_sec](...)": the next link's text names the maker.
            return List.of(new CreatorName(nextLabel, CreatorName.Role.AUTHOR));
        }
        List<CreatorName> out = new ArrayList<>();
        CreatorPhrases.organisationAndYear(w.after()).forEach(n -> out.add(new CreatorName(n, CreatorName.Role.AUTHOR)));
        if (out.isEmpty() && listHead) {
            CreatorPhrases.afterLink(w.after()).forEach(n -> out.add(new CreatorName(n, CreatorName.Role.TENTATIVE)));
        }
        if (out.isEmpty()) {
            CreatorPhrases.possessive(w.before()).ifPresent(n -> out.add(new CreatorName(n, CreatorName.Role.AUTHOR)));
        }
        if (out.isEmpty()) {
            CreatorName.Role role = CreatorPhrases.madeBy(w.after()) ? CreatorName.Role.AUTHOR : CreatorName.Role.TENTATIVE;
            CreatorPhrases.fromOrBy(w.after()).ifPresent(n -> out.add(new CreatorName(n, role)));
        }
        if (out.isEmpty() && mayHavePronoun(w.before()) && PRONOUN.matcher(w.before()).matches()) {
            return previous;
        }
        return out;
    }

    /** The block's text without its links' texts: blank for a line of badges or pictures. */
    private static String outsideLinks(String text, List<Link> links) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Link l : links) {
            b.append(text, Math.min(at, l.start()), l.start());
            at = Math.max(at, l.end());
        }
        return b.append(text.substring(Math.min(at, text.length()))).toString().replaceAll("[\\p{Punct}\\p{So}\\s•·|]", "");
    }

    private static boolean isNameLabel(String label) {
        return !label.isBlank() && !isGeneric(label) && (label.startsWith("@") || Character.isUpperCase(label.codePointAt(0)));
    }

    /** "This blog post from [Andrej Karpathy](...)": the link text names who made what it links to. */
    private static boolean isCreatorLabel(Window w) {
        String label = w.link().label();
        return CreatorPhrases.endsWithByOrFrom(w.before()) && !label.isEmpty() && !isGeneric(label)
                && (Character.isUpperCase(label.codePointAt(0)) || label.startsWith("\"") || label.startsWith("“") || label.startsWith("@"));
    }

    private static void shareAcrossJoiners(String text, List<Link> links, List<List<CreatorName>> makers) {
        for (int i = 0; i < links.size(); i++) {
            if (!makers.get(i).isEmpty()) {
                continue;
            }
            if (i > 0 && joined(text, links.get(i - 1), links.get(i)) && !makers.get(i - 1).isEmpty()) {
                makers.set(i, makers.get(i - 1));
            } else if (i + 1 < links.size() && joined(text, links.get(i), links.get(i + 1))) {
                makers.set(i, makers.get(i + 1));
            }
        }
    }

    private static boolean joined(String text, Link first, Link second) {
        return first.end() <= second.start() && JOINER.matcher(text.substring(first.end(), second.start())).matches();
    }

    private static String lastWords(String text) {
        String[] words = SPACES.split(text.strip());
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - CUE_WORDS), words.length));
    }

    private static String firstWords(String text) {
        String[] words = SPACES.split(text.strip());
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, CUE_WORDS)));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "his", "her", "their" and "its" all contain one of these: without them the pronoun pattern cannot match. */
    private static boolean mayHavePronoun(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        return lower.contains("his") || lower.contains("her") || lower.contains("its");
    }

    /** "d2l.ai": no spaces and a dot, so worth reading as an address. */
    private static boolean looksLikeHost(String label) {
        return label.indexOf('.') > 0 && label.indexOf(' ') < 0;
    }

    /** Words that say what kind of thing a link is, never which: "[YouTube video lecture]", "[Open In Colab]", "[pdf]". */
    private static final Set<String> KIND_WORDS = Set.of("here", "this", "link", "video", "videos", "lecture", "lectures", "youtube",
            "slides", "slide", "pdf", "code", "article", "notes", "paper", "blog", "post", "implementation", "explainer", "notebook",
            "notebooks", "colab", "open", "in", "on", "the", "a", "watch", "read", "more", "source", "repo", "github", "website", "site",
            "page", "tutorial", "demo", "html", "version", "full", "part", "material", "materials", "recording", "transcript", "audio",
            "podcast", "data", "dataset", "download", "official", "view", "online", "web", "chapter", "book", "talk", "course",
            "homepage", "project", "docs", "documentation", "and", "with", "of", "for", "kaggle", "binder", "launch", "run", "try", "it");

    static boolean isGeneric(String label) {
        String l = label.toLowerCase(Locale.ROOT).strip();
        if (l.isEmpty() || GENERIC.contains(l)) {
            return true;
        }
        List<String> words = MentionBuilder.words(l);
        return !words.isEmpty() && KIND_WORDS.containsAll(words) && words.stream().anyMatch(w -> !w.equals("the") && !w.equals("a"));
    }

    private static int lineWithin(String text, int offset) {
        int lines = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The title of a mention whose only name is its address: the last path segment, made readable. */
    static Optional<String> titleFromAddress(String url) {
        String path = TRAILING_SLASHES.matcher(QUERY.matcher(SCHEME_AND_HOST.matcher(url).replaceFirst("")).replaceFirst(""))
                .replaceAll("");
        String last = PAGE_SUFFIX.matcher(path.substring(path.lastIndexOf('/') + 1)).replaceFirst("");
        String words = SEPARATORS.matcher(last).replaceAll(" ").strip();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }
}
