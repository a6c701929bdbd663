package dev.syllabus.links;

import java.util.List;
import java.util.Optional;

/**
 * One address to check, with every place that writes it, and the defect kind when the content documents that the address
 * is defective (so a broken or malformed verdict is expected, reported, and does not fail the run).
 */
public record Target(String address, List<Occurrence> occurrences, Optional<String> documented) {
    public Target {
        occurrences = List.copyOf(occurrences);
    }

    public static Target of(String address, Occurrence where) {
        return new Target(address, List.of(where), Optional.empty());
    }
}
