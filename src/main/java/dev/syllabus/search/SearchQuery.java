package dev.syllabus.search;

import dev.syllabus.kb.Access;
import dev.syllabus.kb.Area;
import dev.syllabus.kb.Level;
import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;

import java.util.Optional;

/**
 * What a learner asked for: free text (any text at all; it is never parsed as query syntax) and optional filters,
 * with a page of {@code limit} hits from {@code offset}. Filters and paging are checked when the query is built;
 * {@link #builder} reads them from the strings a web form or command line gives.
 */
public record SearchQuery(String text, Optional<HitType> type, Optional<ResourceKind> kind, Optional<Slug> creator,
                          Optional<Area> area, Optional<Level> level, Optional<Access> access, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** Deep paging is no use to a learner and costs a collector this large. */
    public static final int MAX_OFFSET = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit", "limit " + limit + " is out of range: ask for 1 to " + MAX_LIMIT + " hits");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidSearchException("offset", "offset " + offset + " is out of range: start at 0 to " + MAX_OFFSET);
        }
    }

    /** The first {@value #DEFAULT_LIMIT} hits for {@code text}, unfiltered. */
    public static SearchQuery of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** True when any filter is set. */
    public boolean filtered() {
        return type.isPresent() || kind.isPresent() || creator.isPresent() || area.isPresent() || level.isPresent()
                || access.isPresent();
    }

    /** Reads filters from text; a null or blank value leaves the filter unset. */
    public static final class Builder {
        private final String text;
        private Optional<HitType> type = Optional.empty();
        private Optional<ResourceKind> kind = Optional.empty();
        private Optional<Slug> creator = Optional.empty();
        private Optional<Area> area = Optional.empty();
        private Optional<Level> level = Optional.empty();
        private Optional<Access> access = Optional.empty();
        private int limit = DEFAULT_LIMIT;
        private int offset;

        private Builder(String text) {
            this.text = text;
        }

        public Builder type(String value) {
            type = token("type", value, HitType.class);
            return this;
        }

        public Builder kind(String value) {
            kind = token("kind", value, ResourceKind.class);
            return this;
        }

        public Builder creator(String value) {
            if (blank(value)) {
                creator = Optional.empty();
            } else if (!Slug.isValid(value.strip())) {
                throw new InvalidSearchException("creator", "creator '" + value + "' is not a slug: write the creator's "
                        + "slug, such as jay-alammar");
            } else {
                creator = Optional.of(Slug.of(value.strip()));
            }
            return this;
        }

        public Builder area(String value) {
            area = token("area", value, Area.class);
            return this;
        }

        public Builder level(String value) {
            level = token("level", value, Level.class);
            return this;
        }

        public Builder access(String value) {
            access = token("access", value, Access.class);
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public Builder limit(String value) {
            limit = blank(value) ? DEFAULT_LIMIT : number("limit", value);
            return this;
        }

        public Builder offset(int value) {
            offset = value;
            return this;
        }

        public Builder offset(String value) {
            offset = blank(value) ? 0 : number("offset", value);
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, type, kind, creator, area, level, access, limit, offset);
        }

        private static <E extends Enum<E> & Token> Optional<E> token(String parameter, String value, Class<E> type) {
            if (blank(value)) {
                return Optional.empty();
            }
            return Optional.of(Token.parse(type, value).orElseThrow(() -> new InvalidSearchException(parameter,
                    parameter + " '" + value + "' is not known: write one of " + Token.choices(type))));
        }

        private static int number(String parameter, String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidSearchException(parameter, parameter + " '" + value + "' is not a whole number: write "
                        + "for example " + parameter + "=" + ("limit".equals(parameter) ? DEFAULT_LIMIT : 0));
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
