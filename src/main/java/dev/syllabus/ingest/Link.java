package dev.syllabus.ingest;

/**
 * A link as a document wrote it: the text shown, the target exactly as written (which may not be an address at all),
 * and where the shown text sits in its block's text, so the words around it can be read.
 */
record Link(String label, String target, int start, int end) {
    Link {
        label = label == null ? "" : label.strip();
        target = target == null ? "" : target;
    }
}
