package dev.syllabus.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/** The precompiled jte templates (generated from src/main/jte at build time), rendered to strings. */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    /** Renders a template whose only parameter is {@code page}. */
    static String render(String name, Object page) {
        return render(name, Map.of("page", page));
    }

    static String render(String name, Map<String, Object> params) {
        StringOutput out = new StringOutput(16384);
        ENGINE.render(name + ".jte", params, out);
        return out.toString();
    }
}
