package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String CURLY = "China’s “assertive behaviour” — café, naïve, Zürich";
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void plainUtf8KeepsCurlyQuotesAndAccents() {
        assertEquals(CURLY, decoder.decode(CURLY.getBytes(StandardCharsets.UTF_8), "a.txt"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CURLY.getBytes(StandardCharsets.UTF_8));
        assertEquals(CURLY, decoder.decode(bytes, "a.txt"));
    }

    @Test
    void utf16LittleEndianWithBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CURLY.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(CURLY, decoder.decode(bytes, "a.txt"));
    }

    @Test
    void utf16BigEndianWithBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CURLY.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(CURLY, decoder.decode(bytes, "a.txt"));
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] bytes = CURLY.getBytes(Charset.forName("windows-1252"));
        assertEquals(CURLY, decoder.decode(bytes, "a.txt"));
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"iso-8859-15\"></head><body>Prix: 5 €</body></html>";
        byte[] bytes = html.getBytes(Charset.forName("ISO-8859-15"));
        assertTrue(decoder.decode(bytes, "a.html").contains("Prix: 5 €"));
    }

    @Test
    void httpEquivContentTypeCharsetIsHonoured() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>“Hi”</p>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        assertTrue(decoder.decode(bytes, "a.html").contains("<p>“Hi”</p>"));
    }

    @Test
    void latin1LabelMeansWindows1252AsBrowsersDo() {
        String html = "<meta charset=iso-8859-1><p>‘quoted’</p>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        assertTrue(decoder.decode(bytes, "a.html").contains("‘quoted’"));
    }

    @Test
    void nulAndControlCharactersAreRemovedButTabsAndNewlinesKept() {
        byte[] bytes = "a\u0000b\u0007c\td\r\ne\rf\u009Fg".getBytes(StandardCharsets.UTF_8);
        assertEquals("abc\td\ne\nfg", decoder.decode(bytes, "a.txt"));
    }

    @Test
    void emptyInputIsEmptyText() {
        assertEquals("", decoder.decode(new byte[0], "empty.txt"));
    }

    @Test
    void undecodableBytesBecomeReplacementCharactersNotExceptions() {
        byte[] bytes = {(byte) 0x81, 'a', (byte) 0x8D};
        String text = decoder.decode(bytes, "bin");
        assertTrue(text.contains("a"));
        assertFalse(text.contains("\u0000"));
    }
}
