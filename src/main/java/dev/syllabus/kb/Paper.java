package dev.syllabus.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A research paper with its bibliographic facts, the concepts it introduced and the papers it builds on. */
public record Paper(Slug slug, String title, List<String> authors, int year, String venue, Optional<String> arxiv,
                    Optional<CanonicalUrl> link, List<Slug> introduces, List<Slug> buildsOn, Minutes readingTime,
                    String readingAdvice, Level level, String body) implements Entity {
    public Paper {
        authors = List.copyOf(authors);
        introduces = List.copyOf(introduces);
        buildsOn = List.copyOf(buildsOn);
        readingAdvice = readingAdvice == null ? "" : readingAdvice.strip();
        body = body == null ? "" : body;
    }

    /** The canonical address: the arXiv abstract page where one exists, else the stated link. */
    public Optional<CanonicalUrl> url() {
        return arxiv.map(id -> CanonicalUrl.of("https://arxiv.org/abs/" + id)).or(() -> link);
    }

    @Override
    public EntityType type() {
        return EntityType.PAPER;
    }

    @Override
    public <R> R match(java.util.function.Function<Concept, R> concept, java.util.function.Function<Paper, R> paper,
                       java.util.function.Function<Resource, R> resource, java.util.function.Function<Creator, R> creator,
                       java.util.function.Function<LearningPath, R> path, java.util.function.Function<Guide, R> guide) {
        return paper.apply(this);
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < introduces.size(); i++) {
            refs.add(Reference.field(introduces.get(i), "/introduces/" + i, EntityType.CONCEPT));
        }
        for (int i = 0; i < buildsOn.size(); i++) {
            refs.add(Reference.field(buildsOn.get(i), "/builds_on/" + i, EntityType.PAPER));
        }
        refs.addAll(WikiLink.referencesIn(body));
        return refs;
    }

    /** "Vaswani et al." style short author line. */
    public String shortAuthors() {
        if (authors.isEmpty()) {
            return "";
        }
        String first = authors.get(0);
        String surname = first.substring(first.lastIndexOf(' ') + 1);
        return authors.size() == 1 ? first : authors.size() == 2 ? surname + " and " + lastName(authors.get(1)) : surname + " et al.";
    }

    private static String lastName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
