package dev.syllabus.lint;

import dev.syllabus.content.Finding;
import dev.syllabus.content.LoadedContent;

import java.util.List;

/** One validation rule over a loaded content tree. */
interface Rule {
    List<Finding> check(LoadedContent content);
}
