package dev.syllabus.plan;

import dev.syllabus.kb.ResourceKind;
import dev.syllabus.kb.Token;

/** The learner's taste in material: what to choose first when several resources teach a concept. */
public enum Preference implements Token {
    VIDEO,
    ARTICLE,
    PAPER,
    ANY;

    /** True when an explainer of {@code kind} is what this taste asks for; papers are chosen apart from explainers. */
    boolean likes(ResourceKind kind) {
        return switch (this) {
            case VIDEO -> kind.isVideo();
            case ARTICLE -> !kind.isVideo() && kind != ResourceKind.PAPER;
            case PAPER, ANY -> true;
        };
    }
}
