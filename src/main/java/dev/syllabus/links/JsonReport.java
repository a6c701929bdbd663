package dev.syllabus.links;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON form of a report, written field by field with Jackson's streaming generator and its default pretty printer:
 * the same text the shared object mapper wrote from records (nulls left out), without building that mapper and
 * introspecting the records, which was most of the time a JSON report took at the end of a check (class loading, JFR).
 */
final class JsonReport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    static String render(Report r) {
        StringWriter out = new StringWriter(256 + 400 * r.items().size());
        write(r, out);
        return out.toString();
    }

    /** Writes the report and a final line break to {@code out}, which is left open. */
    static void write(Report r, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            summary(g, r);
            g.writeArrayFieldStart("results");
            for (Checked c : r.items()) {
                item(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the JSON report", e);
        }
    }

    private static void summary(JsonGenerator g, Report r) throws IOException {
        Map<Verdict, Integer> counts = r.counts();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("addresses", r.items().size());
        g.writeNumberField("ok", counts.get(Verdict.OK));
        g.writeNumberField("broken", counts.get(Verdict.BROKEN));
        g.writeNumberField("malformed", counts.get(Verdict.MALFORMED));
        g.writeNumberField("unverifiable", counts.get(Verdict.UNVERIFIABLE));
        g.writeNumberField("skipped", counts.get(Verdict.SKIPPED));
        g.writeNumberField("documented", r.documented());
        g.writeNumberField("redirectsToUpdate", r.suggestions());
        g.writeNumberField("fromCache", r.cached());
        g.writeNumberField("millis", r.elapsed().toMillis());
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, Checked c) throws IOException {
        Outcome o = c.outcome();
        g.writeStartObject();
        string(g, "address", o.address());
        string(g, "status", o.verdict().id());
        g.writeNumberField("code", o.code());
        string(g, "detail", o.detail());
        g.writeArrayFieldStart("redirects");
        for (Hop h : o.redirects()) {
            g.writeStartObject();
            string(g, "url", h.url());
            g.writeNumberField("code", h.code());
            g.writeEndObject();
        }
        g.writeEndArray();
        string(g, "suggestion", o.suggestion().orElse(null));
        string(g, "checked", IsoInstant.of(o.checked()));
        g.writeBooleanField("cached", o.cached());
        string(g, "documented", c.target().documented().orElse(null));
        g.writeArrayFieldStart("foundIn");
        for (Occurrence at : c.target().occurrences()) {
            g.writeString(at.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A field left out when null, as the mapper's NON_NULL inclusion did. */
    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
