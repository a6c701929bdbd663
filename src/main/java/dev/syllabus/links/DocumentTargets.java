package dev.syllabus.links;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The links of Markdown and HTML files on disk. A relative link is a file beside the document and is checked on disk; one
 * that names no file but reads as a host ("huggingface.co/learn") is kept as written, so it is reported as a bare host.
 * In HTML, protocol-relative links ({@code //cdn.example.org/x}) are https, as a browser would load them.
 */
public final class DocumentTargets {
    private static final String ELEMENTS = "a[href], area[href], link[href], img[src], script[src], iframe[src], "
            + "source[src], video[src], audio[src]";

    private DocumentTargets() {
    }

    /** @throws IllegalArgumentException naming the file when it cannot be read as UTF-8 text */
    public static List<Target> of(List<Path> files) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Path file : files) {
            for (BodyLinks.Found link : read(file)) {
                String address = resolve(file, link.address());
                Occurrence at = new Occurrence(file.toString(), link.line(), "");
                targets.merge(address, Target.of(address, at), (a, b) -> {
                    List<Occurrence> all = new ArrayList<>(a.occurrences());
                    all.addAll(b.occurrences());
                    return new Target(a.address(), all, a.documented());
                });
            }
        }
        return List.copyOf(targets.values());
    }

    private static List<BodyLinks.Found> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
        return isHtml(file) ? html(text) : BodyLinks.all(text);
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    private static List<BodyLinks.Found> html(String text) {
        Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        List<BodyLinks.Found> found = new ArrayList<>();
        for (Element e : doc.select(ELEMENTS)) {
            String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            String absolute = target.startsWith("//") ? "https:" + target : target;
            found.add(new BodyLinks.Found(absolute, e.sourceRange().startPos() < 0 ? 0 : e.sourceRange().start().lineNumber()));
        }
        return found;
    }

    private static String resolve(Path file, String written) {
        String text = written.strip();
        if (text.isEmpty() || text.startsWith("#") || text.startsWith("//") || AddressForm.SCHEME.matcher(text).find()) {
            return text;
        }
        int cut = indexOfAny(text, "?#");
        String path = cut < 0 ? text : text.substring(0, cut);
        Path local;
        try {
            local = (path.startsWith("/") ? Path.of(path) : file.toAbsolutePath().getParent().resolve(
                    java.net.URLDecoder.decode(path, StandardCharsets.UTF_8))).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return text;
        }
        if (!Files.exists(local) && AddressForm.BARE_HOST.matcher(text).matches()) {
            return text;
        }
        return local.toUri().toString();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
