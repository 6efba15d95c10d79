package org.attache.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.index.IndexBrowser;
import org.attache.index.SampleAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's screenshots of the workbench ({@code docs/serve-*.png}), taken with the browser the
 * browser tests use, over the index of a real run. Runs only when asked, after a run of the sample
 * corpus: {@code ./attache run --out /tmp/sample && mvn -q -Dtest=WorkbenchScreenshots
 * -Dattache.screenshots=/tmp/sample test}. Each page must load without a console error.
 */
@EnabledIfSystemProperty(named = "attache.screenshots", matches = ".+")
class WorkbenchScreenshots {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path tmp;

    @Test
    void everyPage() throws IOException {
        Path run = Path.of(System.getProperty("attache.screenshots"));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("search", "/?q=cyber+OR+ransomware");
        pages.put("quotes", "/quotes?q=*&sort=newest");
        pages.put("document", "/document?id=" + UrlState.encode(System.getProperty("attache.screenshots.document",
                "000_a74bc72940f21413.txt")));
        pages.put("actor", "/actor?name=Russia");
        try (WebServer server = WebServer.start(IndexBrowser.open(run.resolve("index"), SampleAnalyses.gazetteer()),
                "127.0.0.1", 0)) {
            ChromeDriver browser = BrowserTest.chrome(tmp.resolve("profile"), 1280, 1100);
            try {
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.get("http://127.0.0.1:" + server.port() + page.getValue());
                    BrowserTest.assertNoConsoleErrors(browser);
                    assertTrue(browser.findElements(By.cssSelector(".error")).isEmpty(),
                            page.getValue());
                    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
                    assertArrayEquals(PNG, Arrays.copyOf(png, 4));
                    Files.write(Path.of("docs", "serve-" + page.getKey() + ".png"), png);
                }
            } finally {
                browser.quit();
            }
        }
    }
}
