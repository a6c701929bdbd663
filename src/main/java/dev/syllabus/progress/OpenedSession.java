package dev.syllabus.progress;

/** A session just opened: the cookie value to hand to the browser once (only its hash is stored) and the session. */
public record OpenedSession(String cookie, Session session) {
    @Override
    public String toString() {
        // Never the secret: this may end up in a log line.
        return "OpenedSession[" + session + "]";
    }
}
