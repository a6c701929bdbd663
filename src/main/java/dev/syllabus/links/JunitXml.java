package dev.syllabus.links;


/**
 * A report as JUnit XML, which CI systems show as test results: one test case per address; broken and malformed
 * addresses fail, unless documented as known defects, which are skipped with the reason, as are unverifiable ones.
 */
final class JunitXml {
    private JunitXml() {
    }

    static String render(Report r) {
        long failures = r.items().stream().filter(Checked::fails).count();
        long skipped = r.items().stream().filter(i -> !i.fails() && i.outcome().verdict() != Verdict.OK).count();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format("<testsuite name=\"syllabus check-links\" tests=\"%d\" failures=\"%d\" skipped=\"%d\" errors=\"0\" "
                + "time=\"%.3f\">%n", r.items().size(), failures, skipped, r.elapsed().toMillis() / 1000.0));
        for (Checked item : r.items()) {
            Outcome o = item.outcome();
            String where = item.target().occurrences().isEmpty() ? "" : item.target().occurrences().get(0).file();
            b.append("  <testcase classname=\"").append(xml(where)).append("\" name=\"")
                    .append(xml(o.address().isEmpty() ? "(no address)" : o.address())).append('"');
            if (item.fails()) {
                b.append(">\n    <failure message=\"").append(xml(o.verdict().id() + ": " + o.detail())).append("\"/>\n  </testcase>\n");
            } else if (o.verdict() != Verdict.OK) {
                b.append(">\n    <skipped message=\"").append(xml(o.verdict().id() + ": " + o.detail()
                        + item.target().documented().map(d -> " (documented: " + d + ")").orElse(""))).append("\"/>\n  </testcase>\n");
            } else {
                b.append("/>\n");
            }
        }
        return b.append("</testsuite>\n").toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch < 0x20 && ch != '\t' && ch != '\n' ? ' ' : ch);
            }
        }
        return b.toString();
    }
}
