package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in for the fonts a PDF names but does not embed. PDFBox's own mapper looks for them among
 * the system's fonts: on first use it reads every font installed (seconds) and writes a cache file
 * to the user's home. Reading text needs no glyph shapes (widths and character codes come from the
 * PDF itself), so every missing font is given the Liberation Sans that PDFBox ships. Installed once,
 * for the whole JVM, before the first PDF is read; Attaché never renders a page.
 */
final class PdfFonts implements FontMapper {

    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile boolean installed;

    private final TrueTypeFont fallback;

    private PdfFonts(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    /** Makes PDFBox use the stand-in for every font a PDF does not embed. Idempotent and thread-safe. */
    static void install() {
        if (installed) {
            return;
        }
        synchronized (PdfFonts.class) {
            if (!installed) {
                try (InputStream in = PDDocument.class.getResourceAsStream(FALLBACK)) {
                    if (in == null) {
                        throw new IllegalStateException(FALLBACK + " is missing from the PDFBox jar");
                    }
                    FontMappers.set(new PdfFonts(new TTFParser().parse(new RandomAccessReadBuffer(in))));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + FALLBACK + " from the PDFBox jar", e);
                }
                installed = true;
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
