package dev.syllabus.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Login sessions kept in the progress database, so any instance of a team server serves any request. The cookie holds
 * 32 random bytes (base64url); the database holds only their SHA-256, so a copy of the table opens no session. Expiry
 * is fixed, {@link #LIFETIME} from login whatever the use: a stolen cookie is not kept alive by being used, and a
 * lookup is a read, never a write.
 */
public final class Sessions {
    /** How long a session lasts from login. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    private static final int SECRET_BYTES = 32;
    // 32 bytes in unpadded base64url; anything else cannot be a cookie of ours and is not looked up.
    private static final Pattern COOKIE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Database db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens a session for an account that has just logged in; ended sessions are swept out on the way. */
    public OpenedSession open(Account account) {
        String secret = randomToken();
        Instant now = clock.instant();
        Session session = new Session(account.learner(), account.name(), randomToken(), now.plus(LIFETIME));
        db.write(c -> {
            Sql.update(c, "DELETE FROM session WHERE expires_ms <= ?", now.toEpochMilli());
            return Sql.update(c, "INSERT INTO session (id_hash, learner_id, csrf, created_ms, expires_ms) VALUES (?, ?, ?, ?, ?)",
                    hash(secret), account.learner().value(), session.csrf(), now.toEpochMilli(),
                    session.expires().toEpochMilli());
        }, "opening a session");
        return new OpenedSession(secret, session);
    }

    /** The live session a cookie value opens; empty for an unknown, tampered, ended or closed one. */
    public Optional<Session> find(String cookie) {
        if (cookie == null || !COOKIE.matcher(cookie).matches()) {
            return Optional.empty();
        }
        long now = clock.millis();
        return db.read(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT s.learner_id, l.name, s.csrf, s.expires_ms FROM session s "
                    + "JOIN learner l ON l.id = s.learner_id WHERE s.id_hash = ? AND s.expires_ms > ?", hash(cookie), now);
                 ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Session(new LearnerId(r.getString(1)), new AccountName(r.getString(2)),
                        r.getString(3), Instant.ofEpochMilli(r.getLong(4)))) : Optional.empty();
            }
        }, "reading a session");
    }

    /** Ends the session of this cookie (logout); a cookie that opens nothing is no error. */
    public void close(String cookie) {
        if (cookie != null && COOKIE.matcher(cookie).matches()) {
            db.write(c -> Sql.update(c, "DELETE FROM session WHERE id_hash = ?", hash(cookie)), "closing a session");
        }
    }

    /** Ends every session of the learner (logged out everywhere); returns how many there were. */
    public int closeAll(LearnerId learner) {
        return db.write(c -> Sql.update(c, "DELETE FROM session WHERE learner_id = ?", learner.value()),
                "closing sessions");
    }

    private String randomToken() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
