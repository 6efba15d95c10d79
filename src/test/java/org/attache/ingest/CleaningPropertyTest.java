package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: cleaning never throws, and every span stays valid. */
class CleaningPropertyTest {

    private static final String[] TAGS = {"div", "p", "span", "a", "li", "ul", "h1", "h2", "blockquote", "nav", "footer",
            "article", "br", "script", "table", "td", "header", "aside", "form", "time"};
    private static final String[] WORDS = {"NATO", "Russia", "said", "the", "cyber", "attack", "“quote”", "Menu", "icon",
            "©", "2021", "cookies", "Share", "open quote mark", "close quote mark", "\n", "\n\n", "  ", "•", "*", "---",
            "June 20, 2021", "(BUTTON)", "|", "’", "é", "\u0000", "\u00AD", "<", ">", "&amp;", "#", "[link](x)", "..."};

    private final Cleaners cleaners = new Cleaners();
    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector detector = new FormatDetector();

    @Test
    void randomTextInEveryFormatNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                sb.append(random.nextInt(4) == 0 ? randomChars(random) : WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            String text = decoder.decode(sb.toString().getBytes(StandardCharsets.UTF_8), "r.txt");
            for (SourceFormat format : SourceFormat.values()) {
                if (format == SourceFormat.PDF) {
                    continue; // a PDF is read from its bytes (PdfReaderTest), there is no PDF text to clean
                }
                CleanedPageAssertions.assertValid(cleaners.forFormat(format).clean(text, "random/" + i));
            }
        }
    }

    @Test
    void randomHtmlNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder("<html><body>");
            int n = random.nextInt(150);
            for (int j = 0; j < n; j++) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                switch (random.nextInt(4)) {
                    case 0 -> sb.append('<').append(tag).append(random.nextBoolean() ? " class=\"menu share\"" : "").append('>');
                    case 1 -> sb.append("</").append(tag).append('>');
                    default -> sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
            }
            String html = sb.toString();
            assertEquals(SourceFormat.HTML, detector.detect(html, "r.html"));
            CleanedPageAssertions.assertValid(cleaners.forFormat(SourceFormat.HTML).clean(html, "random.html"));
        }
    }

    @Test
    void randomBytesDecodeAndCleanWithoutThrowing() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(500)];
            random.nextBytes(bytes);
            String text = decoder.decode(bytes, "blob.bin");
            CleanedPageAssertions.assertValid(cleaners.forFormat(detector.detect(text, "blob.bin")).clean(text, "blob.bin"));
        }
    }

    @Test
    void twentyThousandNestedDivsDoNotOverflowTheStack() {
        String html = "<html><body>" + "<div class=\"wrapper\">".repeat(20_000)
                + "<p>NATO leaders agreed on Monday that a cyber-attack could trigger the collective defence clause.</p>"
                + "</div>".repeat(20_000) + "</body></html>";
        CleanedPage page = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> cleaners.forFormat(SourceFormat.HTML).clean(html, "deep.html"));
        CleanedPageAssertions.assertValid(page);
        assertTrue(page.text().contains("collective defence clause"));
    }

    @Test
    void longLinesOfMarkupCharactersDoNotBacktrackForever() {
        String md = "---\ntitle: x\n---\n" + "*a ".repeat(20_000) + "\n\n" + "[".repeat(10_000) + "\n";
        String text = "#".repeat(50_000) + "\n" + "word ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CleanedPageAssertions.assertValid(cleaners.forFormat(SourceFormat.MARKDOWN).clean(md, "m.md"));
            CleanedPageAssertions.assertValid(cleaners.forFormat(SourceFormat.TEXT).clean(text, "t.txt"));
        });
    }

    private static String randomChars(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x2FFF));
        }
        return sb.toString();
    }
}
