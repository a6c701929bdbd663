package dev.syllabus.web;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks every request's address before a route sees it, because the framework's decoder forgives too much: a bad
 * percent escape would silently drop the parameter, and control characters (NUL included) would reach page titles and
 * search. A query longer than {@link #MAX_QUERY} characters is refused outright (414), which also bounds what a
 * request can make the server render and remember.
 */
final class QueryGuard {
    /** Far above any query the forms or the API produce (a plan with many goals is a few hundred characters). */
    static final int MAX_QUERY = 2048;

    private QueryGuard() {
    }

    static void check(Context ctx) {
        String query = ctx.queryString();
        if (query != null && query.length() > MAX_QUERY) {
            throw new TooLong(query.length());
        }
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName, rawName);
            if (eq >= 0) {
                decode(pair.substring(eq + 1), name);
            }
        }
    }

    /** The address's query is over the limit: answered with 414 URI Too Long. */
    static final class TooLong extends RuntimeException {
        TooLong(int length) {
            super("the address's query is " + length + " characters long; the server accepts at most " + MAX_QUERY
                    + ": shorten the search or the list of parameters");
        }
    }

    /** Decodes one name or value strictly, as UTF-8 with '+' for a space, naming {@code parameter} in any complaint. */
    private static String decode(String raw, String parameter) {
        String shown = printable(parameter);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new BadParameter(shown, "parameter '" + shown + "' has a bad percent escape '"
                            + printable(raw.substring(i, Math.min(raw.length(), i + 3))) + "': a '%' must be followed by two "
                            + "hexadecimal digits; write %25 for a percent sign itself");
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                // Raw non-ASCII text: browsers escape it, but curl and scripts may not. It stands for its UTF-8 bytes.
                bytes.writeBytes(c == '+' ? new byte[]{' '} : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadParameter(shown, "parameter '" + shown + "' is not valid UTF-8 once its percent escapes are "
                    + "decoded: escape each character's UTF-8 bytes, as browsers do");
        }
        text.codePoints().filter(QueryGuard::isControl).findFirst().ifPresent(cp -> {
            throw new BadParameter(shown, "parameter '" + shown + "' contains the control character U+"
                    + String.format("%04X", cp) + ": remove it");
        });
        return text;
    }

    static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }

    /** A name as it may be shown in a message: control characters replaced, and cut short when long. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> out.appendCodePoint(isControl(cp) ? '?' : cp));
        return s.codePointCount(0, s.length()) > 40 ? out + "..." : out.toString();
    }
}
