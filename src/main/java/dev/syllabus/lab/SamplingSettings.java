package dev.syllabus.lab;

/**
 * How a next-token distribution is reshaped before sampling, in the order the filters apply: temperature (0 means
 * greedy), then top-k (0 keeps all), then top-p (1 keeps all), then min-p (0 keeps all).
 */
public record SamplingSettings(double temperature, int topK, double topP, double minP) {
    public static final double MAX_TEMPERATURE = 100;
    public static final SamplingSettings PLAIN = new SamplingSettings(1, 0, 1, 0);

    public SamplingSettings {
        Bounds.number("temperature", temperature, 0, MAX_TEMPERATURE);
        Bounds.whole("top-k", topK, 0, Logits.MAX_TOKENS);
        Bounds.number("top-p", topP, 0, 1);
        if (topP == 0) {
            throw new LabInputException("top-p", "must be above 0 (1 keeps every token), got 0");
        }
        Bounds.number("min-p", minP, 0, 1);
    }
}
