package dev.syllabus.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What sessions do on any progress database: the SQLite and PostgreSQL test classes run these same tests. */
abstract class SessionsContract {
    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    TestClock clock = new TestClock(T0);
    Database db;
    Sessions sessions;
    Account ana;
    Account bob;

    /** A fresh, empty database, migrated. */
    abstract Database openEmpty();

    @BeforeEach
    void open() {
        db = openEmpty();
        sessions = new Sessions(db, clock);
        Accounts accounts = new Accounts(db, clock, AccountsContract.CHEAP);
        ana = accounts.create(new AccountName("ana"), "ana's password");
        bob = accounts.create(new AccountName("bob"), "bob's password");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCookieFindsItsSession() {
        OpenedSession opened = sessions.open(ana);
        assertThat(sessions.find(opened.cookie())).hasValue(opened.session());
        assertThat(opened.session().learner()).isEqualTo(ana.learner());
        assertThat(opened.session().name()).isEqualTo(ana.name());
    }

    @Test
    void theCookieIs32RandomBytesInBase64url() {
        assertThat(sessions.open(ana).cookie()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(sessions.open(ana).cookie());
    }

    @Test
    void onlyTheCookiesSha256IsStored() {
        String cookie = sessions.open(ana).cookie();
        assertThat(storedIds()).containsExactly(Sessions.hash(cookie)).doesNotContain(cookie);
    }

    @Test
    void eachSessionHasItsOwnCsrfToken() {
        Session first = sessions.open(ana).session();
        Session second = sessions.open(ana).session();
        assertThat(first.csrf()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.csrf());
        assertThat(first.acceptsCsrf(first.csrf())).isTrue();
        assertThat(first.acceptsCsrf(second.csrf())).isFalse();
        assertThat(first.acceptsCsrf(null)).isFalse();
    }

    @Test
    void anUnknownOrTamperedCookieFindsNothing() {
        String cookie = sessions.open(ana).cookie();
        String tampered = (cookie.charAt(0) == 'A' ? "B" : "A") + cookie.substring(1);
        assertThat(sessions.find(tampered)).isEmpty();
        assertThat(sessions.find(cookie + "x")).isEmpty();
        assertThat(sessions.find("")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void aSessionLastsFourteenDaysFromLogin() {
        String cookie = sessions.open(ana).cookie();
        clock.advance(Sessions.LIFETIME.minusSeconds(1));
        assertThat(sessions.find(cookie)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(cookie)).isEmpty();
    }

    @Test
    void usingASessionDoesNotExtendIt() {
        String cookie = sessions.open(ana).cookie();
        Instant expires = sessions.find(cookie).orElseThrow().expires();
        clock.advance(Duration.ofDays(13));
        assertThat(sessions.find(cookie).orElseThrow().expires()).isEqualTo(expires);
    }

    @Test
    void closingASessionLogsOutThatCookieOnly() {
        String first = sessions.open(ana).cookie();
        String second = sessions.open(ana).cookie();
        sessions.close(first);
        assertThat(sessions.find(first)).isEmpty();
        assertThat(sessions.find(second)).isPresent();
    }

    @Test
    void closingAllOfALearnersSessionsLeavesOthers() {
        String anaHere = sessions.open(ana).cookie();
        String anaThere = sessions.open(ana).cookie();
        String bobs = sessions.open(bob).cookie();
        assertThat(sessions.closeAll(ana.learner())).isEqualTo(2);
        assertThat(sessions.find(anaHere)).isEmpty();
        assertThat(sessions.find(anaThere)).isEmpty();
        assertThat(sessions.find(bobs)).isPresent();
    }

    @Test
    void endedSessionsAreSweptWhenAnotherOpens() {
        sessions.open(ana);
        clock.advance(Sessions.LIFETIME);
        String fresh = sessions.open(bob).cookie();
        assertThat(storedIds()).containsExactly(Sessions.hash(fresh));
    }

    private List<String> storedIds() {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id_hash FROM session"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }, "test");
    }
}
