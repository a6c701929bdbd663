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
            "course.fast.ai", "classcentral.com");
    private static final Set<String> BLOG_HOSTS = Set.of("substack.com", "medium.com", "lesswrong.com", "towardsdatascience.com",
            "wordpress.com", "blogspot.com", "tumblr.com", "ghost.io", "hashnode.dev", "dev.to", "bearblog.dev", "github.io",
            "alignmentforum.org", "svbtle.com");
    private static final Set<String> SLIDE_HOSTS = Set.of("speakerdeck.com", "slideshare.net");
    private static final Pattern CHAPTER_PATH = Pattern.compile("(?i).*/(chapter|lesson|lecture|unit|module|week)[_-]?\\d*.*");
    private static final Pattern BLOG_PATH = Pattern.compile("(?i)/(blog|posts?|p)(/.*)?");
    private static final List<Rule> WORDS = List.of(
            new Rule(ResourceKind.BOOK_CHAPTER, "chapter", "chapters"),
            new Rule(ResourceKind.BOOK, "textbook", "book", "ebook"),
            new Rule(ResourceKind.COURSE, "course", "mooc"),
            new Rule(ResourceKind.LECTURE_NOTES, "notes", "slides", "lecture", "handout"),
            new Rule(ResourceKind.PAPER, "paper", "preprint"),
            new Rule(ResourceKind.INTERACTIVE, "interactive", "visualization", "visualisation", "playground", "demo", "simulator"),
            new Rule(ResourceKind.BLOG_POST, "blog", "substack", "newsletter"));

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
        return byAddress(url.get(), cues)
                .or(() -> fromHeading(cues))
                .or(() -> fromWords(cues))
                .orElse(isPersonalSite(url.get(), makers) ? ResourceKind.BLOG_POST : ResourceKind.ARTICLE);
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
        if (PAPER_HOSTS.contains(host)) {
            return Optional.of(ResourceKind.PAPER);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".pdf") || SLIDE_HOSTS.contains(host)) {
            return Optional.of(document(cues));
        }
        if (CODE_HOSTS.contains(host)) {
            return Optional.of(fromWords(cues).filter(k -> k == ResourceKind.BOOK || k == ResourceKind.COURSE)
                    .orElse(ResourceKind.CODE));
        }
        return siteKind(host, path);
    }

    private static Optional<ResourceKind> siteKind(String host, String path) {
        boolean chapterPath = CHAPTER_PATH.matcher(path).matches();
        if (COURSE_HOSTS.contains(host) || host.equals("huggingface.co") && path.startsWith("/learn")) {
            return Optional.of(chapterPath ? ResourceKind.COURSE_CHAPTER : ResourceKind.COURSE);
        }
        if (chapterPath || isBookSite(host) && !path.isEmpty()) {
            return Optional.of(ResourceKind.BOOK_CHAPTER);
        }
        if (isBookSite(host)) {
            return Optional.of(ResourceKind.BOOK);
        }
        if (host.startsWith("docs.") || DOCS_PATH.matcher(path).matches()) {
            return Optional.of(ResourceKind.ARTICLE);
        }
        if (BLOG_HOSTS.stream().anyMatch(b -> host.equals(b) || host.endsWith("." + b)) || BLOG_PATH.matcher(path).matches()) {
            return Optional.of(ResourceKind.BLOG_POST);
        }
        return Optional.empty();
    }

    /** A PDF is a book chapter, a paper or a book when the words say so, and otherwise lecture or course notes. */
    private static ResourceKind document(List<String> cues) {
        return fromWords(cues).filter(k -> k == ResourceKind.BOOK_CHAPTER || k == ResourceKind.PAPER || k == ResourceKind.BOOK)
                .orElse(ResourceKind.LECTURE_NOTES);
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
        for (String maker : makers) {
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
