package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole sample documents from {@code corpus/} against their expected clean text in
 * {@code src/test/resources/golden/<name>.clean.txt} (metadata lines, a blank line, the text).
 * A change in cleaning shows here as a readable diff.
 */
class GoldenFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "000_a74bc72940f21413.txt",
            "003_91de6a6127f5e785.txt",
            "wh-2022-02-25-statement-president-nato-summit-call-zelenskyy.md",
            "wceb2025-ncsc-gov-uk-small-business-guide-cyber-security.html",
    })
    void cleansLikeTheGoldenFile(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("corpus", name));
        String text = new TextDecoder().decode(bytes, name);
        SourceFormat format = new FormatDetector().detect(text, name);
        CleanedPage page = new Cleaners().forFormat(format).clean(text, name);
        CleanedPageAssertions.assertValid(page);
        String rendered = "Title: " + page.metadata().title() + "\nDate: " + page.metadata().date()
                + "\nPublisher: " + page.metadata().publisher() + "\nFormat: " + format + "\n\n" + page.text() + "\n";
        assertEquals(golden(name), rendered);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name + ".clean.txt")) {
            if (in == null) {
                throw new IOException("missing golden file for " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
