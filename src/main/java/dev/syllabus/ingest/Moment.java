package dev.syllabus.ingest;

import dev.syllabus.kb.Timestamp;

/** A point in a video a source names ("at 11:08", "~1:30:00", "&t=187s") and what it says happens there. */
record Moment(Timestamp at, boolean approximate, String covers) {
    Moment {
        covers = covers == null ? "" : covers.strip();
    }
}
