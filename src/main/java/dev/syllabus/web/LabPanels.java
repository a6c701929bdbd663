package dev.syllabus.web;

import dev.syllabus.lab.Fields;
import dev.syllabus.lab.Heatmap;
import dev.syllabus.lab.Lab;
import dev.syllabus.lab.LabField;
import dev.syllabus.lab.LabInputException;
import dev.syllabus.lab.LabRequests;
import dev.syllabus.lab.NGramModel;
import dev.syllabus.lab.PositionsResult;
import dev.syllabus.lab.ScalingPlot;
import dev.syllabus.lab.ScalingResult;
import dev.syllabus.lab.Tokenization;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Runs a lab for a page: the inputs as typed, the answer as a {@link LabView}, a refusal as the panel's message. */
public final class LabPanels {
    private static final IntFunction<NGramModel> NO_MODEL = order -> {
        throw new IllegalStateException("a default lab never needs the n-gram model");
    };

    private LabPanels() {
    }

    /** The labs a concept page shows, each with its default inputs and their result, rendered once with the page. */
    public static List<LabPanel> forConcept(String concept) {
        return Lab.forConcept(concept).stream().map(LabPanels::forLab).toList();
    }

    /** One lab with its default inputs and their result. */
    static LabPanel forLab(Lab lab) {
        return run(lab, Map.of(), NO_MODEL);
    }

    /** A lab whose input was refused before it could be read: the form at its defaults and the message. */
    static LabPanel refused(Lab lab, String field, String message) {
        return new LabPanel(lab, defaults(lab, Map.of()), message, field, null);
    }

    private static List<LabPanel.Input> defaults(Lab lab, Map<String, String> values) {
        return lab.fields().stream().map(f -> new LabPanel.Input(f, values.getOrDefault(f.name(), f.fallback()))).toList();
    }

    static LabPanel run(Lab lab, Map<String, String> values, IntFunction<NGramModel> models) {
        List<LabPanel.Input> inputs = defaults(lab, values);
        try {
            lab.checkNames(values.keySet());
            return new LabPanel(lab, inputs, null, null, view(lab, new Fields(values), models));
        } catch (LabInputException e) {
            return new LabPanel(lab, inputs, e.getMessage(), e.field(), null);
        }
    }

    /** The answer as the API writes it: the lab package's own record. */
    static Object compute(Lab lab, Fields f, IntFunction<NGramModel> models) {
        return switch (lab) {
            case PARAMS -> LabRequests.params(f);
            case SCALING -> LabRequests.scaling(f);
            case TOKENIZE -> {
                // The API answers every encoding, but a misspelt one is still the caller's mistake to hear about.
                LabRequests.encoding(f);
                yield LabRequests.tokenize(f);
            }
            case BPE -> LabRequests.bpe(f);
            case DECODE -> LabRequests.decode(f, models);
            case POSITIONS -> LabRequests.positions(f);
        };
    }

    private static LabView view(Lab lab, Fields f, IntFunction<NGramModel> models) {
        return switch (lab) {
            case PARAMS -> new LabView.Params(LabRequests.params(f));
            case SCALING -> {
                ScalingResult r = LabRequests.scaling(f);
                yield new LabView.Scaling(r, ScalingPlot.svg(r));
            }
            case TOKENIZE -> {
                String chosen = LabRequests.encoding(f).id();
                List<Tokenization> all = LabRequests.tokenize(f);
                yield new LabView.Tokens(all, all.stream().filter(t -> t.encoding().equals(chosen)).findFirst().orElseThrow());
            }
            case BPE -> new LabView.Bpe(LabRequests.bpe(f));
            case DECODE -> new LabView.Decode(LabRequests.decode(f, models));
            case POSITIONS -> {
                PositionsResult r = LabRequests.positions(f);
                yield new LabView.Positions(r, Heatmap.svg(r.sinusoidal(), "Sinusoidal encodings: position by dimension",
                        "dimension", "position"), Heatmap.svg(r.ropeScores(), "RoPE scores of one query and one key at every pair of positions",
                        "key position", "query position"));
            }
        };
    }

    /** The field list as the API catalogue describes parameters. */
    static List<ApiCatalog.Param> params(Lab lab) {
        return lab.fields().stream().map(LabPanels::param).toList();
    }

    private static ApiCatalog.Param param(LabField f) {
        String fallback = f.fallback().isEmpty() ? "" : " Default: " + f.fallback().replace("\n", " ") + ".";
        return new ApiCatalog.Param(f.name(), f.description() + fallback, false, false, f.choices());
    }
}
