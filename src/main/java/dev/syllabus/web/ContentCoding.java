package dev.syllabus.web;

import java.util.Locale;

/**
 * Reads Accept-Encoding (RFC 9110, section 12.5.3) for the one coding stored besides the plain body: gzip is sent when
 * the client lists it, or {@code *}, with a q-value above zero. Codings are whole tokens, compared without case.
 */
final class ContentCoding {
    private ContentCoding() {
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String member : acceptEncoding.split(",")) {
            String[] parts = member.split(";", -1);
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = weight(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = Math.max(any, q);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** The q parameter of one list member; 1 when absent, 0 (refused) when it is not a valid q-value. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            if (param.length() >= 2 && (param.charAt(0) == 'q' || param.charAt(0) == 'Q') && param.charAt(1) == '=') {
                return qvalue(param.substring(2).strip());
            }
        }
        return 1;
    }

    private static double qvalue(String text) {
        if (!text.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
            return 0;
        }
        return Double.parseDouble(text);
    }
}
