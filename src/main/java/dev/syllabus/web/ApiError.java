package dev.syllabus.web;

import java.util.List;

/** The JSON body of every API error: a stable code, a sentence saying what to do, and where useful the close matches. */
record ApiError(String error, String detail, String parameter, List<String> suggestions) {
    static ApiError of(String error, String detail) {
        return new ApiError(error, detail, null, null);
    }
}
