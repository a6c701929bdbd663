package dev.syllabus.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.syllabus.browser.Chromium;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A learner in Chromium, with and without JavaScript, each on a server with a fresh progress database: marks two steps
 * of a plan done, reloads, finds them gone from the plan (and under Left out), and the path's progress bar moved.
 */
class ProgressBrowserIT {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String PATH = "lightweight-path";
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws IOException {
        assumeTrue(Files.isExecutable(Chromium.PATH), "Debian's chromium is needed at " + Chromium.PATH);
        Files.createDirectories(SHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void twoStepsMarkedDoneLeaveThePlanAndMoveThePathsBar(boolean script) throws IOException {
        Path db = Files.createTempDirectory("progress-browser").resolve("progress.db");
        try (WebServer server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.of(Path.of("content")), false,
                Clock.systemUTC(), Optional.of(Database.open(DatabaseAddress.sqlite(db)))));
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                     .setJavaScriptEnabled(script))) {
            String base = "http://127.0.0.1:" + server.port();
            Page page = context.newPage();
            page.navigate(base + "/paths/" + PATH);
            assertThat(page.locator("#progress-path-" + PATH).getAttribute("value")).isEqualTo("0");

            page.navigate(base + "/plan?goal=" + PATH);
            List<String> first = page.locator("ol.todo > li h3 a").allTextContents().subList(0, 2);
            for (int n = 0; n < 2; n++) {
                page.locator("ol.todo > li").first().locator("form.progress button[value=done]").click();
                page.waitForLoadState();
            }
            page.reload();
            List<String> left = page.locator("ol.todo > li h3 a").allTextContents();
            assertThat(left).doesNotContainAnyElementsOf(first);
            assertThat(page.locator("#omitted + ul").textContent()).contains(first);
            assertThat(page.locator("#progress-plan").getAttribute("value")).isNotEqualTo("0");
            shoot(page, "plan", script);

            page.navigate(base + "/paths/" + PATH);
            // The two resources are items of the path, and what they explain counts on the path too.
            int done = Integer.parseInt(page.locator("#progress-path-" + PATH).getAttribute("value"));
            assertThat(done).isGreaterThanOrEqualTo(2);
            assertThat(page.locator("ol.items form.progress.is-done").count()).isEqualTo(done);
            shoot(page, "path", script);

            page.locator("ol.items form.progress.is-done button[value=clear]").first().click();
            page.waitForLoadState();
            assertThat(Integer.parseInt(page.locator("#progress-path-" + PATH).getAttribute("value"))).isLessThan(done);

            page.navigate(base + "/resources/karpathy-lets-build-gpt");
            shoot(page, "resource", script);
            page.navigate(base + "/concepts/self-attention");
            shoot(page, "concept", script);
        }
    }

    private static void shoot(Page page, String name, boolean script) {
        if (!script) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("progress-desktop-" + name + ".png")).setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("progress-phone-" + name + ".png")).setFullPage(true));
        page.setViewportSize(1280, 900);
    }
}
