package dev.syllabus.progress;

import dev.syllabus.kb.Slug;
import dev.syllabus.kb.Token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Progress kept in a {@link Database}, SQLite or PostgreSQL alike. */
public final class JdbcProgressStore implements ProgressStore {

    private final Database db;

    public JdbcProgressStore(Database db) {
        this.db = db;
    }

    @Override
    public Progress progress(LearnerId who) {
        return db.read(c -> new Progress(marks(c, who), notes(c, who), times(c, who)), "reading progress");
    }

    private static List<Mark> marks(Connection c, LearnerId who) throws SQLException {
        List<Mark> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT kind, slug, part, status, changed_ms FROM mark WHERE learner_id = ?",
                who.value()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Mark(item(r), Token.parse(Status.class, r.getString(4)).orElseThrow(),
                        Instant.ofEpochMilli(r.getLong(5))));
            }
        }
        return out;
    }

    private static List<Note> notes(Connection c, LearnerId who) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT concept, body, changed_ms FROM note WHERE learner_id = ?",
                who.value()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Note(Slug.of(r.getString(1)), r.getString(2), Instant.ofEpochMilli(r.getLong(3))));
            }
        }
        return out;
    }

    private static List<TimeSpent> times(Connection c, LearnerId who) throws SQLException {
        List<TimeSpent> out = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, "SELECT kind, slug, part, minutes, logged_ms FROM time_spent "
                + "WHERE learner_id = ?", who.value()); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new TimeSpent(item(r), r.getInt(4), Instant.ofEpochMilli(r.getLong(5))));
            }
        }
        return out;
    }

    private static Item item(ResultSet r) throws SQLException {
        return new Item(Token.parse(ItemKind.class, r.getString(1)).orElseThrow(), Slug.of(r.getString(2)), r.getString(3));
    }

    @Override
    public void mark(LearnerId who, Mark mark) {
        db.write(c -> insertMark(c, who, mark), "saving the mark of " + mark.item());
    }

    private static int insertMark(Connection c, LearnerId who, Mark m) throws SQLException {
        return Sql.update(c, "INSERT INTO mark (learner_id, kind, slug, part, status, changed_ms) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (learner_id, kind, slug, part) DO UPDATE SET status = excluded.status, "
                        + "changed_ms = excluded.changed_ms", who.value(), m.item().kind().id(), m.item().slug().value(),
                m.item().part(), m.status().id(), m.at().toEpochMilli());
    }

    @Override
    public void unmark(LearnerId who, Item item) {
        db.write(c -> Sql.update(c, "DELETE FROM mark WHERE learner_id = ? AND kind = ? AND slug = ? AND part = ?",
                who.value(), item.kind().id(), item.slug().value(), item.part()), "clearing the mark of " + item);
    }

    @Override
    public void note(LearnerId who, Note note) {
        db.write(c -> note.markdown().isBlank()
                ? Sql.update(c, "DELETE FROM note WHERE learner_id = ? AND concept = ?", who.value(), note.concept().value())
                : insertNote(c, who, note), "saving the note on " + note.concept());
    }

    private static int insertNote(Connection c, LearnerId who, Note n) throws SQLException {
        return Sql.update(c, "INSERT INTO note (learner_id, concept, body, changed_ms) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (learner_id, concept) DO UPDATE SET body = excluded.body, changed_ms = excluded.changed_ms",
                who.value(), n.concept().value(), n.markdown(), n.at().toEpochMilli());
    }

    @Override
    public void log(LearnerId who, TimeSpent spent) {
        db.write(c -> insertTime(c, who, spent), "logging time on " + spent.item());
    }

    private static int insertTime(Connection c, LearnerId who, TimeSpent t) throws SQLException {
        return Sql.update(c, "INSERT INTO time_spent (id, learner_id, kind, slug, part, minutes, logged_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), who.value(), t.item().kind().id(),
                t.item().slug().value(), t.item().part(), t.minutes(), t.at().toEpochMilli());
    }

    @Override
    public void replace(LearnerId who, Progress all) {
        db.write(c -> {
            deleteAll(c, who);
            for (Mark m : all.marks()) {
                insertMark(c, who, m);
            }
            for (Note n : all.notes()) {
                insertNote(c, who, n);
            }
            for (TimeSpent t : all.times()) {
                insertTime(c, who, t);
            }
            return null;
        }, "importing progress");
    }

    @Override
    public void reset(LearnerId who) {
        db.write(c -> deleteAll(c, who), "resetting progress");
    }

    private static int deleteAll(Connection c, LearnerId who) throws SQLException {
        return Sql.update(c, "DELETE FROM mark WHERE learner_id = ?", who.value())
                + Sql.update(c, "DELETE FROM note WHERE learner_id = ?", who.value())
                + Sql.update(c, "DELETE FROM time_spent WHERE learner_id = ?", who.value());
    }

    @Override
    public int applyRenames(Map<Slug, Slug> currentByOld) {
        if (currentByOld.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            int moved = 0;
            for (Map.Entry<Slug, Slug> e : currentByOld.entrySet()) {
                moved += rename(c, e.getKey().value(), e.getValue().value());
            }
            return moved;
        }, "applying content renames");
    }

    /** Moves rows from {@code from} to {@code to} unless the learner already has the same item under {@code to}. */
    private static int rename(Connection c, String from, String to) throws SQLException {
        int moved = Sql.update(c, "UPDATE mark SET slug = ? WHERE slug = ? AND NOT EXISTS (SELECT 1 FROM mark m "
                + "WHERE m.learner_id = mark.learner_id AND m.kind = mark.kind AND m.part = mark.part AND m.slug = ?)", to, from, to);
        moved += Sql.update(c, "UPDATE mark SET part = ? WHERE kind = 'path-item' AND part = ? AND NOT EXISTS (SELECT 1 "
                + "FROM mark m WHERE m.learner_id = mark.learner_id AND m.kind = mark.kind AND m.slug = mark.slug "
                + "AND m.part = ?)", to, from, to);
        Sql.update(c, "DELETE FROM mark WHERE slug = ? OR (kind = 'path-item' AND part = ?)", from, from);
        moved += Sql.update(c, "UPDATE note SET concept = ? WHERE concept = ? AND NOT EXISTS (SELECT 1 FROM note n "
                + "WHERE n.learner_id = note.learner_id AND n.concept = ?)", to, from, to);
        Sql.update(c, "DELETE FROM note WHERE concept = ?", from);
        moved += Sql.update(c, "UPDATE time_spent SET slug = ? WHERE slug = ?", to, from);
        moved += Sql.update(c, "UPDATE time_spent SET part = ? WHERE kind = 'path-item' AND part = ?", to, from);
        return moved;
    }
}
