package dev.syllabus.links;

import java.time.LocalDate;

/** What the last conclusive check found for one address of the content: the verdict, its date, the HTTP status and why. */
public record LinkStatus(String address, Verdict verdict, LocalDate checked, int code, String detail) {
    /** "broken on 2026-11-23 (HTTP 404: not found)", as the resource page and validate say it. */
    public String describe() {
        return verdict.id() + ", last checked " + checked + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
