package dev.syllabus.content;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.Minutes;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Slug;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The front matter of a paper file, as written. */
record PaperFile(String title, List<String> authors, Integer year, String venue, String arxiv, String url,
                 List<String> introduces, List<String> buildsOn, String readingTime, String readingAdvice, String level) {
    private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7}");

    Optional<Paper> toEntity(Slug slug, String body, FieldReader r) {
        Optional<String> t = r.required("/title", title);
        Optional<String> v = r.required("/venue", venue);
        Optional<Minutes> time = r.required("/reading_time", readingTime).flatMap(x -> r.minutes("/reading_time", x));
        if (authors == null || authors.isEmpty()) {
            r.error("missing-field", "/authors", "required field 'authors' is missing: list the authors in order");
        }
        if (year == null) {
            r.error("missing-field", "/year", "required field 'year' is missing: add the year of publication");
        } else if (year < 1900 || year > 2100) {
            r.error("bad-value", "/year", "year " + year + " is not a plausible publication year: write four digits, e.g. 2017");
        }
        Optional<String> id = Optional.ofNullable(arxiv).map(String::strip);
        if (id.isPresent() && !ARXIV_ID.matcher(id.get()).matches()) {
            r.error("bad-value", "/arxiv", "'" + arxiv + "' is not an arXiv id: write it as \"1706.03762\" (in quotes), without a version");
            id = Optional.empty();
        }
        Optional<CanonicalUrl> link = r.url("/url", url).map(CanonicalUrl.Parsed::url);
        if (arxiv == null && url == null) {
            r.error("missing-field", "/title", "a paper needs 'arxiv' (its arXiv id) or, when it has none, 'url'");
        }
        List<Slug> intro = r.slugs("/introduces", introduces);
        List<Slug> builds = r.slugs("/builds_on", buildsOn);
        Level lvl = r.token("/level", level, Level.class, Level.INTERMEDIATE);
        if (t.isEmpty() || v.isEmpty() || time.isEmpty() || authors == null || authors.isEmpty() || year == null) {
            return Optional.empty();
        }
        return Optional.of(new Paper(slug, t.get(), authors, year, v.get(), id, link, intro, builds, time.get(),
                readingAdvice, lvl, body));
    }
}
