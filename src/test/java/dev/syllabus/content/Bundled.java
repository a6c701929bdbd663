package dev.syllabus.content;

import dev.syllabus.kb.KnowledgeBase;

import java.nio.file.Path;

/** The bundled knowledge base, loaded once for all the tests that check it. */
final class Bundled {
    static final LoadedContent CONTENT = ContentLoader.load(Path.of("content"));

    private Bundled() {
    }

    static KnowledgeBase kb() {
        return CONTENT.kb();
    }
}
