package dev.syllabus.web;

import dev.syllabus.kb.EntityType;
import dev.syllabus.kb.KnowledgeBase;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads API query parameters strictly: unknown, repeated or malformed values are a 400 naming the parameter. */
final class QueryCheck {
    private QueryCheck() {
    }

    /** Rejects parameters the catalogue does not list for {@code routePath}. */
    static void allowOnly(Context ctx, String routePath) {
        ApiCatalog.Route route = ApiCatalog.route(routePath).orElseThrow();
        for (var entry : ctx.queryParamMap().entrySet()) {
            String name = entry.getKey();
            var param = route.params().stream().filter(p -> p.name().equals(name)).findFirst();
            if (param.isEmpty()) {
                String accepted = route.params().isEmpty() ? "this route takes no parameters"
                        : "this route accepts " + route.params().stream().map(ApiCatalog.Param::name).collect(Collectors.joining(", "));
                throw new BadParameter(name, "unknown parameter '" + name + "': " + accepted);
            }
            if (!param.get().repeatable() && entry.getValue().size() > 1) {
                throw new BadParameter(name, "parameter '" + name + "' is given " + entry.getValue().size() + " times: give it once");
            }
        }
    }

    static <E extends Enum<E> & Token> Optional<E> token(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Token.parse(type, value).orElseThrow(() -> new BadParameter(name,
                "parameter '" + name + "' has the value '" + value + "': write one of " + Token.choices(type))));
    }

    /** A slug parameter that must name an entity of {@code type}; an unknown one is a 400 with suggestions. */
    static Optional<Slug> slug(Context ctx, String name, KnowledgeBase kb, EntityType type) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        if (kb.get(value).filter(e -> e.type() == type).isEmpty()) {
            List<Slug> close = kb.suggest(value, 3);
            String hint = close.isEmpty() ? "" : "; did you mean " + close.stream().map(s -> "'" + s + "'")
                    .collect(Collectors.joining(", ")) + "?";
            throw new BadParameter(name, "parameter '" + name + "' names no " + Labels.singular(type) + " '" + value + "'" + hint);
        }
        return Optional.of(Slug.of(value));
    }

    /** A whole-number parameter within bounds, or {@code fallback} when absent. */
    static int number(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below, which says what to write
        }
        throw new BadParameter(name, "parameter '" + name + "' has the value '" + value + "': write a whole number from "
                + min + " to " + max);
    }
}
