package dev.syllabus.plan;

import dev.syllabus.kb.Token;

/** How deep a plan goes: explainers only (the lightweight path's spirit) or explainers and canonical papers. */
public enum Depth implements Token {
    LIGHT,
    DEEP;
}
