package dev.syllabus.progress;

import dev.syllabus.kb.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every progress database does, whatever it is: the SQLite and PostgreSQL test classes run these same tests on
 * their own database.
 */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-11-01T10:15:30.123Z");
    static final Item ATTENTION = Item.of(ItemKind.CONCEPT, Slug.of("attention"));
    static final Item VIDEO = Item.of(ItemKind.RESOURCE, Slug.of("some-video"));
    static final Item VIDEO_PART = Item.segment(Slug.of("some-video"), 2);

    Database db;
    ProgressStore store;

    /** A fresh, empty database, migrated. */
    abstract Database openEmpty();

    @BeforeEach
    void open() {
        db = openEmpty();
        store = new JdbcProgressStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasNoProgress() {
        assertThat(store.progress(LearnerId.LOCAL).isEmpty()).isTrue();
    }

    @Test
    void aMarkIsReadBackWithItsStatusAndTime() {
        store.mark(LearnerId.LOCAL, new Mark(VIDEO_PART, Status.LEARNING, T0));
        assertThat(store.progress(LearnerId.LOCAL).marks()).containsExactly(new Mark(VIDEO_PART, Status.LEARNING, T0));
    }

    @Test
    void markingAgainReplacesTheStatus() {
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.LEARNING, T0));
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0.plusSeconds(60)));
        assertThat(store.progress(LearnerId.LOCAL).marks()).containsExactly(new Mark(ATTENTION, Status.DONE, T0.plusSeconds(60)));
    }

    @Test
    void unmarkingForgetsTheItem() {
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0));
        store.unmark(LearnerId.LOCAL, ATTENTION);
        assertThat(store.progress(LearnerId.LOCAL).marks()).isEmpty();
    }

    @Test
    void anEmptyNoteRemovesTheNote() {
        store.note(LearnerId.LOCAL, new Note(ATTENTION.slug(), "*Queries* meet keys.", T0));
        assertThat(store.progress(LearnerId.LOCAL).note(ATTENTION.slug())).hasValue(new Note(ATTENTION.slug(), "*Queries* meet keys.", T0));
        store.note(LearnerId.LOCAL, new Note(ATTENTION.slug(), "", T0));
        assertThat(store.progress(LearnerId.LOCAL).notes()).isEmpty();
    }

    @Test
    void loggedTimesAddUpAsSeparateEntries() {
        store.log(LearnerId.LOCAL, new TimeSpent(VIDEO, 30, T0));
        store.log(LearnerId.LOCAL, new TimeSpent(VIDEO, 30, T0));
        assertThat(store.progress(LearnerId.LOCAL).times()).hasSize(2);
    }

    @Test
    void replaceSwapsAllProgressForTheGivenOne() {
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0));
        Progress imported = new Progress(List.of(new Mark(VIDEO, Status.SKIPPED, T0)), List.of(),
                List.of(new TimeSpent(VIDEO_PART, 12, T0)));
        store.replace(LearnerId.LOCAL, imported);
        assertThat(store.progress(LearnerId.LOCAL)).isEqualTo(imported);
    }

    @Test
    void resetRemovesEverything() {
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0));
        store.note(LearnerId.LOCAL, new Note(ATTENTION.slug(), "note", T0));
        store.log(LearnerId.LOCAL, new TimeSpent(VIDEO, 5, T0));
        store.reset(LearnerId.LOCAL);
        assertThat(store.progress(LearnerId.LOCAL).isEmpty()).isTrue();
    }

    @Test
    void aRenameMovesProgressToTheNewSlug() {
        store.mark(LearnerId.LOCAL, new Mark(Item.of(ItemKind.CONCEPT, Slug.of("old-name")), Status.DONE, T0));
        store.note(LearnerId.LOCAL, new Note(Slug.of("old-name"), "kept", T0));
        store.mark(LearnerId.LOCAL, new Mark(Item.pathItem(Slug.of("a-path"), "old-name"), Status.DONE, T0));
        store.applyRenames(Map.of(Slug.of("old-name"), Slug.of("attention")));
        Progress p = store.progress(LearnerId.LOCAL);
        assertThat(p.status(ATTENTION)).hasValue(Status.DONE);
        assertThat(p.status(Item.pathItem(Slug.of("a-path"), "attention"))).hasValue(Status.DONE);
        assertThat(p.note(Slug.of("attention")).map(Note::markdown)).hasValue("kept");
        assertThat(p.marks()).hasSize(2);
    }

    @Test
    void aRenameKeepsTheProgressAlreadyUnderTheNewSlug() {
        store.mark(LearnerId.LOCAL, new Mark(Item.of(ItemKind.CONCEPT, Slug.of("old-name")), Status.SKIPPED, T0));
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0));
        store.applyRenames(Map.of(Slug.of("old-name"), Slug.of("attention")));
        assertThat(store.progress(LearnerId.LOCAL).marks()).containsExactly(new Mark(ATTENTION, Status.DONE, T0));
    }

    @Test
    void reopeningKeepsProgressAndDoesNotMigrateAgain() {
        store.mark(LearnerId.LOCAL, new Mark(ATTENTION, Status.DONE, T0));
        db.close();
        db = reopen();
        store = new JdbcProgressStore(db);
        assertThat(store.progress(LearnerId.LOCAL).status(ATTENTION)).hasValue(Status.DONE);
    }

    /** The same database, opened again. */
    abstract Database reopen();
}
