package dev.syllabus.progress;

/** An account operation refused for the caller's input: the message says which value broke which rule and what to do. */
public final class AccountRefused extends RuntimeException {
    /** Why: a malformed name or password is the caller's mistake; a taken or missing name is a fact of the database. */
    public enum Reason {
        BAD_NAME,
        BAD_PASSWORD,
        NAME_TAKEN,
        NO_SUCH_ACCOUNT
    }

    private final Reason reason;

    AccountRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static AccountRefused badName(String message) {
        return new AccountRefused(Reason.BAD_NAME, message);
    }

    public Reason reason() {
        return reason;
    }
}
