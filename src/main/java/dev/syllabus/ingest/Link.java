package dev.syllabus.ingest;

/**
 * A link as a document wrote it: the text shown, the target exactly as written (which may not be an address at all),
 * and where the shown text sits in its block's text, so the words around it can be read. {@code image} says the text
 * shown is only a picture's alternative text (a badge, an "Open In Colab" button, a book cover).
 */
record Link(String label, String target, int start, int end, boolean image) {
    Link {
        label = label == null ? "" : label.strip();
        target = target == null ? "" : target;
    }

    Link(String label, String target, int start, int end) {
        this(label, target, start, end, false);
    }

    Link moved(int start, int end) {
        return new Link(label, target, start, end, image);
    }
}
