package dev.syllabus.web;

import dev.syllabus.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each lab used in Debian's Chromium as a learner would: with JavaScript the result follows the inputs without leaving
 * the page; without it the form posts back and the server's page shows the result. The figures checked are the
 * published ones of issue 15 (GPT-2's counts, "Hello world!" in o200k_base, the top-p example, Chinchilla's fitted
 * law). Screenshots of the list of labs and of every lab, at 1280 and 390x844, go to target/screenshots/lab-*.png.
 */
class LabsBrowserIT {
    private static final Path CHROMIUM = Chromium.PATH;
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final LocatorAssertions.HasTextOptions WAIT = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    private static final LocatorAssertions.ContainsTextOptions SAYS = new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private final List<BrowserContext> opened = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void launch() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)");
        Files.createDirectories(SHOTS);
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
        assertThat(errors).as("script errors").isEmpty();
    }

    private Page open(int width, int height, boolean script) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(script));
        opened.add(c);
        Page page = c.newPage();
        page.onPageError(e -> errors.add(page.url() + ": " + e));
        return page;
    }

    /** Opens a lab's page, lets {@code input} change its form, and submits it when the page has no script. */
    private Page use(String lab, boolean script, java.util.function.Consumer<Page> input) {
        Page page = open(1280, 900, script);
        page.navigate(base + "/labs/" + lab);
        input.accept(page);
        if (!script) {
            page.locator("form.lab-form button[type=submit]").click();
            page.waitForLoadState();
        }
        return page;
    }

    private static Locator result(Page page) {
        return page.locator("[data-lab-result]");
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void theParameterCounterCountsGpt2Medium(boolean script) {
        Page page = use("params", script, p -> p.selectOption("#lab-params-preset", "gpt2-medium"));
        PlaywrightAssertions.assertThat(result(page).locator(".lab-total")).hasText("354,823,168", WAIT);
        assertThat(page.url().contains("preset=gpt2-medium")).as("the form left the page").isEqualTo(!script);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void theScalingCalculatorAppliesChinchillasFittedLaw(boolean script) {
        Page page = use("scaling", script, p -> {
            p.fill("#lab-scaling-params", "1e9");
            p.fill("#lab-scaling-tokens", "2e10");
        });
        double loss = 1.69 + 406.4 / Math.pow(1e9, 0.34) + 410.7 / Math.pow(2e10, 0.28);
        PlaywrightAssertions.assertThat(result(page).locator(".lab-total").first()).hasText(String.format(Locale.ROOT, "%.4f", loss), WAIT);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void theTokenizerShowsHelloWorldInO200k(boolean script) {
        Page page = use("tokenize", script, p -> {
            p.fill("#lab-tokenize-text", "Hello world!");
            p.selectOption("#lab-tokenize-encoding", "o200k_base");
        });
        PlaywrightAssertions.assertThat(result(page).locator(".tok-id")).hasText(new String[] {"13225", "2375", "0"},
                WAIT);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void theBpeTrainerLearnsAsManyMergesAsAsked(boolean script) {
        Page page = use("bpe", script, p -> {
            p.fill("#lab-bpe-text", "banana bandana banana");
            p.fill("#lab-bpe-merges", "3");
        });
        PlaywrightAssertions.assertThat(result(page).locator("table.lab-table tbody tr")).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void theDecodingSandboxKeepsThreeAtTopP09AndRenormalises(boolean script) {
        Page page = use("decode", script, p -> {
            p.fill("#lab-decode-logits", "2, 1, 0, -1");
            p.fill("#lab-decode-top-p", "0.9");
        });
        double kept = Math.exp(2) + Math.exp(1) + 1;
        PlaywrightAssertions.assertThat(result(page).locator("td.lab-total")).hasText(new String[] {
                String.format(Locale.ROOT, "%.4f", Math.exp(2) / kept), String.format(Locale.ROOT, "%.4f", Math.exp(1) / kept),
                String.format(Locale.ROOT, "%.4f", 1 / kept), "0.0000"}, WAIT);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void thePositionsLabShowsRopeScoresEqualAtEachOffset(boolean script) {
        Page page = use("positions", script, p -> {
            p.fill("#lab-positions-positions", "8");
            p.fill("#lab-positions-dimension", "16");
        });
        Locator pairs = result(page).locator("table.lab-table tbody tr:not(.spread) td:nth-child(2)");
        pairs.first().waitFor();
        page.waitForFunction("() => [...document.querySelectorAll('[data-lab-result] tbody tr:not(.spread) td:nth-child(2)')]"
                + ".every(td => td.textContent.split(', ').every(n => Number(n) < 8))");
        for (String spread : result(page).locator("tr.spread td:nth-child(3)").allTextContents()) {
            assertThat(Double.parseDouble(spread)).as("RoPE spread at one offset").isLessThan(1e-6);
        }
        PlaywrightAssertions.assertThat(result(page).locator("svg.lab-svg")).hasCount(2);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aNegativeWidthIsRefusedInThePageNamingTheField(boolean script) {
        Page page = use("params", script, p -> p.fill("#lab-params-width", "-768"));
        PlaywrightAssertions.assertThat(result(page).locator("[role=alert]")).containsText("width: must be a whole number from 1 to 100,000", SAYS);
        PlaywrightAssertions.assertThat(page.locator("#lab-params-width")).hasAttribute("aria-invalid", "true");
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void tenToTheThirtyTokensIsRefusedInThePage(boolean script) {
        Page page = use("scaling", script, p -> p.fill("#lab-scaling-tokens", "1e30"));
        PlaywrightAssertions.assertThat(result(page).locator("[role=alert]")).containsText("tokens: must be from 1,000 to 1.000e16", SAYS);
    }

    @ParameterizedTest(name = "with JavaScript: {0}")
    @ValueSource(booleans = {true, false})
    void aMegabyteOfTextIsRefusedInThePageWithTheLimit(boolean script) {
        Page page = use("tokenize", script, p -> p.locator("#lab-tokenize-text").evaluate("(t) => { t.value = 'a'.repeat(1 << 20); "
                + "t.dispatchEvent(new Event('input', {bubbles: true})); }"));
        PlaywrightAssertions.assertThat(result(page).locator("[role=alert], .warning").first()).containsText("4,000 characters", SAYS);
    }

    @Test
    void theListOfLabsIsInTheNavigationAndLeadsToEveryLab() {
        Page page = open(390, 844, false);
        page.navigate(base + "/");
        page.locator("header.site nav a", new Page.LocatorOptions().setHasText("Labs")).click();
        page.waitForURL("**/labs");
        PlaywrightAssertions.assertThat(page.locator("header.site nav a[aria-current=page]")).hasText("Labs");
        List<String> labs = page.locator(".lab-list h2 a").allTextContents();
        assertThat(labs).containsExactly(java.util.Arrays.stream(dev.syllabus.lab.Lab.values()).map(dev.syllabus.lab.Lab::title).toArray(String[]::new));
        page.locator(".lab-list h2 a", new Page.LocatorOptions().setHasText("Tokenizer")).click();
        page.waitForURL("**/labs/tokenize");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tokenizer");
    }

    @Test
    void screenshotsOfTheLabsAtBothWidthsAndNoneWiderThanAPhone() {
        Page wide = open(1280, 900, true);
        Page narrow = open(390, 844, true);
        List<String> paths = new ArrayList<>(List.of("/labs"));
        for (dev.syllabus.lab.Lab lab : dev.syllabus.lab.Lab.values()) {
            paths.add("/labs/" + lab.id());
        }
        paths.add("/labs/decode?source=ngram&strategy=contrastive");
        for (String path : paths) {
            String name = path.substring(1).replaceAll("[^a-z0-9]+", "-");
            wide.navigate(base + path);
            wide.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lab-desktop-" + name + ".png")).setFullPage(true));
            narrow.navigate(base + path);
            narrow.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("lab-phone-" + name + ".png")).setFullPage(true));
            Object overflow = narrow.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
        }
    }
}
