package dev.syllabus.plan;

import dev.syllabus.kb.Token;

import java.util.Optional;

/**
 * The ways a plan or a path report is written out, with the media type and file extension the web serves them with.
 * A calendar needs a schedule: plans and reports without a pace cannot be written as ICS.
 */
public enum Format implements Token {
    TEXT("text/plain; charset=utf-8", "txt"),
    MARKDOWN("text/markdown; charset=utf-8", "md"),
    JSON("application/json", "json"),
    ICS("text/calendar; charset=utf-8", "ics");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<Format> fromId(String id) {
        return Token.parse(Format.class, id);
    }

    /** @throws PlanRequestException for ICS when the plan has no pace */
    public String render(Plan plan) {
        return render(plan, false);
    }

    /**
     * With {@code fullWhy}, text and Markdown give each step's whole prerequisite chain after its one-line reason (JSON
     * always carries both).
     *
     * @throws PlanRequestException for ICS when the plan has no pace
     */
    public String render(Plan plan, boolean fullWhy) {
        return switch (this) {
            case TEXT -> PlanText.render(plan, fullWhy);
            case MARKDOWN -> PlanMarkdown.render(plan, fullWhy);
            case JSON -> PlanJson.render(plan);
            case ICS -> Calendar.render(plan.schedule().orElseThrow(Format::needsPace));
        };
    }

    /** @throws PlanRequestException for ICS when the report has no pace */
    public String render(PathReport report) {
        return switch (this) {
            case TEXT -> PathText.render(report);
            case MARKDOWN -> PathMarkdown.render(report);
            case JSON -> PathJson.render(report);
            case ICS -> Calendar.render(report.schedule().orElseThrow(Format::needsPace));
        };
    }

    private static PlanRequestException needsPace() {
        return new PlanRequestException(PlanRequest.HOURS_PER_WEEK, "", "is needed for the ics format: a calendar needs "
                + "a pace, for example 5 hours a week");
    }
}
