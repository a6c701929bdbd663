package dev.syllabus.progress;

/**
 * The name an account logs in with: 1 to 100 characters, no control characters, no spaces at either end (they would
 * make two names look the same), and not {@code local}, the name of the single-user learner every database holds.
 */
public record AccountName(String value) {
    /** The longest name the schema keeps. */
    public static final int MAX_LENGTH = 100;

    public AccountName {
        if (value == null || value.isEmpty()) {
            throw AccountRefused.badName("an account name cannot be empty: give 1 to " + MAX_LENGTH + " characters");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw AccountRefused.badName("account name '" + value.substring(0, 20) + "...' has "
                    + value.codePointCount(0, value.length()) + " characters: give at most " + MAX_LENGTH);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw AccountRefused.badName("account name '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' holds a control character (shown as ?): use letters, digits and punctuation");
        }
        if (!value.strip().equals(value)) {
            throw AccountRefused.badName("account name '" + value + "' starts or ends with a space: write it without");
        }
        if (value.equals(LearnerId.LOCAL.value())) {
            throw AccountRefused.badName("account name 'local' is reserved for the single-user learner: choose another");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
