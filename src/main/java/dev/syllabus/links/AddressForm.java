package dev.syllabus.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an address is written, decided without a request: a web address to check, a path to a local file, something to
 * skip (mail, telephone, script links), or malformed (no scheme, protocol-relative, a bare host, text that is no address).
 */
sealed interface AddressForm {
    /** An http or https address; {@code document} is the address without its fragment, which is what gets requested. */
    record Web(URI uri, String document, Optional<String> fragment) implements AddressForm {
    }

    /** A file on this machine ({@code file:} address), as a document on disk links its neighbours. */
    record Local(java.nio.file.Path path) implements AddressForm {
    }

    /** No request is made: {@code verdict} is MALFORMED or SKIPPED, {@code suggestion} a corrected spelling if one is known. */
    record Unchecked(Verdict verdict, String reason, Optional<String> suggestion) implements AddressForm {
    }

    Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*):");
    Pattern BARE_HOST = Pattern.compile("(?i)^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}([/:?#].*)?$");
    Pattern IP_OR_LOCAL = Pattern.compile("(?i)^(localhost|\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+])$");

    /** Reads {@code written}, which must be absolute: documents on disk turn their relative links into file: addresses. */
    static AddressForm read(String written) {
        String text = written == null ? "" : written.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            return malformed("the address is empty", Optional.empty());
        }
        if (hasWhitespace(text)) {
            return malformed("'" + text + "' contains spaces, so it is not an address (is it a title put where the link "
                    + "should be?)", Optional.empty());
        }
        if (text.startsWith("//")) {
            return malformed("'" + text + "' has no scheme (protocol-relative)", Optional.of("https:" + text));
        }
        var scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            return schemeless(text);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("file")) {
            try {
                return new Local(java.nio.file.Path.of(new URI(text.replaceFirst("#.*$", ""))));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return malformed("'" + text + "' is not a valid file address", Optional.empty());
            }
        }
        if (!name.equals("http") && !name.equals("https")) {
            return new Unchecked(Verdict.SKIPPED, "a " + name + ": link, not a web page", Optional.empty());
        }
        return web(text);
    }

    /** A loop, not a stream: every address of a check comes through here. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static AddressForm schemeless(String text) {
        if (text.startsWith("#")) {
            return new Unchecked(Verdict.SKIPPED, "a link within the same page", Optional.empty());
        }
        if (BARE_HOST.matcher(text).matches()) {
            return malformed("'" + text + "' has no scheme (a bare host)", Optional.of("https://" + text));
        }
        return malformed("'" + text + "' is not a web address: write an absolute address such as https://example.org/page",
                Optional.empty());
    }

    private static AddressForm web(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return malformed("'" + text + "' is not a valid address (" + e.getReason() + " at character " + e.getIndex() + ")",
                    Optional.empty());
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return malformed("'" + text + "' has no host name", Optional.empty());
        }
        if (!host.contains(".") && !IP_OR_LOCAL.matcher(host).matches()) {
            return malformed("'" + text + "' has the host '" + host + "', which is no public host name", Optional.empty());
        }
        String fragment = uri.getRawFragment();
        int hash = text.indexOf('#');
        String document = hash < 0 ? text : text.substring(0, hash);
        return new Web(uri, document, fragment == null || fragment.isEmpty() ? Optional.empty() : Optional.of(fragment));
    }

    private static Unchecked malformed(String reason, Optional<String> suggestion) {
        return new Unchecked(Verdict.MALFORMED, reason, suggestion);
    }
}
