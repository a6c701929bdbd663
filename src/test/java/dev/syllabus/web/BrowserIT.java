package dev.syllabus.web;

import dev.syllabus.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks the wiki as a learner would, in Debian's Chromium driven by Playwright (which must never download a browser of
 * its own), at desktop (1280x900) and phone (390x844) widths, with and without JavaScript, and runs axe-core (vendored
 * in src/test/resources/axe) on every page kind. One browser for the class; each test opens the contexts it needs.
 * Screenshots go to target/screenshots/ for a person to look at.
 */
class BrowserIT {
    private static final Path CHROMIUM = Chromium.PATH;
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String PLAN = "/plan?goal=dpo&known=neural-networks&prefer=video&budget=12h&hoursPerWeek=5&start=2026-12-07";
    /** One page of every kind. */
    static final List<String> PAGES = List.of("/", "/concepts/self-attention", "/concepts/causal-masking",
            "/papers/dpo", "/resources/3b1b-attention-in-transformers", "/creators/andrej-karpathy", "/paths/paper-path",
            "/guides/topic-picks", "/concepts", "/papers", "/resources", "/creators", "/paths", "/guides",
            "/search?q=rope", "/search?q=qwxzv", "/graph", "/graph?area=alignment", "/plan", PLAN, "/concepts/nope");
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String axe;
    private static String base;
    private final List<BrowserContext> opened = new ArrayList<>();

