package dev.syllabus.cli;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;
import dev.syllabus.lint.Validator;
import dev.syllabus.view.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code syllabus validate}: reports every problem in a content tree; exit 1 when there are errors. */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Check the content: references, duplicates, cycles, required fields, lengths, timestamps, addresses.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ContentOption content;

    @Mixin
    FormatOption output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The JSON form of a finding. */
    record FindingView(String severity, String rule, String file, int line, String message) {
    }

    @Override
    public Integer call() {
        LoadedContent loaded = content.load();
        List<Finding> findings = Validator.validate(loaded);
        PrintWriter out = spec.commandLine().getOut();
        long errors = findings.stream().filter(Finding::isError).count();
        if (loaded.kb().size() == 0 && errors == 0 && content.directory != null) {
            throw noContent(content.directory);
        }
        if (output.json()) {
            out.println(Json.pretty(findings.stream()
                    .map(f -> new FindingView(f.severity().id(), f.rule(), f.file(), f.line(), f.message())).toList()));
        } else {
            findings.forEach(out::println);
            out.printf("%d error%s, %d warning%s in %d entities%n", errors, errors == 1 ? "" : "s",
                    findings.size() - errors, findings.size() - errors == 1 ? "" : "s", loaded.kb().size());
        }
        out.flush();
        return errors > 0 ? 1 : 0;
    }

    /**
     * "0 errors" for a folder without a single entity would pass a CI check that points at the wrong folder, so it is a
     * usage error (exit 2), like a --content that does not exist.
     */
    private static UsageError noContent(Path dir) {
        Path inside = dir.resolve("content");
        return new UsageError(dir + " holds no content: a content directory has the folders concepts/, papers/, resources/, "
                + "creators/, paths/ and guides/, with one <slug>.md file per entity (YAML front matter between '---' lines, "
                + "then Markdown); see docs/content-format.md"
                + (Files.isDirectory(inside) ? "; did you mean --content " + inside + "?" : ""));
    }
}
