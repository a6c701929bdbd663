package dev.syllabus.kb;

import java.util.Collection;
import java.util.Optional;

/** Rules about host names shared by validation and import, so both call the same spelling a misspelling. */
public final class Hosts {
    /** Hosts shorter than this differ in one or two letters too often for the difference to mean a typo. */
    private static final int MIN_LENGTH = 8;

    private Hosts() {
    }

    /** A known host one or two edits away from {@code host} (a likely misspelling of it), ignoring subdomains. */
    public static Optional<String> lookalike(String host, Collection<String> known) {
        if (host.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        return known.stream().filter(k -> !k.equals(host) && k.length() >= MIN_LENGTH)
                .filter(k -> !isSubdomain(k, host) && !isSubdomain(host, k))
                .filter(k -> EditDistance.within(k, host, 2)).sorted().findFirst();
    }

    /** {@code host} ends with "." and {@code parent}, without building that string for every pair compared. */
    private static boolean isSubdomain(String host, String parent) {
        int dot = host.length() - parent.length() - 1;
        return dot >= 0 && host.charAt(dot) == '.' && host.endsWith(parent);
    }
}
