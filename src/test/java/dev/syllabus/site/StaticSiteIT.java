package dev.syllabus.site;

import dev.syllabus.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.links.DocumentTargets;
import dev.syllabus.links.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The static export of the bundled knowledge base, opened from file:// in Debian's Chromium through Playwright at
 * desktop (1280x900) and phone (390x844) widths: search while typing and on the search page, following links, the
 * graph's area filter and the plan page, with no script error and no broken internal link. Screenshots go to
 * target/screenshots/ (static-*.png) for a person to look at.
 */
class StaticSiteIT {
    private static final Path CHROMIUM = Chromium.PATH;
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Path site;
    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> opened = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void export() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)");
        Files.createDirectories(SHOTS);
        site = Path.of("target/static-site-it/site").toAbsolutePath();
        SiteExport.run(ContentLoader.loadBundled(), site, Optional.empty());
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            browser.close();
            playwright.close();
        }
    }

    @AfterEach
    void shut() {
        opened.forEach(BrowserContext::close);
        assertThat(errors).as("script errors").isEmpty();
    }

    private Page open(int width, int height) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        opened.add(c);
        Page page = c.newPage();
        page.onPageError(e -> errors.add(page.url() + ": " + e));
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(page.url() + ": " + m.text());
            }
        });
        return page;
    }

    private static String url(String file) {
        return site.resolve(file).toUri().toString();
    }

    @Test
    void resultsWhileTypingForgiveATypoAndOpenThePage() {
        Page page = open(1280, 900);
        page.navigate(url("index.html"));
        page.locator("#q-head").pressSequentially("self atention", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
        page.locator(".ta-panel [role=option]").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-desktop-typeahead.png")));
        assertThat(page.locator(".ta-panel .ta-title").allTextContents()).contains("Self-attention");
        page.locator(".ta-panel [role=option][data-href$='/concepts/self-attention.html']").dispatchEvent("mousedown");
        page.waitForURL("**/concepts/self-attention.html");
        assertThat(page.locator("h1").textContent()).isEqualTo("Self-attention");
    }

    @Test
    void aPrefixFindsWhatItStartsOnTheSearchPage() {
        Page page = open(1280, 900);
        page.navigate(url("search.html") + "?q=rotar");
        page.locator("ol.results li a.title").first().waitFor();
        assertThat(page.locator("ol.results li a.title").allTextContents()).anyMatch(t -> t.toLowerCase().contains("rotary"));
        assertThat(page.locator("#q-page").inputValue()).isEqualTo("rotar");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-desktop-search.png")).setFullPage(true));
        page.locator("ol.results li a.title").first().click();
        page.waitForLoadState();
        assertThat(page.url()).startsWith(site.toUri().toString()).endsWith(".html");
        assertThat(page.locator("h1").textContent()).isNotBlank();
    }

    @Test
    void submittingTheSearchFormFromAPageDeepInTheSiteShowsResults() {
        Page page = open(390, 844);
        page.navigate(url("concepts/self-attention.html"));
        page.locator("#q-head").fill("karpathy");
        page.locator("#q-head").press("Enter");
        page.waitForURL("**/search.html?q=karpathy");
        page.locator("ol.results li a.title").first().waitFor();
        assertThat(page.locator("ol.results li a.title").allTextContents()).isNotEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-phone-search.png")));
    }

    @Test
    void linksLeadFromTheHomePageToAConceptItsPrerequisiteAndAResource() {
        Page page = open(1280, 900);
        page.navigate(url("index.html"));
        page.locator(".areas a[href='concepts/causal-masking.html']").click();
        page.waitForURL("**/concepts/causal-masking.html");
        page.locator("section[aria-labelledby=prereqs] a").first().click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/concepts/");
        page.locator("a[href*='resources/']").first().click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/resources/");
        page.locator("header.site a.brand").click();
        page.waitForURL("**/index.html");
    }

    @Test
    void theGraphsAreaFilterOpensThatAreasPage() {
        Page page = open(1280, 900);
        page.navigate(url("graph.html"));
        page.locator("#graph-area").selectOption("alignment");
        page.waitForURL("**/graph/alignment.html");
        assertThat(page.locator("h1").textContent()).contains("Alignment");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-desktop-graph-alignment.png")));
    }

    @Test
    void thePlanPageGivesTheCommandForTheChosenGoal() {
        Page page = open(390, 844);
        page.navigate(url("concepts/causal-masking.html"));
        page.locator("a.button", new Page.LocatorOptions().setHasText("Plan my way here")).click();
        page.waitForURL("**/plan.html?goal=causal-masking");
        assertThat(page.locator("[data-plan-command]").textContent()).isEqualTo("syllabus plan --goal causal-masking");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-phone-plan.png")).setFullPage(true));
    }

    @Test
    void theLabsShowTheirDefaultResultAndSayWhereToComputeOthers() {
        Page page = open(390, 844);
        page.navigate(url("index.html"));
        page.locator("header.site nav a", new Page.LocatorOptions().setHasText("Labs")).click();
        page.waitForURL("**/labs.html");
        page.locator(".lab-list h2 a", new Page.LocatorOptions().setHasText("Parameter counter")).click();
        page.waitForURL("**/labs/params.html");
        assertThat(page.locator(".lab-total").first().textContent()).isEqualTo("124,439,808");
        assertThat(page.locator(".lab-static").textContent()).contains("syllabus serve");
        assertThat(page.locator("script[src*='/lab.']").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-phone-lab.png")).setFullPage(true));
    }

    @Test
    void noPageIsWiderThanAPhone() throws IOException {
        Page page = open(390, 844);
        for (String file : List.of("index.html", "concepts/self-attention.html", "papers/index.html", "resources/index.html",
                "graph.html", "search.html", "plan.html", "404.html", "paths/paper-path.html", "labs.html", "labs/decode.html")) {
            page.navigate(url(file));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(file).isLessThanOrEqualTo(0);
        }
        page.navigate(url("concepts/self-attention.html"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("static-phone-concept.png")));
    }

    @Test
    void noInternalLinkOfAnyPageIsBroken() throws IOException {
        List<Path> pages = SiteExportTest.html(site);
        List<String> broken = new ArrayList<>();
        for (Target t : DocumentTargets.of(pages)) {
            if (t.address().startsWith("file:") && !Files.exists(Path.of(URI.create(t.address())))) {
                broken.add(t.address() + " from " + t.occurrences().get(0).file());
            }
        }
        assertThat(broken).isEmpty();
        assertThat(pages).hasSizeGreaterThan(250);
    }
}
