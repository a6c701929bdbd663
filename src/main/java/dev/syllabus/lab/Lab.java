package dev.syllabus.lab;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The labs: each with its address name, its title, the concepts whose pages show it, and its inputs. */
public enum Lab {
    PARAMS("params", "Parameter counter", "The exact parameter count of a transformer, component by component, beside the 12·L·d² rule.",
            List.of("parameter-counting"), LabFields.params()),
    SCALING("scaling", "Scaling-law calculator", "Chinchilla's loss for a model size and a token count, two fits side by side, "
            + "and the compute-optimal split of a budget.", List.of("scaling-laws", "compute-optimal-scaling"), LabFields.scaling()),
    TOKENIZE("tokenize", "Tokenizer", "Your text through four real OpenAI encodings: each token with its id and bytes, and the counts.",
            List.of("tokenization"), LabFields.tokenize()),
    BPE("bpe", "BPE trainer", "Byte-pair encoding learnt on a text you type, one merge at a time.", List.of("tokenization"), LabFields.bpe()),
    DECODE("decode", "Decoding sandbox", "A next-token distribution through temperature, top-k, top-p and min-p, and greedy, beam and "
            + "contrastive search over a word model of this knowledge base.", List.of("decoding-strategies", "contrastive-search"), LabFields.decode()),
    POSITIONS("positions", "Positional encodings", "Sinusoidal and rotary encodings as heatmaps, and why a RoPE score depends only on the offset.",
            List.of("positional-encoding", "rotary-position-embedding"), LabFields.positions());

    private final String id;
    private final String title;
    private final String summary;
    private final List<String> concepts;
    private final List<LabField> fields;

    Lab(String id, String title, String summary, List<String> concepts, List<LabField> fields) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.concepts = concepts;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** What the lab computes, in one sentence, for the list of labs. */
    public String summary() {
        return summary;
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
