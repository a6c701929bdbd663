package dev.syllabus.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formulas in Markdown bodies, written in TeX between {@code $...$} (inline) or {@code $$...$$} (display), lifted out
 * before Markdown parsing so that backslashes and underscores reach KaTeX untouched, and put back afterwards as
 * elements holding the escaped TeX. Without JavaScript the TeX itself shows; with it, KaTeX typesets it. Dollars in
 * code, and a dollar followed by a space or preceded by one, are not formulas, so "$5 and $10" stays text.
 */
final class MathSpans {
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\n]*`");
    private static final Pattern MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$|(?<![\\\\$\\w])\\$(?=\\S)([^$\n]*?\\S)\\$(?![\\w$])");
    private static final String MARK = "SYLLABUSMATH";
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "(\\d+)X");

    /** The body with each formula replaced by a placeholder, and the formulas in order. */
    record Lifted(String markdown, List<Formula> formulas) {
    }

    /** One formula: its TeX and whether it is displayed on a line of its own. */
    record Formula(String tex, boolean display) {
    }

    private MathSpans() {
    }

    static Lifted lift(String markdown) {
        // Most bodies hold no formula: one scan for a dollar spares two regular expressions over the whole text.
        if (markdown.indexOf('$') < 0) {
            return new Lifted(markdown, List.of());
        }
        List<Formula> formulas = new ArrayList<>();
        StringBuilder out = new StringBuilder(markdown.length());
        Matcher code = CODE.matcher(markdown);
        int at = 0;
        while (code.find()) {
            out.append(liftIn(markdown.substring(at, code.start()), formulas)).append(code.group());
            at = code.end();
        }
        out.append(liftIn(markdown.substring(at), formulas));
        return new Lifted(out.toString(), formulas);
    }

    private static String liftIn(String text, List<Formula> formulas) {
        Matcher m = MATH.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean display = m.group(1) != null;
            formulas.add(new Formula((display ? m.group(1) : m.group(2)).strip(), display));
            m.appendReplacement(out, MARK + (formulas.size() - 1) + "X");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Puts the formulas back into rendered, sanitised HTML. */
    static String restore(String html, List<Formula> formulas) {
        if (formulas.isEmpty()) {
            return html;
        }
        Matcher m = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64 * formulas.size());
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String element = i < formulas.size() ? element(formulas.get(i)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(element));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String element(Formula f) {
        return "<span class=\"math" + (f.display() ? " display" : "") + "\">" + escape(f.tex()) + "</span>";
    }

    /** True when the HTML holds a formula, so the page needs KaTeX. */
    static boolean present(String html) {
        return html.contains("<span class=\"math");
    }

    private static String escape(String tex) {
        return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
