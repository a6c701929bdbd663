package dev.syllabus.plan;

import dev.syllabus.kb.Token;

/**
 * How deep a plan goes: light follows hard prerequisites with explainers only (the lightweight path's spirit); deep also
 * follows soft prerequisites (background) and adds the canonical papers.
 */
public enum Depth implements Token {
    LIGHT,
    DEEP;
}
