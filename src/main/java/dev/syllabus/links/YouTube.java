package dev.syllabus.links;

import dev.syllabus.kb.CanonicalUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * YouTube answers a watch page with 200 whether or not the video exists (and in some countries with a consent page), so
 * videos and playlists are checked by id through its oEmbed endpoint: 200 for a playable one, 404 or 400 for a removed or
 * unknown one, 401 for a private or unavailable one.
 */
final class YouTube {
    static final String OEMBED = "https://www.youtube.com/oembed?format=json&url=";
    private static final Set<String> HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
            "youtu.be", "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> CONSENT_HOSTS = Set.of("consent.youtube.com", "consent.google.com");

    private YouTube() {
    }

    /** What to ask about a YouTube video or playlist address; empty for any other address (channels, search pages). */
    static Optional<Subject> subject(AddressForm.Web web) {
        String host = web.uri().getHost().toLowerCase(java.util.Locale.ROOT);
        if (!HOSTS.contains(host)) {
            return Optional.empty();
        }
        String path = web.uri().getRawPath() == null ? "" : web.uri().getRawPath();
        Optional<String> video = host.equals("youtu.be") ? segmentAfter(path, "/") : param(web.uri().getRawQuery(), "v");
        for (String prefix : new String[] {"/embed/", "/shorts/", "/live/", "/v/"}) {
            video = video.or(() -> segmentAfter(path, prefix));
        }
        if (video.isPresent()) {
            String id = video.get();
            return Optional.of(new Subject(id, CanonicalUrl.isValidYoutubeVideoId(id),
                    OEMBED + URLEncoder.encode("https://www.youtube.com/watch?v=" + id, StandardCharsets.UTF_8)));
        }
        return param(web.uri().getRawQuery(), "list").filter(l -> path.equals("/playlist")).map(list -> new Subject(list, true,
                OEMBED + URLEncoder.encode("https://www.youtube.com/playlist?list=" + list, StandardCharsets.UTF_8)));
    }

    private static Optional<String> segmentAfter(String path, String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return Optional.empty();
        }
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash)).filter(s -> !s.isEmpty());
    }

    private static Optional<String> param(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=") && pair.length() > name.length() + 1) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** A video or playlist id, whether it can be valid, and the oEmbed address that says whether it exists. */
    record Subject(String id, boolean validId, String oembed) {
    }

    /** A redirect to a cookie-consent page stands in front of the page; it says nothing about the page itself. */
    static boolean isConsentPage(String address) {
        try {
            String host = java.net.URI.create(address).getHost();
            return host != null && CONSENT_HOSTS.contains(host.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
