package dev.syllabus.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Finds the bundled content tree, whether the application runs from classes on disk or from its jar. */
public final class ContentRoot {
    private static final String MARKER = "/content/guides";

    private ContentRoot() {
    }

    /** The bundled tree as a path; inside the jar this is a path of a zip file system. */
    public static Path bundled() {
        URL url = ContentRoot.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the bundled content is missing from the classpath: rebuild with ./mvnw -B package");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri).getParent();
            }
            return zipFileSystem(uri).getPath("/content");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bundled content has an unreadable location " + url, e);
        }
    }

    private static FileSystem zipFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the application jar to read the bundled content", e);
        }
    }
}
