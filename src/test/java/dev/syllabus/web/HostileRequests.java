package dev.syllabus.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes odd requests for a route from a seed: any method, the route's own parameters and others, repeated or empty,
 * with values that are valid, huge, deeply nested, in any script, with NUL and other control characters, or with
 * broken percent escapes, sometimes sent raw. The same seed always makes the same request.
 */
final class HostileRequests {
    /** One request as it goes on the wire: the target is sent exactly as written. */
    record Request(String method, String target, Map<String, String> headers) {
        @Override
        public String toString() {
            return method + " " + (target.length() > 160 ? target.substring(0, 160) + "..." : target);
        }
    }

    private static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND",
            "get", "FOO", "CONNECT");
    private static final List<String> NAMES = List.of("q", "type", "kind", "creator", "area", "level", "access", "limit",
            "offset", "goal", "known", "depth", "prefer", "budget", "hoursPerWeek", "hours-per-week", "start", "format",
            "sort", "order", "introduces", "concept", "", "Q", "q[]", "a[b][c][d][e]", "__proto__", "%71", "q%00", "%zz");
    private static final List<String> VALUES = List.of("", " ", "attention", "self-attention", "dpo", "lora", "rope",
            "lightweight-path", "andrej-karpathy", "neural-networks", "video", "paper", "article", "any", "light", "deep",
            "html", "ics", "json", "markdown", "text", "blog-post", "alignment", "foundations", "beginner", "free", "desc",
            "year", "title", "length", "0", "-1", "1", "5", "100", "101", "1000", "1001", "99999999999", "1e9", "NaN",
            "0x10", "12", "12h", "90m", "1h30m", "-5h", "9999999h", "2026-12-07", "+999999999-12-31", "-0001-01-01",
            "9999-12-25", "0000-00-00", "2026-02-30", "title:attention", "a AND (b OR", "*", "?", "~2", "^10", "\\",
            "/regex/", "a:b:c", "+-!&&||", "' OR 1=1 --", "<script>alert(1)</script>", "\"><img src=x>", "注意力",
            "😀🚀", "\u202eevil", "e\u0301\u0301\u0301", "\u200b\ufeff", "Ω≈ç√∫", "\ud83d\ude00".repeat(50),
            "self-attention,dpo,lora", "../../etc/passwd", "%2e%2e%2f", "javascript:alert(1)");
    private static final List<String> RAW = List.of("%", "%z", "%zz", "%G1", "%%", "%C3", "%C3%28", "%FF", "%ED%A0%80",
            "%00", "%01", "%7F", "%0A", "%0D%0ASet-Cookie:%20x=1", "%E2%80%AE", "%F0%9F%98%80", "a+b", "%2B", "%26", "%3D",
            "&&&", "==", "=", "&=&");
    private static final List<String> SLUGS = List.of("self-attention", "attention-mechanism", "dpo", "nope", "self-atention",
            "Self-Attention", "-", "a--b", "%00", "%zz", "%C3%28", "..", "%2e%2e", "%2F", "caf%C3%A9", "x".repeat(300),
            "a%20b", "%E2%80%AE", "123", "__proto__");

    private HostileRequests() {
    }

    static Request make(String route, long seed) {
        Random r = new Random(seed);
        String method = r.nextInt(100) < 55 ? "GET" : r.nextInt(100) < 35 ? "HEAD" : pick(r, METHODS);
        StringBuilder target = new StringBuilder(path(route, r));
        int params = r.nextInt(100) < 15 ? 0 : 1 + r.nextInt(6);
        for (int i = 0; i < params; i++) {
            target.append(i == 0 ? '?' : '&');
            int form = r.nextInt(100);
            if (form < 8) {
                target.append(pick(r, RAW));
                continue;
            }
            target.append(encode(pick(r, NAMES), r)).append('=');
            if (form < 20) {
                target.append(pick(r, RAW));
            } else if (form < 30) {
                target.append(encode(huge(r), r));
            } else if (form < 38) {
                target.append(encode(nested(r), r));
            } else if (form < 44) {
                target.append(pick(r, VALUES)).append(pick(r, RAW)).append(pick(r, VALUES).replace(' ', '+'));
            } else {
                target.append(encode(pick(r, VALUES), r));
            }
        }
        return new Request(method, target.toString(), headers(r));
    }

    private static String path(String route, Random r) {
        String path = route.replace("{slug}", pick(r, SLUGS));
        return switch (r.nextInt(40)) {
            case 0 -> path + "/";
            case 1 -> "/" + path;
            case 2 -> path + "/extra/" + pick(r, SLUGS);
            case 3 -> path + "%00";
            case 4 -> path + "%zz";
            case 5 -> path + "/" + "a".repeat(1 + r.nextInt(6000));
            case 6 -> path.replace("/", "//");
            case 7 -> path + ";jsessionid=1";
            case 8 -> path.toUpperCase(java.util.Locale.ROOT);
            default -> path;
        };
    }

    private static Map<String, String> headers(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Map.of("Accept-Encoding", pick(r, List.of("gzip", "gzip;q=0", "*;q=0", "gzip;q=abc", "br, gzip;q=0.5", ",,;;")));
            case 1 -> Map.of("If-None-Match", pick(r, List.of("*", "\"x\"", "W/\"", "\"\"", ",", "\"" + "a".repeat(2000) + "\"")));
            case 2 -> Map.of("Accept-Encoding", "gzip", "If-None-Match", "W/\"abc\", *");
            default -> Map.of();
        };
    }

    /** Percent-encoded as a browser would, most of the time; otherwise only the spaces, leaving the rest raw. */
    private static String encode(String text, Random r) {
        if (r.nextInt(10) == 0) {
            return text.replace(" ", "+").replace("&", "%26").replace("#", "%23").replace("\n", "%0A");
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String huge(Random r) {
        int length = 500 + r.nextInt(r.nextBoolean() ? 2_000 : 20_000);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append(pick(r, VALUES)).append(' ');
        }
        return s.substring(0, length);
    }

    private static String nested(Random r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 50 : 1_000);
        String pair = pick(r, List.of("()", "[]", "{}", "\"\"", "<>", "**", "((", "\\\\"));
        return String.valueOf(pair.charAt(0)).repeat(depth) + "attention" + String.valueOf(pair.charAt(1)).repeat(depth);
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
