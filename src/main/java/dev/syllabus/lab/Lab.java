package dev.syllabus.lab;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The labs: each with its address name, its title, the concepts whose pages show it, and its inputs. */
public enum Lab {
    PARAMS("params", "Parameter counter", List.of("parameter-counting"), LabFields.params()),
    SCALING("scaling", "Scaling-law calculator", List.of("scaling-laws", "compute-optimal-scaling"), LabFields.scaling()),
    TOKENIZE("tokenize", "Tokenizer", List.of("tokenization"), LabFields.tokenize()),
    BPE("bpe", "BPE trainer", List.of("tokenization"), LabFields.bpe()),
    DECODE("decode", "Decoding sandbox", List.of("decoding-strategies", "contrastive-search"), LabFields.decode()),
    POSITIONS("positions", "Positional encodings", List.of("positional-encoding", "rotary-position-embedding"), LabFields.positions());

    private final String id;
    private final String title;
    private final List<String> concepts;
    private final List<LabField> fields;

    Lab(String id, String title, List<String> concepts, List<LabField> fields) {
        this.id = id;
        this.title = title;
        this.concepts = concepts;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<String> concepts() {
        return concepts;
    }

    public List<LabField> fields() {
        return fields;
    }

    public static Optional<Lab> of(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    /** The labs a concept's page shows, in this order. */
    public static List<Lab> forConcept(String concept) {
        return Stream.of(values()).filter(l -> l.concepts.contains(concept)).toList();
    }

    /** Refuses a name that is none of this lab's inputs, listing the ones it takes. */
    public void checkNames(Iterable<String> names) {
        for (String n : names) {
            if (fields.stream().noneMatch(f -> f.name().equals(n))) {
                throw new LabInputException(n, "is not an input of the " + title.toLowerCase(java.util.Locale.ROOT)
                        + "; it takes " + String.join(", ", fields.stream().map(LabField::name).toList()));
            }
        }
    }
}
