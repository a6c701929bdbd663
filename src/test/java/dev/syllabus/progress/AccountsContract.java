package dev.syllabus.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What accounts do on any progress database: the SQLite and PostgreSQL test classes run these same tests. */
abstract class AccountsContract {
    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    static final AccountName ANA = new AccountName("ana");
    static final String PASSWORD = "correct horse battery";
    static final PasswordHashing CHEAP = new PasswordHashing(64, 1, 1);

    TestClock clock = new TestClock(T0);
    Database db;
    Accounts accounts;

    /** A fresh, empty database, migrated. */
    abstract Database openEmpty();

    @BeforeEach
    void open() {
        db = openEmpty();
        // Cheap hashes keep these tests fast; the hash format test below uses the real parameters.
        accounts = new Accounts(db, clock, CHEAP);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewAccountLogsInWithItsPassword() {
        Account ana = accounts.create(ANA, PASSWORD);
        assertThat(accounts.login("ana", PASSWORD)).isEqualTo(new Login.Accepted(ana));
    }

    @Test
    void theStoredHashIsArgon2idAndNeverThePassword() {
        new Accounts(db, clock).create(ANA, PASSWORD);
        String stored = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM learner WHERE name = 'ana'");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }, "test");
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordBeyondAsciiLogsIn() {
        accounts.create(ANA, "pässwörd – ключ 🔑");
        assertThat(accounts.login("ana", "pässwörd – ключ 🔑")).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        accounts.create(ANA, PASSWORD);
        assertThat(accounts.login("ana", "wrong horse battery")).isEqualTo(new Login.Refused());
    }

    @Test
    void anUnknownNameIsRefusedLikeAWrongPassword() {
        assertThat(accounts.login("nobody", PASSWORD)).isEqualTo(new Login.Refused());
    }

    @Test
    void aTakenNameIsRefusedSayingSo() {
        accounts.create(ANA, PASSWORD);
        assertThatThrownBy(() -> accounts.create(ANA, "another password"))
                .isInstanceOf(AccountRefused.class).hasMessageContaining("'ana' exists already")
                .extracting(e -> ((AccountRefused) e).reason()).isEqualTo(AccountRefused.Reason.NAME_TAKEN);
    }

    @Test
    void aShortPasswordIsRefusedWithTheRule() {
        assertThatThrownBy(() -> accounts.create(ANA, "short")).isInstanceOf(AccountRefused.class)
                .hasMessageContaining("5 characters: give at least 8");
    }

    @Test
    void theListHasTheAccountsByNameAndNotTheLocalLearner() {
        accounts.create(new AccountName("zoe"), PASSWORD);
        accounts.create(ANA, PASSWORD);
        assertThat(accounts.list()).extracting(a -> a.name().value()).containsExactly("ana", "zoe");
    }

    @Test
    void aRemovedAccountNoLongerLogsIn() {
        accounts.create(ANA, PASSWORD);
        accounts.remove(ANA);
        assertThat(accounts.login("ana", PASSWORD)).isEqualTo(new Login.Refused());
    }

    @Test
    void removingAnUnknownAccountSaysSo() {
        assertThatThrownBy(() -> accounts.remove(ANA)).isInstanceOf(AccountRefused.class)
                .hasMessageContaining("no account is named 'ana'");
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        accounts.create(ANA, PASSWORD);
        accounts.changePassword(ANA, "a brand new passphrase");
        assertThat(accounts.login("ana", PASSWORD)).isEqualTo(new Login.Refused());
        assertThat(accounts.login("ana", "a brand new passphrase")).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void aNewPasswordClosesTheAccountsSessions() {
        Account ana = accounts.create(ANA, PASSWORD);
        Sessions sessions = new Sessions(db, clock);
        String cookie = sessions.open(ana).cookie();
        accounts.changePassword(ANA, "a brand new passphrase");
        assertThat(sessions.find(cookie)).isEmpty();
    }

    @Test
    void fiveFailuresCloseLoginsForTheNameEvenWithTheRightPassword() {
        accounts.create(ANA, PASSWORD);
        failFiveTimes("ana");
        assertThat(accounts.login("ana", PASSWORD)).isEqualTo(new Login.Throttled(T0.plus(Accounts.FAILURE_WINDOW)));
    }

    @Test
    void loginsReopenWhenTheWindowHasPassed() {
        accounts.create(ANA, PASSWORD);
        failFiveTimes("ana");
        clock.advance(Accounts.FAILURE_WINDOW);
        assertThat(accounts.login("ana", PASSWORD)).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void theLimitCountsOnlyTheName() {
        accounts.create(ANA, PASSWORD);
        failFiveTimes("bob");
        assertThat(accounts.login("ana", PASSWORD)).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void unknownNamesAreLimitedToo() {
        failFiveTimes("nobody");
        assertThat(accounts.login("nobody", PASSWORD)).isInstanceOf(Login.Throttled.class);
    }

    @Test
    void aSuccessClearsTheFailures() {
        accounts.create(ANA, PASSWORD);
        for (int i = 0; i < Accounts.FAILURE_LIMIT - 1; i++) {
            accounts.login("ana", "wrong password " + i);
        }
        accounts.login("ana", PASSWORD);
        accounts.login("ana", "one more wrong one");
        assertThat(accounts.login("ana", PASSWORD)).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void theFailuresAreKeptInTheDatabaseForEveryInstance() {
        accounts.create(ANA, PASSWORD);
        failFiveTimes("ana");
        Accounts other = new Accounts(db, clock, CHEAP);
        assertThat(other.login("ana", PASSWORD)).isInstanceOf(Login.Throttled.class);
    }

    void failFiveTimes(String name) {
        for (int i = 0; i < Accounts.FAILURE_LIMIT; i++) {
            assertThat(accounts.login(name, "wrong password " + i)).isEqualTo(new Login.Refused());
        }
    }
}
