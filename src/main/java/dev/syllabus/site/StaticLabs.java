package dev.syllabus.site;

import dev.syllabus.web.StaticPages;

/**
 * The labs in a static copy: a lab computes on a server, so the copy shows each lab's result for its default inputs,
 * leaves out the script that would fetch new results (it would fetch the same default page), and puts in place of the
 * form's button a note saying where to compute with other inputs.
 */
final class StaticLabs {
    private static final String BUTTON = "<button type=\"submit\">Compute</button>";
    private static final String NOTE = "<p class=\"lab-static\">This copy of the wiki is static: it shows the result for the "
            + "inputs above. To compute with your own, run <code>syllabus serve</code> and open this page there, or use the "
            + "<code>syllabus lab</code> command.</p>";

    private StaticLabs() {
    }

    static String adapt(String html) {
        if (!html.contains("class=\"lab-form\"")) {
            return html;
        }
        return html.replace("<script src=\"" + StaticPages.labScript() + "\" defer></script>", "").replace(BUTTON, NOTE);
    }
}
