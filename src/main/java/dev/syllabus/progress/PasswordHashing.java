package dev.syllabus.progress;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Argon2id password hashes (Password4j) in the PHC string form, {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash},
 * which carries its own parameters, so hashes made with older settings still verify after the settings change.
 */
final class PasswordHashing {
    private static final int OUTPUT_BYTES = 32;
    /** RFC 9106's recommended salt length. */
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    // After RANDOM: making it hashes the dummy, which needs RANDOM already set.
    /** OWASP's password storage cheat sheet's first Argon2id choice: 19 MiB, two passes, one lane. */
    static final PasswordHashing OWASP = new PasswordHashing(19 * 1024, 2, 1);

    private final Argon2Function function;
    // Checked against when the name is unknown, so an unknown name costs as much time as a wrong password.
    private final String dummy;

    PasswordHashing(int memoryKib, int iterations, int parallelism) {
        // One lane: the machine serves many requests at once, and a lane per core would only make them queue.
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, OUTPUT_BYTES, Argon2.ID);
        this.dummy = hash("not a password of anyone's");
    }

    String hash(CharSequence password) {
        // Our own salt: Password4j's default reads psw4j.properties and warns on every hash when there is none.
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return function.hash(bytes(password), salt).getResult();
    }

    /** Whether {@code password} makes {@code stored}; compares in constant time (Password4j's slowEquals). */
    boolean matches(CharSequence password, String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) {
            matches(password, dummy);
            return false;
        }
        // The stored hash's own parameters, not today's: the check recomputes with those.
        return Argon2Function.getInstanceFromHash(stored).check(bytes(password), stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** Spends the time a real check takes, for a name without an account. */
    void checkNothing(CharSequence password) {
        matches(password, dummy);
    }

    private static byte[] bytes(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8);
    }
}
