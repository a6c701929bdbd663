package dev.syllabus.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts of a team server, kept in the progress database: Argon2id password hashes, and a login rate limit
 * counted in the database, so every instance behind one PostgreSQL sees the same failures. At most
 * {@value #FAILURE_LIMIT} failures per name in {@link #FAILURE_WINDOW}; then logins for that name are refused unchecked
 * until the oldest counted failure leaves the window. A success clears the count. Names without an account are counted
 * too, so the limit says nothing about which names exist. Attempts already in flight on other instances when the
 * limit is reached may each still be checked once.
 */
public final class Accounts {
    /** Failures per name that close logins for that name. */
    public static final int FAILURE_LIMIT = 5;
    /** How long a failure counts. */
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    /** Shortest password accepted: shorter ones fall to guessing despite the rate limit. */
    public static final int MIN_PASSWORD = 8;
    /** Longest password accepted, so a request cannot make hashing arbitrarily costly. */
    public static final int MAX_PASSWORD = 1000;

    private final Database db;
    private final Clock clock;
    private final PasswordHashing hashing;

    public Accounts(Database db, Clock clock) {
        this(db, clock, PasswordHashing.OWASP);
    }

    Accounts(Database db, Clock clock, PasswordHashing hashing) {
        this.db = db;
        this.clock = clock;
        this.hashing = hashing;
    }

    /**
     * Makes an account with a new learner.
     *
     * @throws AccountRefused when the password breaks the rules or the name is taken
     */
    public Account create(AccountName name, CharSequence password) {
        checkPassword(password);
        String hash = hashing.hash(password);
        Account account = new Account(LearnerId.random(), name, clock.instant());
        db.write(c -> {
            if (find(c, name).isPresent()) {
                throw new AccountRefused(AccountRefused.Reason.NAME_TAKEN, "an account named '" + name
                        + "' exists already: choose another name, or change its password with 'accounts password'");
            }
            return Sql.update(c, "INSERT INTO learner (id, name, password_hash, created_ms) VALUES (?, ?, ?, ?)",
                    account.learner().value(), name.value(), hash, account.created().toEpochMilli());
        }, "creating the account " + name);
        return account;
    }

    /** Every account, by name; the single-user learner is none. */
    public List<Account> list() {
        return db.read(c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT id, name, created_ms FROM learner WHERE id <> ? ORDER BY name",
                    LearnerId.LOCAL.value()); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(account(r));
                }
            }
            return out;
        }, "listing accounts");
    }

    /**
     * Removes the account with its progress and sessions.
     *
     * @throws AccountRefused when no account has the name
     */
    public void remove(AccountName name) {
        db.write(c -> {
            Account a = existing(c, name);
            return Sql.update(c, "DELETE FROM learner WHERE id = ?", a.learner().value());
        }, "removing the account " + name);
    }

    /**
     * Sets a new password and closes the account's sessions, so a stolen cookie dies with the old password.
     *
     * @throws AccountRefused when no account has the name or the password breaks the rules
     */
    public void changePassword(AccountName name, CharSequence password) {
        checkPassword(password);
        String hash = hashing.hash(password);
        db.write(c -> {
            Account a = existing(c, name);
            Sql.update(c, "DELETE FROM session WHERE learner_id = ?", a.learner().value());
            return Sql.update(c, "UPDATE learner SET password_hash = ? WHERE id = ?", hash, a.learner().value());
        }, "changing the password of " + name);
    }

    /** Checks a name and password against the rate limit and the stored hash. */
    public Login login(String name, CharSequence password) {
        Instant now = clock.instant();
        Optional<Instant> closedUntil = db.write(c -> countAttempt(c, name, now), "counting a login attempt");
        if (closedUntil.isPresent()) {
            return new Login.Throttled(closedUntil.get());
        }
        Optional<Stored> stored = db.read(c -> stored(c, name), "reading an account");
        boolean ok = stored.isPresent() && password.length() <= MAX_PASSWORD
                ? hashing.matches(password, stored.get().hash()) : checkNothing(password);
        if (!ok) {
            return new Login.Refused();
        }
        db.write(c -> Sql.update(c, "DELETE FROM login_failure WHERE name = ?", name), "clearing failed logins");
        return new Login.Accepted(stored.get().account());
    }

    private boolean checkNothing(CharSequence password) {
        hashing.checkNothing(password.length() <= MAX_PASSWORD ? password : "");
        return false;
    }

    /**
     * Counts this attempt as a failure before the password is checked (a success takes it back), so a crash or a
     * parallel attempt cannot slip past the limit; returns when logins reopen if the limit is reached.
     */
    private Optional<Instant> countAttempt(Connection c, String name, Instant now) throws SQLException {
        long windowStart = now.minus(FAILURE_WINDOW).toEpochMilli();
        Sql.update(c, "DELETE FROM login_failure WHERE name = ? AND failed_ms <= ?", name, windowStart);
        List<Long> failures = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT failed_ms FROM login_failure WHERE name = ? ORDER BY failed_ms DESC",
                name); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                failures.add(r.getLong(1));
            }
        }
        if (failures.size() >= FAILURE_LIMIT) {
            // Logins reopen when fewer than the limit remain in the window: when the limit-th newest leaves it.
            return Optional.of(Instant.ofEpochMilli(failures.get(FAILURE_LIMIT - 1)).plus(FAILURE_WINDOW));
        }
        Sql.update(c, "INSERT INTO login_failure (id, name, failed_ms) VALUES (?, ?, ?)", UUID.randomUUID().toString(),
                truncate(name), now.toEpochMilli());
        return Optional.empty();
    }

    private static String truncate(String name) {
        return name.length() <= AccountName.MAX_LENGTH ? name : name.substring(0, AccountName.MAX_LENGTH);
    }

    private static void checkPassword(CharSequence password) {
        if (password.length() < MIN_PASSWORD) {
            throw new AccountRefused(AccountRefused.Reason.BAD_PASSWORD, "the password has " + password.length()
                    + " characters: give at least " + MIN_PASSWORD + " (a passphrase of a few words is easy to remember)");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new AccountRefused(AccountRefused.Reason.BAD_PASSWORD, "the password has " + password.length()
                    + " characters: give at most " + MAX_PASSWORD);
        }
    }

    private record Stored(Account account, String hash) {
    }

    private static Optional<Stored> stored(Connection c, String name) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT id, name, created_ms, password_hash FROM learner WHERE name = ? "
                + "AND id <> ?", name, LearnerId.LOCAL.value()); ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Stored(account(r), r.getString(4))) : Optional.empty();
        }
    }

    private static Optional<Account> find(Connection c, AccountName name) throws SQLException {
        return stored(c, name.value()).map(Stored::account);
    }

    private static Account existing(Connection c, AccountName name) throws SQLException {
        return find(c, name).orElseThrow(() -> new AccountRefused(AccountRefused.Reason.NO_SUCH_ACCOUNT, "no account is "
                + "named '" + name + "': 'syllabus accounts list' shows the names"));
    }

    private static Account account(ResultSet r) throws SQLException {
        return new Account(new LearnerId(r.getString(1)), new AccountName(r.getString(2)),
                Instant.ofEpochMilli(r.getLong(3)));
    }
}