    @BeforeAll
    static void launch() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)");
        Files.createDirectories(SHOTS);
        axe = Files.readString(Path.of("src/test/resources/axe/axe.min.js"), StandardCharsets.UTF_8);
        server = Servers.bundled();
        base = "http://127.0.0.1:" + server.port();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            browser.close();
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void shut() {
        opened.forEach(BrowserContext::close);
    }

    private Page desktop() {
        return open(1280, 900, true);
    }

    private Page phone() {
        return open(390, 844, true);
    }

    private Page open(int width, int height, boolean script) {
        // CSP is bypassed only so that the test can inject axe-core; the pages themselves need no inline script.
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setJavaScriptEnabled(script).setBypassCSP(true).setAcceptDownloads(true));
        opened.add(c);
        return c.newPage();
    }

    @Test
    void noPageIsWiderThanAPhoneWithOrWithoutJavaScript() {
        for (boolean script : List.of(true, false)) {
            Page page = open(390, 844, script);
            for (String path : PAGES) {
                page.navigate(base + path);
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as(path + (script ? "" : " without JavaScript")).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void axeFindsNoSeriousViolationOnAnyPageKindAtEitherWidth() {
        List<String> found = new ArrayList<>();
        for (Page page : List.of(desktop(), phone())) {
            for (String path : PAGES) {
                page.navigate(base + path);
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                @SuppressWarnings("unchecked")
                List<String> violations = (List<String>) page.evaluate("() => axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => v.id + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))");
                violations.forEach(v -> found.add(path + " (" + page.viewportSize().width + "px): " + v));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void screenshotsOfEveryPageKindAtBothWidths() {
        Page wide = desktop();
        Page narrow = phone();
        for (String path : PAGES) {
            String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
            name = name.length() > 40 ? name.substring(0, 40) : name;
            wide.navigate(base + path);
            wide.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-" + name + ".png")).setFullPage(true));
            narrow.navigate(base + path);
            narrow.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-" + name + ".png")));
        }
        assertThat(SHOTS.resolve("phone-home.png")).exists();
    }

    @Test
    void aConceptPageLeadsWithTheGuidesPicksAndThePartOfTheVideoToTheMinute() {
        Page page = phone();
        page.navigate(base + "/concepts/causal-masking");
        Locator start = page.locator("section.start .start-card");
        assertThat(start.count()).isGreaterThanOrEqualTo(2);
        assertThat(start.first().boundingBox().y).isLessThan(844);
        assertThat(page.locator("section.start a.deep").allTextContents()).anyMatch(t -> t.startsWith("11:08–"));
        assertThat(page.locator("main").innerText()).doesNotContain("(estimated)");
        BoundingBox aliases = page.locator(".aliases summary, p.aliases").first().boundingBox();
        assertThat(aliases.height).as("aliases on one line").isLessThan(30);
        assertThat(page.locator("h2#more + h3").first().textContent()).isIn("Introductory", "Intermediate", "Advanced");
    }

    @Test
    void formulasAreTypesetWithJavaScriptAndReadableAsTexWithout() {
        Page page = desktop();
        page.navigate(base + "/concepts/self-attention");
        page.waitForSelector(".math.typeset .katex");
        assertThat(page.locator(".math.display .katex-mathml math").count()).isPositive();
        Page plain = open(1280, 900, false);
        plain.navigate(base + "/concepts/self-attention");
        assertThat(plain.locator(".math.display").first().textContent()).contains("\\mathrm{softmax}", "\\sqrt{d_k}");
    }

    @Test
    void listPagesSortAndFilterInPlaceAndThroughTheirAddress() {
        Page page = desktop();
        page.navigate(base + "/papers");
        page.click("th[data-key=year] a");
        List<String> years = page.locator("tbody td[data-sort]:nth-child(3)").allTextContents();
        assertThat(years).isSortedAccordingTo(String::compareTo);
        page.click("th[data-key=year] a");
        assertThat(page.locator("tbody tr").first().locator("td").nth(1).textContent())
                .isEqualTo(years.get(years.size() - 1));
        assertThat(page.url()).contains("sort=year", "order=desc");
        page.navigate(base + "/resources");
        page.selectOption("#filter-kind", "video");
        assertThat(page.locator("tbody tr:not([hidden]) td:nth-child(2)").allTextContents()).isNotEmpty().allMatch("Video"::equals);
        Page plain = open(390, 844, false);
        plain.navigate(base + "/resources");
        plain.selectOption("#filter-kind", "blog-post");
        plain.click(".index-filters button");
        assertThat(plain.url()).contains("kind=blog-post");
        assertThat(plain.locator("tbody td:nth-child(2)").allTextContents()).isNotEmpty().allMatch("Blog post"::equals);
        plain.click("th[data-key=length] a");
        assertThat(plain.url()).contains("sort=length", "kind=blog-post");
        for (String index : List.of("/concepts", "/creators", "/paths", "/guides")) {
            assertThat(plain.navigate(base + index).status()).as(index).isEqualTo(200);
            assertThat(plain.locator("table.index tbody tr").count()).as(index).isPositive();
        }
    }

    @Test
    void onAPhoneTheFirstSearchResultShowsWithoutScrollingAndKindsReadAsWords() {
        for (boolean script : List.of(true, false)) {
            Page page = open(390, 844, script);
            page.navigate(base + "/search?q=attention+blog");
            BoundingBox first = page.locator("ol.results > li").first().boundingBox();
            assertThat(first.y + first.height).as("first result bottom").isLessThanOrEqualTo(844);
            assertThat(page.locator("details.filters").getAttribute("open")).isNull();
            assertThat(page.locator("ol.results .what").allTextContents()).anyMatch(t -> t.contains("Blog post"))
                    .noneMatch(t -> t.contains("blog-post"));
        }
        Page page = desktop();
        page.navigate(base + "/search?q=attention");
        assertThat(page.locator("details.filters nav.facet").first().isVisible()).as("filters beside the results").isTrue();
        page.click("nav[aria-label='Filter by Kind'] a:text-is('Video')");
        assertThat(page.url()).contains("kind=video");
        page.locator("ol.results .what").allTextContents().forEach(k -> assertThat(k).contains("Video"));
    }

    @Test
    void aSearchWithNoResultOffersSuggestions() {
        Page page = phone();
        page.navigate(base + "/search?q=qwxzvb&kind=video");
        assertThat(page.locator("h2#results").textContent()).startsWith("No results");
        assertThat(page.locator(".zero a").allTextContents()).contains("The same search without filters").hasSizeGreaterThan(2);
    }

    @Test
    void typingInTheSearchBoxShowsResultsInAPanel() {
        Page page = desktop();
        page.navigate(base + "/concepts/self-attention");
        page.locator("#q-head").pressSequentially("rotary");
        page.waitForSelector(".ta-panel [role=option]");
        assertThat(page.locator("#q-head").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.locator(".ta-panel [role=option] .ta-title").first().textContent()).isEqualTo("Rotary position embedding");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.waitForURL("**/concepts/rotary-position-embedding");
        assertThat(page.locator("datalist").count()).isZero();
    }

    @Test
    void theGraphFitsTheScreenZoomsAndLightsUpANodesNeighbours() {
        Page page = desktop();
        page.navigate(base + "/graph");
        BoundingBox svg = page.locator("svg.graph").boundingBox();
        assertThat(svg.width).isLessThanOrEqualTo(1280);
        assertThat(svg.height).as("the whole graph fits one screen").isLessThanOrEqualTo(900);
        String before = page.locator("svg.graph").getAttribute("viewBox");
        page.click("button[data-zoom=in]");
        assertThat(page.locator("svg.graph").getAttribute("viewBox")).isNotEqualTo(before);
        page.click("button[data-zoom=fit]");
        page.hover("svg.graph a.node[data-slug='self-attention']");
        assertThat(page.locator("svg.graph a.node.hl[data-slug='attention-mechanism']").count()).isEqualTo(1);
        assertThat(page.locator("svg.graph .edges path.hl").count()).isGreaterThanOrEqualTo(2);
        page.mouse().move(1, 1);
        page.focus("svg.graph a.node[data-slug='rlhf']");
        assertThat(page.locator("svg.graph a.node.focus").getAttribute("data-slug")).isEqualTo("rlhf");
        page.selectOption("#graph-area", "alignment");
        page.waitForURL("**/graph?area=alignment");
        assertThat(page.locator("svg.graph a.node[data-area=alignment]").count()).isPositive();
        page.click("svg.graph a.node[data-slug='rlhf']");
        page.waitForURL("**/concepts/rlhf");
        Page small = phone();
        small.navigate(base + "/graph");
        assertThat(small.locator("svg.graph").isVisible()).isFalse();
        assertThat(small.locator(".graph-list li > a[href='/concepts/self-attention']").first().isVisible()).isTrue();
    }

    @Test
    void paperAndPathPagesPlanTheWayThereAndLongGuidesHaveContents() {
        Page page = open(1280, 900, false);
        page.navigate(base + "/papers/dpo");
        page.click("text=Plan my way here");
        assertThat(page.url()).contains("/plan?goal=dpo");
        assertThat(page.locator("ol.todo > li").count()).isGreaterThan(3);
        page.navigate(base + "/paths/lightweight-path");
        page.click("text=Plan my way here");
        assertThat(page.url()).contains("goal=lightweight-path");
        page.navigate(base + "/guides/topic-picks");
        assertThat(page.locator("nav.toc a").count()).isGreaterThan(10);
        page.click("nav.toc a[href='#topic-3']");
        assertThat(page.url()).endsWith("#topic-3");
    }

    @Test
    void hoveringAWikiLinkPreviewsItsPage() {
        Page page = desktop();
        page.navigate(base + "/concepts/self-attention");
        page.hover("section[aria-labelledby=prereqs] a[href='/concepts/attention-mechanism']");
        page.waitForSelector(".preview:not([hidden])");
        assertThat(page.locator(".preview strong").textContent()).isEqualTo("Attention mechanism");
        page.keyboard().press("Escape");
        assertThat(page.locator(".preview").isHidden()).isTrue();
    }

    @Test
    void aPlanOnAPhoneShowsItsFirstStepAtOnceAndItsWeeksWithAFoldedForm() {
        for (boolean script : List.of(true, false)) {
            Page page = open(390, 844, script);
            page.navigate(base + PLAN);
            BoundingBox first = page.locator("ol.todo > li h3").first().boundingBox();
            assertThat(first.y + first.height).as("first step").isLessThanOrEqualTo(844);
            assertThat(page.locator("details.plan-edit").getAttribute("open")).isNull();
            assertThat(page.locator(".agenda li .day").first().textContent()).startsWith("Mon 7 Dec");
            assertThat(page.locator("ol.todo .why").first().textContent()).doesNotContain(" → ");
            assertThat(page.locator("meta[property='og:title']").getAttribute("content")).startsWith("Study plan: ");
            assertThat(page.locator("meta[property='og:description']").getAttribute("content")).contains("things to study");
        }
        Page page = desktop();
        page.navigate(base + PLAN);
        assertThat(page.locator("#plan-graph ~ .graph-box svg.graph a.node[data-slug='direct-preference-optimization']").count()).isEqualTo(1);
        // A step grouped under "Let's build GPT" lists the concepts it teaches, not its own title among them.
        assertThat(page.locator("ol.todo .teaches").allTextContents()).anyMatch(t -> t.contains("Feed-forward layers"))
                .noneMatch(t -> t.contains("Watch \""));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.site").isVisible()).isFalse();
        assertThat(page.locator("details.plan-edit").isVisible()).isFalse();
        assertThat(page.locator("ol.todo > li").first().isVisible()).isTrue();
        page.pdf(new Page.PdfOptions().setPath(SHOTS.resolve("plan-print.pdf")));
    }

    @Test
    void thePlanFormMakesAPlanAndDownloadsItAsACalendar() throws IOException {
        Page page = desktop();
        page.navigate(base + "/");
        page.selectOption("#goal-home", "lora");
        page.click("form[action='/plan'] button");
        assertThat(page.url()).contains("/plan?goal=lora");
        page.click("details.plan-edit summary");
        page.fill("#hoursPerWeek", "5");
        page.fill("#start", "2026-12-01");
        page.click("text=Make my plan");
        assertThat(page.url()).contains("goal=lora").contains("hoursPerWeek=5").contains("start=2026-12-01");
        assertThat(page.locator("ol.todo > li").count()).isGreaterThan(2);
        Download ics = page.waitForDownload(() -> page.click("text=Calendar (ICS)"));
        String calendar = Files.readString(ics.path());
        assertThat(ics.suggestedFilename()).endsWith(".ics");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261201");
    }

    @Test
    void aSegmentDeepLinkOpensTheVideoAtItsTimestamp() {
        Page page = desktop();
        page.route("https://youtube.com/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html").setBody("<title>video stand-in</title>")));
        page.navigate(base + "/resources/3b1b-attention-in-transformers");
        var deep = page.locator("ol.segments a.deep", new Page.LocatorOptions().setHasText("11:08"));
        assertThat(deep.getAttribute("rel")).isEqualTo("noopener noreferrer");
        deep.click();
        page.waitForURL("**t=668s");
        assertThat(page.url()).contains("eMlx5fFNoYc").endsWith("&t=668s");
    }

    @Test
    void aMistypedAddressSuggestsTheRightPage() {
        Page page = desktop();
        Response response = page.navigate(base + "/concepts/self-atention");
        assertThat(response.status()).isEqualTo(404);
        page.click("main ul.links a[href='/concepts/self-attention']");
        assertThat(page.textContent("h1")).isEqualTo("Self-attention");
    }

    @Test
    void pagesFollowTheDarkSystemSetting() {
        BrowserContext dark = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setColorScheme(ColorScheme.DARK).setDeviceScaleFactor(2));
        opened.add(dark);
        Page small = dark.newPage();
        small.navigate(base + "/concepts/causal-masking");
        small.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-dark-concept.png")));
        assertThat((String) small.evaluate("() => getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(17, 20, 24)");
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        Page page = desktop();
        page.navigate(base + "/");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
        page.keyboard().press("Enter");
        page.waitForURL("**#main");
        assertThat(page.url()).endsWith("#main");
    }
}
