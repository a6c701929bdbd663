package dev.syllabus.links;

/** One redirect on the way to a page: the address that was requested and the status that sent the checker on. */
public record Hop(String url, int code) {
    /** 301 and 308 say the page has moved for good, so the address should be updated. */
    public boolean permanent() {
        return code == 301 || code == 308;
    }
}
