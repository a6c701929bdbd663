package dev.syllabus.ingest;

/** Where a mention was found: the file as named on the command line, the 1-based line and the heading it sits under. */
record Origin(String file, int line, String under) {
    Origin {
        under = under == null ? "" : under;
    }

    Origin withLine(int other) {
        return new Origin(file, other, under);
    }

    String where() {
        return file + ":" + line;
    }
}
