package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    private static final DocumentReader READER = new DocumentReader(1 << 24, new Cleaners());
    private static final String TEXT = "Defence ministers met in Brussels on Thursday and agreed a plan for "
            + "air defence, the Secretary General said after the meeting.\n\n";

    /** The reason a file's bytes are rejected for; fails when they are read as a document. */
    private static String rejection(String id, byte[] bytes) {
        return assertThrows(InputRejectedException.class, () -> READER.clean(id, bytes),
                id + " was read as a document").getMessage();
    }

    @Test
    void noneOfFiftyRandomFilesIsReadAsText() {
        Random random = new Random(17);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[64 * 1024];
            random.nextBytes(bytes);
            String reason = rejection("random-" + i + ".txt", bytes);
            assertTrue(reason.startsWith("binary content") || reason.startsWith("not text"), reason);
        }
    }

    @Test
    void randomBytesOfAnySizeNeverThrowAnythingButARejection() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[1 + random.nextInt(i < 200 ? 300 : 20_000)];
            random.nextBytes(bytes);
            try {
                READER.clean("r" + i + ".html", bytes);
            } catch (InputRejectedException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void realBinariesAreNamedInTheirReason() throws IOException {
        assertEquals("binary content (PNG image), not a document", rejection("a.txt", image("png")));
        assertEquals("binary content (JPEG image), not a document", rejection("b.html", image("jpeg")));
        assertEquals("binary content (gzip archive), not a document", rejection("c.md", gzip()));
        assertEquals("binary content (Java archive (JAR)), not a document", rejection("d.txt", jar()));
        assertEquals("Word document (DOCX), not supported: save it as PDF or text", rejection("e.docx", docx()));
        assertEquals("binary content (Java class file), not a document",
                rejection("f.txt", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61}));
    }

    @Test
    void textWithAFewStrayControlsOrBadBytesIsStillText() throws InputRejectedException {
        byte[] bytes = ("Allies agree\u0000\n\n" + TEXT.repeat(3) + "caf\u00e9 \u0001\n")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(READER.clean("ok.txt", bytes).page().text().contains("Defence ministers met"));
        byte[] latin1 = ("Allies meet\n\n" + TEXT.replace("Brussels", "Li\u00e8ge")).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(READER.clean("latin1.txt", latin1).page().text().contains("Liège"));
    }

    @Test
    void aUtf8PageDeclaringAnotherCharsetIsReadAsUtf8RatherThanRejected() throws InputRejectedException {
        String page = "<html><head><meta charset=\"euc-kr\"><title>국방부 발표</title></head><body><p>"
                + "국방부는 목요일 브뤼셀에서 동맹국 국방장관들과 회의를 열고 방공 계획에 합의했다고 밝혔다. ".repeat(4)
                + "</p></body></html>";
        String text = READER.decode(page.getBytes(StandardCharsets.UTF_8), "kr.html");
        assertTrue(text.contains("국방부는 목요일"), text);
    }

    @Test
    void aTableOfFiguresIsNotProse() {
        String figures = "2019,1.52,2.04,0.98\n2020,1.61,2.11,1.02\n".repeat(20);
        assertTrue(rejection("figures.txt", figures.getBytes(StandardCharsets.US_ASCII)).startsWith("not text: only"));
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] gzip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(TEXT.repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] jar() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("org/example/Main.class"));
            jar.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            jar.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
