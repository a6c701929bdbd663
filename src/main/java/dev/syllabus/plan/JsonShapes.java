package dev.syllabus.plan;

/** The record types the plan and path JSON are written from, so the API's OpenAPI document can describe them. */
public final class JsonShapes {
    private JsonShapes() {
    }

    public static Class<?> plan() {
        return PlanJson.PlanView.class;
    }

    public static Class<?> path() {
        return PathJson.PathView.class;
    }
}
