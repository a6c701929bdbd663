package dev.syllabus.kb;

import java.util.Optional;

/** The curriculum areas, in the order a learner meets them; the order breaks ties in plans and maps. */
public enum Area implements Token {
    FOUNDATIONS("Foundations"),
    REPRESENTATIONS("Representations"),
    SEQUENCE_MODELS("Sequence models"),
    ATTENTION_AND_TRANSFORMERS("Attention and transformers"),
    ARCHITECTURES("Architectures"),
    LEARNING_PARADIGMS("Learning paradigms"),
    GENERATION("Generation"),
    ALIGNMENT("Alignment"),
    SCALING("Scaling"),
    EFFICIENCY("Efficiency"),
    TOOLING("Tooling");

    private final String label;

    Area(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Area> fromId(String id) {
        return Token.parse(Area.class, id);
    }
}
