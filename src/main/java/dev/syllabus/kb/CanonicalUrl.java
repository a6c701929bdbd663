package dev.syllabus.kb;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A web address in the one spelling the knowledge base compares by. Every other spelling of the same
 * address canonicalises to it: short and long video links, tracking parameters, host case, default
 * ports, trailing slashes, Markdown escapes and angle brackets. A video start time is not part of the
 * address; {@link #parse} returns it beside the address so callers can keep it as a segment.
 */
public record CanonicalUrl(String value) implements Comparable<CanonicalUrl> {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "si", "feature", "ref_src", "ref_url", "_hsenc", "_hsmi", "pp", "ab_channel", "_ga", "_gl", "mkt_tok",
            "yclid", "twclid", "gclsrc", "wickedid", "oly_enc_id", "oly_anon_id", "vero_id", "rb_clickid");
    private static final Set<String> YOUTUBE_HOSTS = Set.of("youtube.com", "m.youtube.com", "music.youtube.com",
            "youtube-nocookie.com", "youtu.be");
    private static final Pattern BARE_HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}([/:?#].*)?",
            Pattern.CASE_INSENSITIVE);
    /** A percent-escaped backslash before a Markdown punctuation character: an escape that was URL-encoded on the way. */
    private static final Pattern ENCODED_ESCAPE = Pattern.compile("%5[cC](?=[_*\\[\\]()#~`])");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");
    private static final Pattern FORM = Pattern.compile("https?://[^/?#:]+");
    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:");
    private static final Pattern TRACKER = Pattern.compile("\\.[A-Za-z0-9_-]{6,}|xtor=.*|utm_.*");
    private static final Set<String> SCROLL = Set.of("top", "content", "main", "readme", "start", "");
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern ARXIV_PATH = Pattern.compile("/(?:abs|pdf)/([a-z-]+(?:\\.[A-Z]{2})?/\\d{7}|\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?/?");

    /** The outcome of reading a written address: the canonical address, its start time, and whether a scheme was missing. */
    public record Parsed(CanonicalUrl url, Optional<Timestamp> start, boolean schemeMissing) {}

    public CanonicalUrl {
        if (value == null || !FORM.matcher(value).lookingAt()) {
            throw new IllegalArgumentException("'" + value + "' is not a canonical web address; build it with CanonicalUrl.parse");
        }
    }

    /** Canonicalises {@code raw}; for use where the text is known to be a good address. */
    public static CanonicalUrl of(String raw) {
        return parse(raw).url();
    }

    /**
     * Reads an address as a person or a Markdown document wrote it.
     *
     * @throws IllegalArgumentException naming the text and saying what a web address must look like
     */
    public static Parsed parse(String raw) {
        String text = unwrap(raw);
        boolean schemeMissing = false;
        if (text.startsWith("//")) {
            // A protocol-relative address takes its scheme from the page it sits on: a file has none, so it is refused.
            throw new IllegalArgumentException("'" + abbreviate(raw) + "' has no scheme (an address starting with // "
                    + "borrows it from the page it is on): write it as https:" + abbreviate(text));
        }
        if (!SCHEME.matcher(text).lookingAt()) {
            if (!BARE_HOST.matcher(text).matches()) {
                throw notAUrl(raw, "it has no scheme and does not start with a host name");
            }
            text = "https://" + text;
            schemeMissing = true;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw notAUrl(raw, e.getReason());
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + abbreviate(raw) + "' is a " + scheme + ": link; only http and https web addresses are allowed");
        }
        if (uri.getHost() == null || !hostOf(uri).contains(".")) {
            throw notAUrl(raw, "it has no host name");
        }
        return canonicalise(uri, schemeMissing);
    }

    private static IllegalArgumentException notAUrl(String raw, String why) {
        return new IllegalArgumentException("'" + abbreviate(raw) + "' is not a web address (" + why
                + "): write an absolute address such as https://example.org/page");
    }

    private static String abbreviate(String raw) {
        String s = raw == null ? "" : raw;
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static String unwrap(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        // Markdown escapes (transformer\_architecture): a backslash never belongs in an address.
        t = ENCODED_ESCAPE.matcher(t.replace("\\", "")).replaceAll("");
        if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
            throw notAUrl(raw, t.isEmpty() ? "it is empty" : "it contains spaces");
        }
        return t;
    }

    private static Parsed canonicalise(URI uri, boolean schemeMissing) {
        String host = hostOf(uri);
        String path = upperCaseEscapes(uri.getRawPath() == null ? "" : uri.getRawPath());
        TreeMap<String, String> query = queryOf(upperCaseEscapes(uri.getRawQuery()));
        Optional<Timestamp> start = startTime(query.remove("t"), query.remove("start"), uri.getRawFragment());
        query.keySet().removeIf(k -> k.startsWith("utm_") || TRACKING.contains(k));

        if (YOUTUBE_HOSTS.contains(host)) {
            return new Parsed(youtube(host, path, query), start, schemeMissing);
        }
        if (host.equals("arxiv.org") || host.equals("export.arxiv.org")) {
            var m = ARXIV_PATH.matcher(path);
            if (m.matches()) {
                return new Parsed(new CanonicalUrl("https://arxiv.org/abs/" + m.group(1)), start, schemeMissing);
            }
        }
        int port = uri.getPort();
        String authority = host + (port == -1 || port == 80 || port == 443 ? "" : ":" + port);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String fragment = part(host, path, uri.getRawFragment());
        return new Parsed(new CanonicalUrl("https://" + authority + path + render(query) + fragment), start, schemeMissing);
    }

    /**
     * The fragment when it names a part of the page ({@code docs#named-entities}: one of several sections a list may
     * recommend apart) or a route of a single-page site ({@code #/path}); nothing when it only scrolls or tracks: empty,
     * a start time, a text highlight ({@code #:~:text=}), a share tracker ({@code #.XNFqrIkzYdU}), {@code #top}, or an
     * anchor in a repository's README ({@code github.com/owner/repo#install}), where the repository is the resource.
     */
    private static String part(String host, String path, String fragment) {
        if (fragment == null || fragment.isEmpty() || fragment.startsWith("t=") || fragment.startsWith(":~:")
                || TRACKER.matcher(fragment).matches() || SCROLL.contains(fragment.toLowerCase(Locale.ROOT))) {
            return "";
        }
        boolean repositoryRoot = (host.equals("github.com") || host.equals("gitlab.com")) && path.split("/").length <= 3;
        return repositoryRoot ? "" : "#" + fragment;
    }

    private static CanonicalUrl youtube(String host, String path, TreeMap<String, String> query) {
        String video = query.get("v");
        if (host.equals("youtu.be")) {
            video = path.startsWith("/") ? path.substring(1) : path;
        } else {
            for (String prefix : List.of("/embed/", "/shorts/", "/live/", "/v/")) {
                if (path.startsWith(prefix)) {
                    video = path.substring(prefix.length());
                }
            }
        }
        if (query.containsKey("list")) {
            return new CanonicalUrl("https://youtube.com/playlist?list=" + query.get("list"));
        }
        if (video != null && !video.isEmpty()) {
            return new CanonicalUrl("https://youtube.com/watch?v=" + video.replaceAll("/+$", ""));
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new CanonicalUrl("https://youtube.com" + path + render(query));
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        // A fully qualified name ends with a dot that browsers drop: example.org. is example.org.
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host;
    }

    /** {@code %2f} and {@code %2F} are the same character; RFC 3986 prefers upper case. */
    private static String upperCaseEscapes(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return raw;
        }
        return PERCENT_ESCAPE.matcher(raw).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }

    private static TreeMap<String, String> queryOf(String rawQuery) {
        TreeMap<String, String> params = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return params;
    }

    private static String render(TreeMap<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> pairs.add(v.isEmpty() ? k : k + "=" + v));
        return "?" + String.join("&", pairs);
    }

    private static Optional<Timestamp> startTime(String t, String start, String fragment) {
        String given = t != null ? t : start;
        if (given == null && fragment != null && fragment.startsWith("t=")) {
            given = fragment.substring(2);
        }
        if (given == null || given.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timestamp.parse(given));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host, lowercase and without {@code www.} or port, read from the canonical form without parsing it again. */
    public String host() {
        int start = value.indexOf("://") + 3;
        int end = start;
        while (end < value.length() && "/?#:".indexOf(value.charAt(end)) < 0) {
            end++;
        }
        return value.substring(start, end);
    }

    /** The video id of a single video's address, whether or not it is a valid one. */
    public Optional<String> youtubeVideoId() {
        String prefix = "https://youtube.com/watch?v=";
        return value.startsWith(prefix) ? Optional.of(value.substring(prefix.length())) : Optional.empty();
    }

    public boolean isYoutubePlaylist() {
        return value.startsWith("https://youtube.com/playlist?list=");
    }

    /** YouTube video ids are eleven characters from a fixed alphabet; anything else cannot play. */
    public static boolean isValidYoutubeVideoId(String id) {
        return VIDEO_ID.matcher(id).matches();
    }

    /** The address that opens this resource at {@code start}: a video's player seeks there. */
    public String at(Timestamp start) {
        if (youtubeVideoId().isPresent()) {
            return value + "&t=" + start.seconds() + "s";
        }
        return value + (value.contains("?") ? "&" : "?") + "t=" + start.seconds();
    }

    @Override
    public int compareTo(CanonicalUrl other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
