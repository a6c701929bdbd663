package dev.syllabus.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.syllabus.kb.Slug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code renamed_from:} field any content file may carry: the slugs the entity had before (one or a list),
 * so that learner progress kept under an old slug moves to the new one. Collects them across files and reports a
 * malformed slug, an old slug claimed by two files, or one that an entity still uses.
 */
final class RenamedFrom {
    static final String FIELD = "renamed_from";
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private final List<Finding> findings;
    private final Map<Slug, Slug> currentByOld = new LinkedHashMap<>();
    private final Map<Slug, String> claimedIn = new LinkedHashMap<>();

    RenamedFrom(List<Finding> findings) {
        this.findings = findings;
    }

    void read(String frontMatter, SourceFile source, Slug slug) {
        if (!frontMatter.contains(FIELD)) {
            return;
        }
        JsonNode value;
        try {
            value = MAPPER.readTree(frontMatter).path(FIELD);
        } catch (java.io.IOException | RuntimeException e) {
            return; // the strict parser has reported the YAML already
        }
        List<JsonNode> olds = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(olds::add);
        } else if (!value.isMissingNode() && !value.isNull()) {
            olds.add(value);
        }
        int line = source.lineOf("/" + FIELD);
        for (JsonNode old : olds) {
            String text = old.asText("");
            if (!old.isTextual() || !Slug.isValid(text)) {
                findings.add(Finding.error("bad-slug", source.path(), line, "'" + FIELD + "' lists '" + text + "', which is not a "
                        + "slug: write the entity's former file name without '.md'"));
                continue;
            }
            Slug o = Slug.of(text);
            if (claimedIn.containsKey(o)) {
                findings.add(Finding.error("duplicate-slug", source.path(), line, "'" + FIELD + "' lists '" + o + "', which "
                        + claimedIn.get(o) + " lists too: a former slug belongs to one entity; remove it from one file"));
                continue;
            }
            claimedIn.put(o, source.path());
            currentByOld.put(o, slug);
        }
    }

    /** An old slug that a loaded entity uses again is not a rename: warn, and leave that entity's progress alone. */
    void checkAgainst(Set<Slug> inUse, Map<Slug, SourceFile> sources) {
        currentByOld.keySet().stream().filter(inUse::contains).toList().forEach(o -> {
            findings.add(Finding.warning("renamed-slug-in-use", claimedIn.get(o), sources.get(currentByOld.get(o)).lineOf("/" + FIELD),
                    "'" + FIELD + "' lists '" + o + "', but " + sources.get(o).path() + " uses that slug: remove it from '"
                            + FIELD + "', or rename that file"));
            currentByOld.remove(o);
        });
    }

    Map<Slug, Slug> currentByOld() {
        return Map.copyOf(currentByOld);
    }
}
