package dev.syllabus.cli;

import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.LoadedContent;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --content DIR} option every command shares; without it the bundled knowledge base is used. */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR",
            description = "Content directory (holding concepts/, papers/, resources/ ...). Default: the bundled knowledge base.")
    Path directory;

    LoadedContent load() {
        if (directory == null) {
            return ContentLoader.loadBundled();
        }
        if (!Files.isDirectory(directory)) {
            throw new UsageError("--content " + directory + ": no such directory; point it at the folder that holds "
                    + "concepts/, papers/, resources/, creators/, paths/ and guides/");
        }
        return ContentLoader.load(directory);
    }
}
