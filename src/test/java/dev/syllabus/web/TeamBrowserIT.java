package dev.syllabus.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.syllabus.browser.Chromium;
import dev.syllabus.progress.AccountName;
import dev.syllabus.progress.Accounts;
import dev.syllabus.progress.Database;
import dev.syllabus.progress.DatabaseAddress;
import dev.syllabus.progress.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A team server in Debian's Chromium: two learners in two browser contexts (two people's browsers) log in on one
 * server over PostgreSQL; a step one marks done shows for them after a reload and never for the other. Screenshots of
 * the login page and a logged-in concept page, at 1280 and 390 px, go to target/screenshots/team-*.png.
 */
class TeamBrowserIT {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/valid");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String CONCEPT = "/concepts/self-attention";
    private static WebServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void launch() throws IOException {
        assumeTrue(Files.isExecutable(Chromium.PATH), "browser tests need Debian's chromium at /usr/bin/chromium");
        Files.createDirectories(SHOTS);
        DatabaseAddress address = Postgres.freshDatabase();
        try (Database setup = Database.open(address)) {
            Accounts accounts = new Accounts(setup, Clock.systemUTC());
            accounts.create(new AccountName("ana"), "ana's passphrase");
            accounts.create(new AccountName("bob"), "bob's passphrase");
        }
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, Optional.of(FIXTURES), false, Clock.systemUTC(),
                Optional.of(Database.open(address)), true));
        base = "http://127.0.0.1:" + server.port();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStepOneAccountMarksDoneIsNotVisibleToTheOther() {
        try (BrowserContext anas = browser.newContext(); BrowserContext bobs = browser.newContext()) {
            Page ana = logIn(anas, "ana", "ana's passphrase");
            Page bob = logIn(bobs, "bob", "bob's passphrase");
            ana.locator("#progress-concept-self-attention button[value=done]").click();
            ana.waitForURL("**" + CONCEPT + "*");
            ana.reload();
            assertThat(ana.locator("#progress-concept-self-attention").innerText()).contains("Done on");
            bob.reload();
            assertThat(bob.locator("#progress-concept-self-attention").innerText()).doesNotContain("Done on");
            shoot(ana, "team-concept");
        }
    }

    @Test
    void withoutLoggingInTheWikiReadsAndOffersALogIn() {
        try (BrowserContext anyone = browser.newContext()) {
            Page page = anyone.newPage();
            page.navigate(base + CONCEPT);
            assertThat(page.locator("form[action='/progress']").count()).isZero();
            page.locator(".progress-login a").click();
            page.waitForURL("**/login?return=*");
            shoot(page, "team-login");
            page.fill("#login-name", "ana");
            page.fill("#login-password", "ana's passphrase");
            page.locator("form.login button").click();
            page.waitForURL("**" + CONCEPT);
            assertThat(page.locator("form[action='/progress']").count()).isPositive();
        }
    }

    private static Page logIn(BrowserContext context, String name, String password) {
        Page page = context.newPage();
        page.navigate(base + "/login?return=" + CONCEPT);
        page.fill("#login-name", name);
        page.fill("#login-password", password);
        page.locator("form.login button").click();
        page.waitForURL("**" + CONCEPT);
        return page;
    }

    private static void shoot(Page page, String name) {
        for (int width : new int[]{1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + ".png")).setFullPage(true));
        }
    }
}
