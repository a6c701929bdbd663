package dev.syllabus.progress;

/** The two databases progress runs on; the schema is the same, only how a write transaction begins differs. */
public enum Dialect {
    SQLITE,
    POSTGRESQL
}
