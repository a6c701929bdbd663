package dev.syllabus.ingest;

import dev.syllabus.kb.Minutes;

/** A running time a source states ("1h56m", "a 3.5-hour video", "~1hr"), as read and as written. */
record StatedLength(Minutes minutes, boolean approximate, String written) {
}
