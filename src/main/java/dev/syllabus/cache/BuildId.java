package dev.syllabus.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Which build of the application is running, as part of every cache key: a cache file holds records in the shape this
 * build's classes give them, so another build must not read it. Known only when running from a jar (its path, size
 * and modification time); from class folders, as in tests, there is no stable identity and nothing is cached.
 */
public final class BuildId {
    private BuildId() {
    }

    /** The identity of the jar holding {@code anchor}, or empty when it is not loaded from a jar. */
    public static Optional<String> of(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            return Optional.of(jar.toAbsolutePath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
