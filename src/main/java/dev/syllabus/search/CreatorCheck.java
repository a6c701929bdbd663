package dev.syllabus.search;

import dev.syllabus.kb.EditDistance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The creator filter must name a creator of the knowledge base; when it does not, the message offers the creators
 * whose slug, name or alias has a word closest to what was written ("karpaty" suggests andrej-karpathy).
 */
final class CreatorCheck {
    private CreatorCheck() {
    }

    static void require(CreatorNames creators, SearchQuery query) {
        if (query.creator().isEmpty() || creators.get(query.creator().get().value()).isPresent()) {
            return;
        }
        String wanted = query.creator().get().value();
        List<String> close = closest(creators, wanted);
        throw new InvalidSearchException("creator", "creator '" + wanted + "' is not in the knowledge base"
                + (close.isEmpty() ? ": run 'syllabus list creators' to see the creators"
                : ". Did you mean " + close.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "?"));
    }

    private static List<String> closest(CreatorNames creators, String wanted) {
        int tolerance = Math.max(2, wanted.length() / 3);
        return creators.entries().stream()
                .map(c -> new Candidate(c.slug(), distance(c, wanted)))
                .filter(c -> c.distance() <= tolerance)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::slug))
                .limit(3).map(Candidate::slug).toList();
    }

    private record Candidate(String slug, int distance) {
    }

    private static int distance(CreatorNames.Entry c, String wanted) {
        Stream<String> names = Stream.concat(Stream.of(c.slug(), c.name()), c.aliases().stream());
        return names.flatMap(n -> Stream.concat(Stream.of(n), Stream.of(n.split("[\\s-]+"))))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .mapToInt(w -> EditDistance.between(wanted, w)).min().orElse(Integer.MAX_VALUE);
    }
}
