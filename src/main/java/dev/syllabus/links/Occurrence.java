package dev.syllabus.links;

/** Where an address is written: a file, its line (0 when unknown) and the field or element that holds it. */
public record Occurrence(String file, int line, String field) {
    public Occurrence {
        field = field == null ? "" : field;
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " (" + field + ")");
    }
}
