package dev.syllabus.web;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.lint.Validator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Loads and validates a content tree (a directory, or the bundled one) and builds its site only if it is valid. */
final class SiteLoader {
    /** Content with validation errors: the site is not built and the errors say why. */
    static final class Rejected extends RuntimeException {
        private final transient List<Finding> errors;

        Rejected(List<Finding> errors) {
            super(errors.size() + " validation error" + (errors.size() == 1 ? "" : "s") + " in the content, first: "
                    + errors.get(0));
            this.errors = List.copyOf(errors);
        }

        List<Finding> errors() {
            return errors;
        }
    }

    private final Optional<Path> directory;
    private final Clock clock;

    SiteLoader(Optional<Path> directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Optional<Path> directory() {
        return directory;
    }

    Clock clock() {
        return clock;
    }

    /** @throws Rejected when validation finds errors */
    Site load() {
        LoadedContent content = directory.map(ContentLoader::load).orElseGet(ContentLoader::loadBundled);
        List<Finding> findings = Validator.validate(content);
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        return SiteBuilder.build(content, findings, clock);
    }
}
