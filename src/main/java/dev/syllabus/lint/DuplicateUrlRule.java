package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Entity;
import dev.syllabus.kb.Paper;
import dev.syllabus.kb.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two resources (or a resource and a paper) share an address after canonicalisation: one thing, one entity. */
final class DuplicateUrlRule implements Rule {
    @Override
    public List<Finding> check(LoadedContent content) {
        Map<CanonicalUrl, Entity> owner = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Entity e : content.kb().entities()) {
            List<CanonicalUrl> urls = e instanceof Resource r ? r.allUrls()
                    : e instanceof Paper p ? p.url().stream().toList() : List.of();
            for (CanonicalUrl url : urls.stream().distinct().toList()) {
                Entity first = owner.putIfAbsent(url, e);
                if (first != null && first != e) {
                    out.add(Finding.error("duplicate-url", content.fileOf(e), line(content, e, url),
                            url + " is also the address of " + content.fileOf(first)
                                    + ": merge the two into one entity, keeping the other spelling in alternate_urls"));
                }
            }
        }
        return out;
    }

    private static int line(LoadedContent content, Entity e, CanonicalUrl url) {
        if (e instanceof Resource r && r.alternateUrls().contains(url) && !r.url().map(url::equals).orElse(false)) {
            return content.sourceOf(e.slug()).map(s -> s.lineOf("/alternate_urls/" + r.alternateUrls().indexOf(url))).orElse(0);
        }
        String field = e instanceof Paper p && p.arxiv().isPresent() ? "/arxiv" : "/url";
        return content.sourceOf(e.slug()).map(s -> s.lineOf(field)).orElse(0);
    }
}
