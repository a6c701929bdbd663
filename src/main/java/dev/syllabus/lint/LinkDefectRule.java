package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Creator;
import dev.syllabus.kb.DefectKind;
import dev.syllabus.kb.Hosts;
import dev.syllabus.kb.KnownDefect;
import dev.syllabus.kb.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links that cannot work: video ids that cannot be valid, addresses written without a scheme, hosts that look like a
 * misspelling of a host the knowledge base knows. Each is an error, or a warning when the resource documents it as a
 * known defect of its source; documented missing or non-address links are reported as warnings too, a missing one only
 * while the resource still has no address.
 */
final class LinkDefectRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        Set<String> hosts = knownHosts(content);
        List<Finding> out = new ArrayList<>();
        for (Resource r : content.kb().resources()) {
            String file = content.fileOf(r);
            int line = content.sourceOf(r.slug()).map(s -> s.lineOf("/url")).orElse(0);
            for (CanonicalUrl url : r.allUrls()) {
                int at = lineOf(content, r, url, line);
                url.youtubeVideoId().filter(id -> !CanonicalUrl.isValidYoutubeVideoId(id)).ifPresent(id ->
                        out.add(report(r, DefectKind.INVALID_VIDEO_ID, "invalid-video-id", file, at, "video id '" + id + "' has "
                                + id.length() + " characters; YouTube ids have exactly 11 letters, digits, '-' or '_': "
                                + "copy the id from the video's address")));
                Hosts.lookalike(url.host(), hosts).ifPresent(known -> out.add(report(r, DefectKind.MISSPELT_HOST, "misspelt-host",
                        file, at, "host '" + url.host() + "' looks like a misspelling of '" + known + "': correct the address")));
            }
            r.written().filter(w -> schemeMissing(w)).ifPresent(w -> out.add(report(r, DefectKind.BARE_HOST, "bare-host", file,
                    line, "address '" + w + "' has no scheme: write it as https://" + w)));
            out.addAll(documentedUnusableLinks(content, r, line));
        }
        return out;
    }

    /**
     * Missing, non-address and wrong-target links cannot be checked, only reported: as warnings, since the resource
     * documents them.
     */
    private static List<Finding> documentedUnusableLinks(LoadedContent content, Resource r, int urlLine) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < r.defects().size(); i++) {
            KnownDefect d = r.defects().get(i);
            String pointer = "/defects/" + i + "/kind";
            // A missing address has no url line to point at: point at the defect that documents it.
            int line = d.kind() == DefectKind.MISSING_URL ? content.sourceOf(r.slug()).map(s -> s.lineOf(pointer)).orElse(0) : urlLine;
            // A missing address later found stays documented as the source's omission, but no longer needs attention.
            boolean stillMissing = d.kind() == DefectKind.MISSING_URL && r.url().isEmpty();
            if (stillMissing || d.kind() == DefectKind.NOT_A_URL || d.kind() == DefectKind.WRONG_TARGET) {
                out.add(Finding.warning("documented-defect", content.fileOf(r), line, d.kind().id() + ": " + d.note()));
            }
        }
        return out;
    }

    /** The line of {@code url} in the file: its alternate_urls entry when it is only an alternate, else the url line. */
    private static int lineOf(LoadedContent content, Resource r, CanonicalUrl url, int urlLine) {
        int alternate = r.alternateUrls().indexOf(url);
        if (alternate < 0 || r.url().map(url::equals).orElse(false)) {
            return urlLine;
        }
        return content.sourceOf(r.slug()).map(s -> s.lineOf("/alternate_urls/" + alternate)).orElse(urlLine);
    }

    private static Finding report(Resource r, DefectKind kind, String rule, String file, int line, String message) {
        Optional<KnownDefect> documented = r.defects().stream().filter(d -> d.kind() == kind).findFirst();
        return documented.map(d -> Finding.warning("documented-defect", file, line, kind.id() + ": " + message
                        + (d.note().isEmpty() ? "" : " (" + d.note() + ")")))
                .orElseGet(() -> Finding.error(rule, file, line, message + "; if a source gives the link so, keep it and add a "
                        + "defect of kind " + kind.id() + " saying so"));
    }

    private static boolean schemeMissing(String written) {
        try {
            return CanonicalUrl.parse(written).schemeMissing();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> knownHosts(LoadedContent content) {
        Set<String> hosts = new TreeSet<>();
        content.kb().creators().stream().map(Creator::homepage).flatMap(Optional::stream).forEach(u -> hosts.add(u.host()));
        content.kb().resources().forEach(r -> r.allUrls().forEach(u -> hosts.add(u.host())));
        return hosts;
    }
}
