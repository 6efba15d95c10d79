package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The workbench in a real browser (Debian's chromium and chromium-driver, headless): type a query,
 * click a facet, open a document, export the CSV, and no console error (a Content-Security-Policy
 * violation is one) on any page. Skipped, saying why, only where no browser is installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static Workbench wb;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "BrowserTest SKIPPED: no " + (Files.isExecutable(CHROMIUM) ? DRIVER : CHROMIUM)
                    + " (apt-get install chromium chromium-driver)";
            System.out.println(why);
            Assumptions.abort(why);
        }
        wb = new Workbench(tmp);
        browser = chrome(tmp.resolve("chrome-profile"), 1280, 1000);
    }

    /** Headless chromium through chromium-driver, keeping the console log; also used by {@link WorkbenchScreenshots}. */
    static ChromeDriver chrome(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (wb != null) {
            wb.close();
        }
    }

    private static void assertNoConsoleErrors() {
        assertNoConsoleErrors(browser);
    }

    static void assertNoConsoleErrors(ChromeDriver browser) {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico")) // the browser asks for it; there is none
                .toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
    }

    @Test
    void typeAQueryClickAFacetOpenADocumentExportTheCsv() throws Exception {
        browser.get(wb.base() + "/");
        assertNoConsoleErrors();
        WebElement q = browser.findElement(By.name("q"));
        q.sendKeys("ransomware", Keys.ENTER);
        assertTrue(browser.getCurrentUrl().contains("q=ransomware"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".summary strong")).getText().equals("3"));
        assertNoConsoleErrors();

        browser.findElement(By.cssSelector("[data-facet=publisher] a")).click();
        assertTrue(browser.getCurrentUrl().contains("publisher="), browser.getCurrentUrl());
        long hits = browser.findElements(By.cssSelector("li.hit")).size();
        assertTrue(hits >= 1 && hits < 3, "the facet narrowed the hits: " + hits);
        assertFalse(browser.findElements(By.cssSelector(".filters .chip")).isEmpty());

        browser.findElement(By.cssSelector("select[name=sort] option[value=newest]")).click();
        for (int i = 0; i < 100 && !browser.getCurrentUrl().contains("sort=newest"); i++) {
            Thread.sleep(100); // the form is submitted by app.js, after the click returns
        }
        assertTrue(browser.getCurrentUrl().contains("sort=newest"), browser.getCurrentUrl());
        assertNoConsoleErrors(); // app.js ran: the sort select submits the form

        browser.get(wb.base() + "/?q=cyber");
        browser.findElement(By.cssSelector("li.hit a.title")).click();
        assertTrue(browser.getCurrentUrl().contains("/document?id="), browser.getCurrentUrl());
        WebElement mention = browser.findElement(By.cssSelector(".text a.m"));
        assertFalse(mention.getAttribute("title").isEmpty(), "hover shows the canonical actor");
        assertNoConsoleErrors();

        mention.click();
        assertTrue(browser.getCurrentUrl().contains("/actor?name="), browser.getCurrentUrl());
        assertNoConsoleErrors();

        browser.get(wb.base() + "/?q=cyber");
        String csv = browser.findElement(By.cssSelector("a.export")).getAttribute("href");
        var r = wb.http.send(HttpRequest.newBuilder(URI.create(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("document,title,date,publisher,score,actors"));
        assertTrue(r.body().lines().count() > 1);

        String zip = browser.findElement(By.cssSelector("a.report-set")).getAttribute("href");
        var reportSet = wb.http.send(HttpRequest.newBuilder(URI.create(zip)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reportSet.statusCode());
        assertEquals("PK", new String(reportSet.body(), 0, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void quotesPageFiltersByALanguageClick() {
        browser.get(wb.base() + "/quotes?q=*");
        browser.findElement(By.cssSelector("[data-facet=language] a")).click();
        assertTrue(browser.getCurrentUrl().contains("language="), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("li.quote")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".filters .chip")).isEmpty());
        assertNoConsoleErrors();
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsAndHostileTextStaysText() {
        for (String path : List.of("/", "/?q=workbench", "/quotes", "/quotes?speaker=Stoltenberg",
                "/document?id=evil%2F%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E.html", "/actor?name=NATO")) {
            browser.get(wb.base() + path);
            assertNoConsoleErrors();
        }
        browser.get(wb.base() + "/?q=workbench");
        assertTrue(browser.findElement(By.cssSelector("li.hit a.title")).getText().startsWith("<script>"));
        browser.get(wb.base() + "/?q=%28broken"); // answered 400, which the console reports; the page says why
        assertTrue(browser.findElement(By.cssSelector(".error")).getText().contains("never closed"));
    }
}
