package org.attache.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds PDF test files with PDFBox: pages of text lines placed where a test says (x and the
 * baseline's distance from the top, in points, on A4), with an embedded font that has ligatures
 * and a soft hyphen (Liberation Sans, shipped inside PDFBox). Invented text only.
 */
public final class PdfFixtures {

    /** One line of text on a page. */
    public record Line(float x, float top, float size, String text) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private String title;
    private Calendar created;
    private boolean encrypted;
    private boolean imageOnly;
    private boolean standardFont;

    public static PdfFixtures pdf() {
        return new PdfFixtures();
    }

    public PdfFixtures page(Line... lines) {
        pages.add(List.of(lines));
        return this;
    }

    PdfFixtures title(String t) {
        title = t;
        return this;
    }

    PdfFixtures created(int year, int month, int day) {
        created = new GregorianCalendar(year, month - 1, day);
        return this;
    }

    /** Text in Helvetica, one of the 14 standard fonts PDFs name without embedding them. */
    public PdfFixtures standardFont() {
        standardFont = true;
        return this;
    }

    public PdfFixtures encryptedWithPassword() {
        encrypted = true;
        return this;
    }

    /** Pages holding only a picture: what a scanner makes. */
    public PdfFixtures scanned(int pageCount) {
        imageOnly = true;
        for (int i = 0; i < pageCount; i++) {
            pages.add(List.of());
        }
        return this;
    }

    static Line at(float x, float top, float size, String text) {
        return new Line(x, top, size, text);
    }

    /** Body lines of 11-point type from {@code top} down, 14 points apart, at {@code x}. */
    public static Line[] body(float x, float top, String... texts) {
        Line[] lines = new Line[texts.length];
        for (int i = 0; i < texts.length; i++) {
            lines[i] = at(x, top + 14 * i, 11, texts[i]);
        }
        return lines;
    }

    static Line[] concat(Line[]... parts) {
        List<Line> all = new ArrayList<>();
        for (Line[] p : parts) {
            all.addAll(List.of(p));
        }
        return all.toArray(new Line[0]);
    }

    public byte[] bytes() {
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            if (standardFont) {
                font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            } else {
                try (InputStream ttf = PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                    font = PDType0Font.load(doc, ttf);
                }
            }
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (imageOnly) {
                        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                        for (int y = 0; y < 280; y += 7) {
                            for (int x = 20; x < 180; x++) {
                                scan.setRGB(x, y, 0xFFFFFF);
                            }
                        }
                        PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                        cs.drawImage(image, 40, 40, 500, 760);
                    }
                    for (Line l : lines) {
                        cs.beginText();
                        cs.setFont(font, l.size());
                        cs.newLineAtOffset(l.x(), height - l.top());
                        cs.showText(l.text());
                        cs.endText();
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            if (title != null) {
                info.setTitle(title);
            }
            if (created != null) {
                info.setCreationDate(created);
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
