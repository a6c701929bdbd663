package dev.syllabus.links;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

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
import java.util.function.Consumer;

/**
 * The links of Markdown and HTML files on disk. A relative link is a file beside the document and is checked on disk; one
 * that names no file but reads as a host ("huggingface.co/learn") is kept as written, so it is reported as a bare host.
 * In HTML, protocol-relative links ({@code //cdn.example.org/x}) are https, as a browser would load them.
 */
public final class DocumentTargets {
    /** The elements that link, each with the attribute that must hold its address. */
    private static final Map<String, String> LINKING = Map.of("a", "href", "area", "href", "link", "href", "img", "src",
            "script", "src", "iframe", "src", "source", "src", "video", "src", "audio", "src");

    private DocumentTargets() {
    }

    /** @throws IllegalArgumentException naming the file when it cannot be read as UTF-8 text */
    public static List<Target> of(List<Path> files) {
        return of(files, address -> { });
    }

    /**
     * The targets of {@code files}; {@code found} hears each address of an HTML file as soon as its element is read, so
     * a check can start on the first links of a long page while the rest is still being parsed.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read as UTF-8 text
     */
    public static List<Target> of(List<Path> files, Consumer<String> found) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (Path file : files) {
            for (BodyLinks.Found link : read(file, found)) {
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

    private static List<BodyLinks.Found> read(Path file, Consumer<String> found) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
        return isHtml(file) ? html(file, text, found) : BodyLinks.all(text);
    }

    static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /**
     * The links of a page in document order. Elements are handed to {@code found} as the parser closes them; the order and
     * lines reported come from the finished document, as a whole-page parse gives them.
     */
    private static List<BodyLinks.Found> html(Path file, String text, Consumer<String> found) {
        Document doc;
        try (StreamParser parser = new StreamParser(Parser.htmlParser().setTrackPosition(true)).parse(text, "")) {
            parser.stream().forEach(e -> {
                String link = link(e);
                if (link != null) {
                    found.accept(resolve(file, link));
                }
            });
            doc = parser.complete();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
        List<BodyLinks.Found> links = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String link = link(e);
            if (link != null) {
                links.add(new BodyLinks.Found(link, e.sourceRange().startPos() < 0 ? 0 : e.sourceRange().start().lineNumber()));
            }
        }
        return links;
    }

    /** The address an element links to as a browser would load it, or null for an element that links nowhere. */
    private static String link(Element e) {
        String attribute = LINKING.get(e.normalName());
        if (attribute == null || !e.hasAttr(attribute)) {
            return null;
        }
        String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        return target.startsWith("//") ? "https:" + target : target;
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
