package dev.syllabus.web;

import dev.syllabus.browser.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page kind under the server's Content-Security-Policy, enforced (unlike {@link BrowserIT}, which bypasses it to
 * inject axe-core): the policy blocks an injected inline script, and our own pages, scripts, formulas, type-ahead,
 * previews and graph never trip it.
 */
class ContentSecurityPolicyIT {
    private static final Path CHROMIUM = Chromium.PATH;
    private static final String RECORD_VIOLATIONS = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
            + "e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private BrowserContext context;
    private final List<String> console = new ArrayList<>();

    @BeforeAll
    static void launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)");
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

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.addInitScript(RECORD_VIOLATIONS);
    }

    @AfterEach
    void shut() {
        context.close();
    }

    private Page page() {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                console.add(m.text());
            }
        });
        page.onPageError(e -> console.add("script error: " + e));
        return page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page) {
        return (List<String>) page.evaluate("() => window.__violations");
    }

    @Test
    void theBrowserRefusesAnInlineScriptOnOurPages() {
        Page page = page();
        page.navigate(base + "/concepts/self-attention");
        Object ran = page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true';"
                + " document.body.appendChild(s); return window.__ran === true; }");
        assertThat(ran).as("an injected inline script ran").isEqualTo(false);
        assertThat(violations(page)).anyMatch(v -> v.startsWith("script-src"));
    }

    @Test
    void noPageKindTripsThePolicy() {
        Page page = page();
        List<String> found = new ArrayList<>();
        for (String path : BrowserIT.PAGES) {
            page.navigate(base + path);
            page.waitForLoadState();
            violations(page).forEach(v -> found.add(path + ": " + v));
        }
        assertThat(found).isEmpty();
        assertThat(console).isEmpty();
    }

    @Test
    void formulasTypeAheadPreviewsAndTheGraphWorkUnderThePolicy() {
        Page page = page();
        page.navigate(base + "/concepts/self-attention");
        page.waitForSelector(".math.typeset .katex");
        page.hover("section[aria-labelledby=prereqs] a[href='/concepts/attention-mechanism']");
        page.waitForSelector(".preview:not([hidden])");
        page.locator("#q-head").pressSequentially("rotary");
        page.waitForSelector(".ta-panel [role=option]");
        assertThat(violations(page)).isEmpty();
        page.navigate(base + "/graph");
        String before = page.locator("svg.graph").getAttribute("viewBox");
        page.click("button[data-zoom=in]");
        assertThat(page.locator("svg.graph").getAttribute("viewBox")).isNotEqualTo(before);
        page.navigate(base + "/papers");
        page.click("th[data-key=year] a");
        assertThat(violations(page)).isEmpty();
        assertThat(console).isEmpty();
    }
}
