package dev.syllabus.web;

import dev.syllabus.kb.Paper;

import java.util.List;

/** The paper page: bibliography, arXiv and reading advice, the concepts it introduced, its lineage both ways. */
public record PaperPage(Paper paper, String url, String arxivUrl, String bodyHtml, boolean math, List<Link> introduces,
                        List<Link> buildsOn, List<Link> builtUpon, List<Link> backlinks) {
    static PaperPage of(Paper p, Wiki wiki) {
        List<Link> builtUpon = wiki.kb().builtUpon(p.slug()).stream().map(q -> wiki.link(q.slug(), String.valueOf(q.year()))).toList();
        List<Link> buildsOn = p.buildsOn().stream().map(s -> wiki.link(s)).toList();
        String body = wiki.html(p.body());
        return new PaperPage(p, p.url().map(Object::toString).orElse(null),
                p.arxiv().map(id -> "https://arxiv.org/abs/" + id).orElse(null), body, MathSpans.present(body),
                wiki.links(p.introduces()), buildsOn, builtUpon, wiki.backlinks(p.slug()));
    }

    public String level() {
        return Labels.words(paper.level());
    }

    public String authors() {
        return String.join(", ", paper.authors());
    }
}
