package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.ResourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of a resource from its address and the words around it, following "Article or blog post?" in
 * docs/content-format.md. The address decides when it is unambiguous (a video site, a paper archive, a code host, a
 * course site, a PDF, documentation, a blog); otherwise the words decide ("textbook", "chapter", "course notes",
 * "interactive"); then a person's own site is a blog; anything else is an article.
 */
final class KindRules {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\d ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOCS_PATH = Pattern.compile("(?i)/(docs|documentation)(/.*)?");
    private static final Pattern VIMEO_PATH = Pattern.compile("/\\d+.*");
    private static final Pattern CHANNEL_PATH = Pattern.compile("/(@|c/|channel/|user/).*");
    private static final Set<String> PAPER_HOSTS = Set.of("arxiv.org", "openreview.net", "aclanthology.org",
            "proceedings.neurips.cc", "papers.nips.cc", "proceedings.mlr.press", "jmlr.org", "dl.acm.org");
    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org",
            "colab.research.google.com", "gist.github.com");
    private static final Set<String> COURSE_HOSTS = Set.of("coursera.org", "edx.org", "udemy.com", "udacity.com",
            "course.fast.ai", "classcentral.com", "khanacademy.org");
    private static final Set<String> BLOG_HOSTS = Set.of("substack.com", "medium.com", "lesswrong.com", "towardsdatascience.com",
            "wordpress.com", "blogspot.com", "tumblr.com", "ghost.io", "hashnode.dev", "dev.to", "bearblog.dev", "github.io",
            "alignmentforum.org", "svbtle.com");
    private static final Set<String> SLIDE_HOSTS = Set.of("speakerdeck.com", "slideshare.net");
    private static final Pattern CHAPTER_PATH = Pattern.compile("(?i).*/(chapter|lesson|lecture|unit|module|week)[_-]?\\d*.*");
    private static final Pattern BLOG_PATH = Pattern.compile("(?i)/(blog|blogs|posts?|p)(/.*)?");
    private static final Pattern DATED = Pattern.compile("/(19|20)\\d{2}/\\d{1,2}/");
    private static final Pattern PAPER_PATH = Pattern.compile("(?i)(aclweb\\.org/anthology/.+|academic\\.oup\\.com/[^/]+/article/.+)");
    private static final Pattern COURSE_PATH = Pattern.compile("(?i)/(class|courses?)/|/(cs|cse|ee|ling|stat)[-_]?\\d{2,4}");
    private static final Pattern BOOK_PATH = Pattern.compile("(?i)[^/]+(/library/view/.+|/books?/[^/]+/?|/book/?)");
    private static final Pattern BOOK_PAGE = Pattern.compile("(?i)[^/]+/book/[^/]+\\.html?");
    private static final Pattern SPACE = Pattern.compile("/spaces/[^/]+/[^/]+.*");
    private static final Pattern SPACE_ARTICLE = Pattern.compile("(?i)blogpost|guidebook|guide|article");
    private static final Pattern NOTES_PATH = Pattern.compile("(?i)/(lectures?|slides|notes|courses?|class|teaching|readings|handouts?)/");
    private static final Pattern PAPER_FILE = Pattern.compile("(?i)/(pubs|papers?|publications|proceedings)/|(19|20)\\d{2}[^/]*\\.pdf$"
            + "|(acl|emnlp|naacl|eacl|coling|neurips|nips|icml|iclr|aaai|ijcai|cvpr|interspeech)[-_]?\\d{2,4}");
    private static final List<String> VISUAL = List.of("visualization", "visualisation", "playground", "simulator");
    private static final List<String> SUMMARY_WORDS = List.of("summaries", "summary", "reviews", "digest");
    private static final List<Rule> WORDS = List.of(
            new Rule(ResourceKind.BOOK_CHAPTER, "chapter", "chapters"),
            new Rule(ResourceKind.BOOK, "textbook", "book", "ebook", "books", "handbook"),
            new Rule(ResourceKind.COURSE, "course", "mooc", "courses", "specialization"),
            new Rule(ResourceKind.LECTURE_NOTES, "notes", "slides", "lecture", "handout"),
            new Rule(ResourceKind.PAPER, "paper", "preprint"),
            new Rule(ResourceKind.INTERACTIVE, "interactive", "visualization", "visualisation", "playground", "demo", "simulator",
                    "leaderboard", "arena"),
            new Rule(ResourceKind.BLOG_POST, "blog", "substack", "newsletter"),
            new Rule(ResourceKind.ARTICLE, "documentation", "docs", "quickstart", "sdk", "guide"));

    private record Rule(ResourceKind kind, String... words) {
        boolean matches(List<String> cues) {
            for (String w : words) {
                if (cues.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private KindRules() {
    }

    /**
     * @param cues lowercase words around the mentions, nearest first; a resource heading's word comes as
     *             {@code heading:video}
     * @param makers the names of the people said to have made it, for recognising a personal site
     */
    static ResourceKind decide(Optional<CanonicalUrl> url, List<String> cues, List<String> makers) {
        if (url.isEmpty()) {
            return fromHeading(cues).or(() -> fromWords(cues))
                    .orElse(cues.contains("youtube") ? video(cues) : ResourceKind.ARTICLE);
        }
        CanonicalUrl u = url.get();
        return byAddress(u, cues)
                .or(() -> fromHeading(cues))
                .or(() -> learningSite(u.host(), pathOf(u)))
                .or(() -> fromWords(marked(cues, LABEL)))
                .or(() -> siteKind(u.host(), pathOf(u)))
                .or(() -> fromWords(marked(cues, SECTION)))
                .or(() -> fromWords(cues).filter(k -> k != ResourceKind.INTERACTIVE || VISUAL.stream().anyMatch(cues::contains)))
                .or(() -> githubPages(u))
                .orElse(isPersonalSite(u, makers) ? ResourceKind.BLOG_POST : ResourceKind.ARTICLE);
    }

    /** The words of a link's own text come marked with this, those of the headings above it with {@link #SECTION}. */
    static final String LABEL = "=";
    static final String SECTION = "^";

    private static List<String> marked(List<String> cues, String mark) {
        return cues.stream().filter(c -> c.startsWith(mark)).map(c -> c.substring(mark.length())).toList();
    }

    static boolean isPaperHost(String host) {
        return PAPER_HOSTS.contains(host);
    }

    private static ResourceKind video(List<String> cues) {
        return cues.contains("series") || cues.contains("playlist") ? ResourceKind.VIDEO_SERIES : ResourceKind.VIDEO;
    }

    private static Optional<ResourceKind> byAddress(CanonicalUrl url, List<String> cues) {
        String host = url.host();
        String path = pathOf(url);
        if (url.youtubeVideoId().isPresent() || host.equals("vimeo.com") && VIMEO_PATH.matcher(path).matches()) {
            return Optional.of(ResourceKind.VIDEO);
        }
        if (url.isYoutubePlaylist() || host.equals("youtube.com") && CHANNEL_PATH.matcher(path).matches()) {
            return Optional.of(ResourceKind.VIDEO_SERIES);
        }
        if (PAPER_HOSTS.contains(host) && path.length() > 1 || PAPER_PATH.matcher(host + path).matches()) {
            return Optional.of(ResourceKind.PAPER);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".pdf") || SLIDE_HOSTS.contains(host) || host.equals("docs.google.com")
                && path.startsWith("/presentation")) {
            return Optional.of(document(cues, path));
        }
        if (CODE_HOSTS.contains(host)) {
            List<String> own = new java.util.ArrayList<>(marked(cues, LABEL));
            if (!own.isEmpty()) {
                own.addAll(marked(cues, SECTION));
            }
            if (path.toLowerCase(Locale.ROOT).contains("book")) {
                own.addAll(cues);
            }
            return Optional.of(fromWords(own).filter(k -> k == ResourceKind.BOOK || k == ResourceKind.COURSE).orElse(ResourceKind.CODE));
        }
        return Optional.empty();
    }

    /** Course platforms, course and book paths, Hugging Face Spaces: the address says it whatever the words around it. */
    private static Optional<ResourceKind> learningSite(String host, String path) {
        boolean chapterPath = CHAPTER_PATH.matcher(path).matches();
        if (COURSE_HOSTS.contains(host) || host.equals("huggingface.co") && path.startsWith("/learn")
                || host.equals("kaggle.com") && path.startsWith("/learn/")) {
            return Optional.of(chapterPath ? ResourceKind.COURSE_CHAPTER : ResourceKind.COURSE);
        }
        if (host.equals("huggingface.co") && SPACE.matcher(path).matches()) {
            return Optional.of(SPACE_ARTICLE.matcher(path).find() ? ResourceKind.ARTICLE : ResourceKind.INTERACTIVE);
        }
        if (COURSE_PATH.matcher(path).find()) {
            return Optional.of(ResourceKind.COURSE);
        }
        if (BOOK_PAGE.matcher(host + path).matches()) {
            return Optional.of(ResourceKind.BOOK_CHAPTER);
        }
        return BOOK_PATH.matcher(host + path).matches() ? Optional.of(ResourceKind.BOOK) : Optional.empty();
    }

    private static Optional<ResourceKind> siteKind(String host, String path) {
        boolean chapterPath = CHAPTER_PATH.matcher(path).matches();
        if (chapterPath || isBookSite(host) && !path.isEmpty()) {
            return Optional.of(ResourceKind.BOOK_CHAPTER);
        }
        if (isBookSite(host)) {
            return Optional.of(ResourceKind.BOOK);
        }
        if (host.startsWith("docs.") || DOCS_PATH.matcher(path).matches()) {
            return Optional.of(ResourceKind.ARTICLE);
        }
        if (BLOG_HOSTS.stream().filter(b -> !b.equals("github.io")).anyMatch(b -> host.equals(b) || host.endsWith("." + b))
                || host.startsWith("blog.") || BLOG_PATH.matcher(path).matches() || DATED.matcher(path).find() && !host.endsWith(".edu")) {
            return Optional.of(ResourceKind.BLOG_POST);
        }
        return Optional.empty();
    }

    /**
     * A page on github.io is a post when its address reads like one (a date, a posts folder, a slug of several words);
     * a site's root or a project's folder ("proycon.github.io/folia") is the project's own page.
     */
    private static Optional<ResourceKind> githubPages(CanonicalUrl url) {
        if (!url.host().endsWith(".github.io")) {
            return Optional.empty();
        }
        String path = pathOf(url).replaceFirst("^/", "");
        boolean post = path.contains("posts/") || path.contains("blog/") || path.contains("study/")
                || !path.contains("/") && path.replaceAll("\\.html?$", "").split("-").length >= 2;
        return Optional.of(post ? ResourceKind.BLOG_POST : ResourceKind.ARTICLE);
    }

    /**
     * A PDF is a book chapter, a paper or a book when the words say so; a paper when its address reads like a paper's
     * (a publications folder, a venue or a year in its name); otherwise lecture or course notes.
     */
    private static ResourceKind document(List<String> cues, String path) {
        Optional<ResourceKind> said = fromWords(cues).filter(k -> k == ResourceKind.BOOK_CHAPTER || k == ResourceKind.PAPER
                || k == ResourceKind.BOOK);
        if (said.isPresent()) {
            return said.get();
        }
        return !NOTES_PATH.matcher(path).find() && PAPER_FILE.matcher(path).find() ? ResourceKind.PAPER : ResourceKind.LECTURE_NOTES;
    }

    private static Optional<ResourceKind> fromHeading(List<String> cues) {
        for (String cue : cues) {
            if (cue.startsWith("heading:")) {
                Optional<ResourceKind> k = HeadingWords.kind(cue.substring("heading:".length()));
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ResourceKind> fromWords(List<String> cues) {
        if (cues.contains("paper") && SUMMARY_WORDS.stream().anyMatch(cues::contains)) {
            return Optional.of(ResourceKind.BLOG_POST);
        }
        return WORDS.stream().filter(r -> r.matches(cues)).map(Rule::kind).findFirst();
    }

    private static boolean isBookSite(String host) {
        String name = host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host;
        return name.endsWith("book") && !name.endsWith("facebook");
    }

    /**
     * A site whose host spells a maker's name ("michaelwornow.net", "huyenchip.com", "kipp.ly" for Kipply) is that
     * person's own. A one-word name must be the whole host, or an organisation's site would count as a blog.
     */
    private static boolean isPersonalSite(CanonicalUrl url, List<String> makers) {
        String letters = NOT_ALNUM.matcher(url.host()).replaceAll("");
        for (String maker : makers.stream().filter(m -> !Makers.isOrganisation(m)).toList()) {
            String[] words = SPACES.split(NOT_NAME.matcher(maker.toLowerCase(Locale.ROOT)).replaceAll("").strip());
            if (words.length < 2) {
                if (letters.equals(words[0])) {
                    return true;
                }
                continue;
            }
            for (String w : words) {
                if (w.length() >= 4 && letters.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String pathOf(CanonicalUrl url) {
        String v = url.value();
        int slash = v.indexOf('/', "https://".length());
        if (slash < 0) {
            return "";
        }
        int q = v.indexOf('?', slash);
        return q < 0 ? v.substring(slash) : v.substring(slash, q);
    }

    /** The resource heading words of the guides ("Video —", "Article —") and the kinds they name. */
    private static final class HeadingWords {
        static Optional<ResourceKind> kind(String word) {
            return switch (word) {
                case "video", "talk", "lecture" -> Optional.of(ResourceKind.VIDEO);
                case "playlist", "series" -> Optional.of(ResourceKind.VIDEO_SERIES);
                case "book" -> Optional.of(ResourceKind.BOOK);
                case "course" -> Optional.of(ResourceKind.COURSE);
                case "paper" -> Optional.of(ResourceKind.PAPER);
                case "blog", "blog post", "post" -> Optional.of(ResourceKind.BLOG_POST);
                case "notes", "slides" -> Optional.of(ResourceKind.LECTURE_NOTES);
                case "code", "repository", "notebook" -> Optional.of(ResourceKind.CODE);
                case "interactive" -> Optional.of(ResourceKind.INTERACTIVE);
                default -> Optional.empty();
            };
        }
    }
}
