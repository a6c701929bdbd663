package dev.syllabus.content;

/** How bad a finding is: errors fail validation, warnings are reported and pass. */
public enum Severity {
    ERROR,
    WARNING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
