package dev.syllabus.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Walks the wiki as a new learner would, in Debian's Chromium driven by Playwright (which must never download a browser
 * of its own). Screenshots go to target/screenshots/ for a person to look at.
 */
class BrowserIT {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;
    private String base;

    @BeforeAll
    static void launch() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)");
        Files.createDirectories(SHOTS);
        server = Servers.bundled();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
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

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        page = context.newPage();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void shut() {
        context.close();
    }

    @Test
    void aNewLearnerGoesFromTheHomePageToAConcept() {
        page.navigate(base + "/");
        shot("01-home");
        page.click("#curriculum a[href='/concepts/self-attention']");
        assertThat(page.url()).endsWith("/concepts/self-attention");
        assertThat(page.textContent("h1")).isEqualTo("Self-attention");
        assertThat(page.locator("svg.graph a.node").count()).isGreaterThan(1);
        shot("02-concept");
    }

    @Test
    void aSegmentDeepLinkOpensTheVideoAtItsTimestamp() {
        page.route("https://youtube.com/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200).setContentType("text/html").setBody("<title>video stand-in</title>")));
        page.navigate(base + "/resources/3b1b-attention-in-transformers");
        shot("03-resource");
        var deep = page.locator("ol.segments a.deep", new com.microsoft.playwright.Page.LocatorOptions().setHasText("at 11:08"));
        assertThat(deep.getAttribute("rel")).isEqualTo("noopener noreferrer");
        deep.click();
        page.waitForURL("**t=668s");
        assertThat(page.url()).contains("eMlx5fFNoYc").endsWith("&t=668s");
    }

    @Test
    void thePlanBuilderMakesAPlanAndDownloadsItAsACalendar() throws IOException {
        page.navigate(base + "/");
        page.selectOption("#goal-home", "lora");
        page.click("form[action='/plan'] button");
        assertThat(page.url()).contains("/plan?goal=lora");
        page.fill("#hoursPerWeek", "5");
        page.fill("#start", "2026-12-01");
        page.click("text=Make my plan");
        assertThat(page.url()).contains("goal=lora").contains("hoursPerWeek=5").contains("start=2026-12-01");
        assertThat(page.locator("ol.steps > li").count()).isGreaterThan(3);
        shot("04-plan");
        Download ics = page.waitForDownload(() -> page.click("text=Calendar (ICS)"));
        String calendar = Files.readString(ics.path());
        assertThat(ics.suggestedFilename()).endsWith(".ics");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261201");
    }

    @Test
    void aSearchNarrowedByAFilterShowsOnlyThatKind() {
        page.navigate(base + "/");
        page.fill("#q-head", "attention");
        page.press("#q-head", "Enter");
        page.waitForURL("**/search?q=attention");
        page.click("nav[aria-label='Filter by kind'] a:text-is('video')");
        assertThat(page.url()).contains("kind=video");
        assertThat(page.locator("ol.results > li").count()).isPositive();
        page.locator("ol.results .kind").allTextContents().forEach(k -> assertThat(k).isEqualTo("video"));
        shot("05-search-filtered");
    }

    @Test
    void typingInTheSearchBoxOffersSuggestions() {
        page.navigate(base + "/search");
        page.locator("#q-page").pressSequentially("atten");
        page.waitForFunction("() => document.querySelectorAll('datalist option').length > 0");
        assertThat(page.locator("datalist option").first().getAttribute("value")).startsWith("atten");
    }

    @Test
    void clickingANodeOfTheGraphOpensItsConcept() {
        page.navigate(base + "/graph");
        shot("06-graph");
        page.click("svg.graph a.node[data-slug='multi-head-attention']");
        page.waitForURL("**/concepts/multi-head-attention");
        assertThat(page.textContent("h1")).isEqualTo("Multi-head attention");
    }

    @Test
    void aMistypedAddressSuggestsTheRightPage() {
        Response response = page.navigate(base + "/concepts/self-atention");
        assertThat(response.status()).isEqualTo(404);
        shot("07-not-found");
        page.click("main ul.links a[href='/concepts/self-attention']");
        assertThat(page.textContent("h1")).isEqualTo("Self-attention");
    }

    @Test
    void pagesFitAPhoneAndFollowTheDarkSystemSetting() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setColorScheme(ColorScheme.DARK).setDeviceScaleFactor(2));
        Page small = phone.newPage();
        for (String path : List.of("/", "/concepts/causal-masking", "/plan?goal=dpo", "/search?q=rope")) {
            small.navigate(base + path);
            Object overflow = small.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
        }
        small.navigate(base + "/concepts/causal-masking");
        small.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("08-phone-dark-concept.png")).setFullPage(false));
        String background = (String) small.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(background).isEqualTo("rgb(17, 20, 24)");
        phone.close();
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        page.navigate(base + "/");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("#main");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
