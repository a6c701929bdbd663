package dev.syllabus.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Writes a schedule as an iCalendar file (RFC 5545) that calendar applications import: one all-day event per study
 * session, CRLF line ends, lines folded at 75 octets, text escaped. UIDs are derived from what is scheduled and the
 * session number, so importing an updated calendar updates the events instead of duplicating them.
 */
final class Calendar {
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Calendar() {
    }

    static String render(Schedule schedule) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Syllabus//Study planner//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text("Syllabus: " + schedule.name()));
        String id = identity(schedule);
        int count = schedule.sessions().size();
        for (Schedule.Session s : schedule.sessions()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:syllabus-" + id + "-" + s.number() + "@syllabus.dev");
            line(out, "DTSTAMP:" + STAMP.format(schedule.stamp()));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(s.date()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(s.date().plusDays(1)));
            line(out, "SUMMARY:" + text("Study session " + s.number() + " of " + count + " (" + s.minutes() + "): "
                    + s.parts().get(0).title()));
            line(out, "DESCRIPTION:" + text(description(s)));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String description(Schedule.Session s) {
        StringBuilder b = new StringBuilder(s.minutes() + " of study:");
        for (Schedule.Part p : s.parts()) {
            b.append("\n- step ").append(p.step()).append(": ").append(p.title())
                    .append(p.continued() ? " (continued)" : "").append(p.continues() ? " (continues next time)" : "")
                    .append(", ").append(p.minutes());
            p.link().ifPresent(l -> b.append("\n  ").append(l));
        }
        return b.toString();
    }

    /** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so no physical line exceeds 75 octets, never inside a UTF-8 sequence. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static String identity(Schedule schedule) {
        String seed = schedule.name() + "|" + schedule.start() + "|" + schedule.pace().weekly().value();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
