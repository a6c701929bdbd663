package dev.syllabus.cli;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the commands that print either a listing for people or JSON. */
final class FormatOption {
    enum Format { TEXT, JSON }

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
