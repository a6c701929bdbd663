package dev.syllabus.ingest;

import dev.syllabus.kb.CanonicalUrl;
import dev.syllabus.kb.Slug;

/** A fact the import adds to an entity the knowledge base already has. */
sealed interface Fact permits Fact.AlternateUrl, Fact.AddedSegment, Fact.AddedCreator, Fact.Length {
    /** How the report names it: "alternate address https://...", "segment at ~1:30:00 (...)". */
    String describe();

    /** Another spelling or copy of the resource's address. */
    record AlternateUrl(CanonicalUrl url, String written) implements Fact {
        public String describe() {
            return "alternate address " + written;
        }
    }

    /** A timestamp the knowledge base does not list yet, and where it was found ({@code source}, as a segment records it). */
    record AddedSegment(Moment moment, String source) implements Fact {
        AddedSegment(Moment moment) {
            this(moment, "");
        }

        public String describe() {
            return "segment at " + (moment.approximate() ? "~" : "") + moment.at()
                    + (moment.covers().isEmpty() ? "" : " (" + moment.covers() + ")");
        }
    }

    /** A creator the source names beside the ones the knowledge base lists, or the first one. */
    record AddedCreator(Slug creator) implements Fact {
        public String describe() {
            return "creator " + creator;
        }
    }

    /** A running time the source states where the knowledge base only estimates one. */
    record Length(StatedLength length) implements Fact {
        public String describe() {
            return "stated length " + DraftFiles.length(length).replace("\"", "") + " (\"" + length.written() + "\")";
        }
    }
}
