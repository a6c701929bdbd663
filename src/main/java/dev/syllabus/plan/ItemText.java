package dev.syllabus.plan;

import dev.syllabus.kb.PathItemType;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How an item reads in text and Markdown: its kind, title, makers, the part to study, the reading mode and time. */
final class ItemText {
    private ItemText() {
    }

    /** {@code video "Title" by 3Blue1Brown, only at 11:08, watch, 4m}; the title as given, for the caller to format. */
    static String describe(StudyItem i, String title) {
        List<String> parts = new ArrayList<>();
        parts.add(i.kind().id().replace('-', ' ') + " " + title + (i.byline().isEmpty() ? "" : " by " + i.byline()));
        i.part().ifPresent(p -> parts.add("part " + p));
        i.mode().ifPresent(m -> parts.add(m.id().replace('-', ' ')));
        parts.add((i.timing().isEmpty() ? i.minutes().toString() : i.timing()) + (i.optional() ? ", optional depth" : ""));
        return String.join(", ", parts);
    }

    /** Where to open the item: its link, the wiki page of a concept page, or what to do without a working link. */
    static String where(StudyItem i) {
        if (i.isPage()) {
            return "/concepts/" + i.slug() + " on the wiki, or syllabus show " + i.slug();
        }
        return i.link().orElse("(no working link: search for the title)");
    }

    /** What a path item is, for the report: "paper", "activity", "concept page". */
    static String type(PathItemType type) {
        return type == PathItemType.CONCEPT ? "concept page" : type.id();
    }

    /** What a plan's pace and budget say in one line each, empty when absent. */
    static String heading(Plan plan) {
        PlanRequest r = plan.request();
        String known = r.known().isEmpty() ? "nothing given as known"
                : "knowing " + String.join(", ", r.known().stream().map(Object::toString).toList());
        String creators = r.creators().isEmpty() ? "" : ", preferring " + String.join(", ", r.creators().stream().map(Object::toString).toList());
        return r.depth().id() + " plan, " + (r.prefer() == Preference.ANY ? "any kind of material" : r.prefer().id() + "s first")
                + creators + ", " + known + (r.studyTime().equals(StudyTime.TYPICAL) ? "" : ", at " + r.studyTime()
                + " times the estimated study time");
    }

    /** "Tue", as calendars abbreviate weekdays. */
    static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String pace(Schedule s) {
        String last = s.sessions().isEmpty() ? s.start().toString() : s.sessions().get(s.sessions().size() - 1).date().toString();
        return s.pace().weekly() + " a week from " + s.start() + ": " + s.sessions().size() + " sessions of up to "
                + s.pace().sessionLength() + ", the last on " + last;
    }
}
