package dev.syllabus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's knowledge base as a Hugo site: one Markdown page per entity (wiki links as Markdown links, the
 * typed links in front matter), a section per entity type, and templates that show what our pages show at their
 * simplest: title, facts, the linked entities by title, the body, list pages of every section and a home page by
 * area. Relative and file-named addresses (relativeURLs, uglyURLs), as our export writes them.
 */
final class HugoSite {
    private static final Pattern WIKI = Pattern.compile("\\[\\[([a-z0-9-]+)]]");
    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · Bench</title><link rel="stylesheet" href="/site.css"></head>
            <body><header><a href="/">Home</a> {{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """;
    private static final String SINGLE = """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>
            {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
            <dl>{{ range $k, $v := .Params.facts }}<dt>{{ $k }}</dt><dd>{{ $v }}</dd>{{ end }}</dl>
            {{ with .Params.links }}<ul class="links">{{ range . }}{{ $role := .role }}{{ with site.GetPage .path }}<li>{{ $role }}: <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
            {{ .Content }}
            <p>Same section: {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
            </article>{{ end }}
            """;
    private static final String LIST = """
            {{ define "main" }}<h1>{{ .Title }}</h1><table><tbody>
            {{ range .Pages }}<tr><th><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.summary }}</td></tr>{{ end }}
            </tbody></table>{{ end }}
            """;
    private static final String HOME = """
            {{ define "main" }}<h1>Bench</h1>
            {{ range (where site.RegularPages "Section" "concepts").GroupByParam "area" }}<section><h2>{{ .Key }}</h2><ol>
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></section>{{ end }}{{ end }}
            """;

    private HugoSite() {
    }

    static void write(List<SiteBenchContent.Item> items, Path root) throws IOException {
        Map<String, SiteBenchContent.Item> bySlug = new HashMap<>();
        items.forEach(i -> bySlug.put(i.slug(), i));
        write(root.resolve("hugo.toml"), """
                baseURL = "https://example.org/"
                title = "Bench"
                relativeURLs = true
                uglyURLs = true
                disableKinds = ["taxonomy", "term", "RSS"]
                [markup.goldmark.renderer]
                unsafe = false
                """);
        write(root.resolve("layouts/_default/baseof.html"), BASEOF);
        write(root.resolve("layouts/_default/single.html"), SINGLE);
        write(root.resolve("layouts/_default/list.html"), LIST);
        write(root.resolve("layouts/index.html"), HOME);
        write(root.resolve("static/site.css"), "body { font-family: sans-serif; max-width: 60rem; margin: auto; }\n");
        for (String folder : List.of("concepts", "resources", "papers", "creators")) {
            write(root.resolve("content/" + folder + "/_index.md"), "---\ntitle: " + Character.toUpperCase(folder.charAt(0))
                    + folder.substring(1) + "\n---\n");
        }
        for (SiteBenchContent.Item item : items) {
            StringBuilder front = new StringBuilder("---\ntitle: \"" + item.title() + "\"\n");
            item.ours().stream().filter(l -> l.startsWith("summary: ") || l.startsWith("area: ")).forEach(l -> front.append(l).append('\n'));
            front.append("facts:\n");
            item.ours().stream().filter(l -> !l.startsWith(" ") && !l.startsWith("summary: ") && !l.startsWith("title: ")
                    && !l.endsWith(":")).forEach(l -> front.append("  ").append(l.replaceFirst(": ", ": \"").replace("\"\"", "\"")).append("\"\n"));
            if (!item.links().isEmpty()) {
                front.append("links:\n");
                item.links().forEach(l -> front.append("  - role: ").append(l.role()).append("\n    path: /").append(l.folder())
                        .append('/').append(l.slug()).append('\n'));
            }
            front.append("---\n");
            Matcher m = WIKI.matcher(item.body());
            StringBuilder body = new StringBuilder();
            while (m.find()) {
                SiteBenchContent.Item target = bySlug.get(m.group(1));
                m.appendReplacement(body, Matcher.quoteReplacement("[" + target.title() + "](/" + target.folder() + "/" + target.slug() + ".html)"));
            }
            m.appendTail(body);
            write(root.resolve("content/" + item.folder() + "/" + item.slug() + ".md"), front + body.toString());
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
