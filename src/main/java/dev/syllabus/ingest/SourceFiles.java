package dev.syllabus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the documents to import and refuses what cannot be a curated guide, saying why: an empty file, a file over
 * {@value #MAX_MB} MB, binary data, or text that is not valid UTF-8.
 */
public final class SourceFiles {
    /** Far beyond any hand-curated guide (the largest bundled one is 22 KB), and small enough to read at once. */
    public static final int MAX_MB = 16;
    private static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    private static final int BINARY_PROBE = 8192;

    private SourceFiles() {
    }

    public static SourceDocument read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportFailure(file + ": " + Files.size(file) / (1024 * 1024) + " MB is too large for a guide (at most "
                        + MAX_MB + " MB): split it, or import only the part with the links");
            }
            return decode(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportFailure(file + ": could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads standard input (or any stream) under {@code name}, with the same limits as a file. */
    public static SourceDocument read(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ImportFailure(name + ": more than " + MAX_MB + " MB is too large for a guide: split it");
            }
            return decode(name, bytes);
        } catch (IOException e) {
            throw new ImportFailure(name + ": could not be read (" + e.getMessage() + ")", e);
        }
    }

    static SourceDocument decode(String name, byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                throw new ImportFailure(name + ": binary data (a NUL byte at offset " + i + "), not a text document: import "
                        + "Markdown, plain text or HTML");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFailure(name + ": not valid UTF-8 text: convert it to UTF-8 (for example with iconv) and try again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFailure(name + ": the file is empty: there is nothing to import");
        }
        return SourceDocument.of(name, text);
    }
}
