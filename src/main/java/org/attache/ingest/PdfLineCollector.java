package org.attache.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, sorting text by position, with its output caught as positioned lines
 * instead of a string: what comes later (running headers, columns, paragraphs) needs to know where
 * each line and word sits on its page. One instance reads one document; not thread-safe.
 */
final class PdfLineCollector extends PDFTextStripper {

    private final List<PdfPage> pages = new ArrayList<>();
    private List<PdfLine> lines = new ArrayList<>();
    private List<PdfLine.Word> words = new ArrayList<>();
    private PDRectangle box;
    private float baseline;
    private float fontSize;

    private PdfLineCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true); // fake bold drawn twice
    }

    /** Every page's lines, top to bottom. */
    static List<PdfPage> collect(PDDocument document) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.writeText(document, Writer.nullWriter());
        return List.copyOf(collector.pages);
    }

    @Override
    protected void startPage(PDPage page) {
        lines = new ArrayList<>();
        words = new ArrayList<>();
        box = page.getCropBox();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        String clean = TextDecoder.normalise(text).strip(); // a damaged font maps glyphs to control codes
        if (positions.isEmpty() || clean.isEmpty()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float x1 = 0;
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            baseline = Math.max(baseline, p.getYDirAdj());
            fontSize = Math.max(fontSize, Math.abs(p.getFontSizeInPt()));
        }
        words.add(new PdfLine.Word(clean, x0, x1));
    }

    @Override
    protected void writeWordSeparator() {
        // words are kept apart as they are
    }

    @Override
    protected void writeLineSeparator() {
        if (!words.isEmpty()) {
            lines.add(new PdfLine(getCurrentPageNo(), words, baseline, fontSize));
        }
        words = new ArrayList<>();
        baseline = 0;
        fontSize = 0;
    }

    @Override
    protected void endArticle() throws IOException {
        writeLineSeparator(); // the last line of an article thread has no separator after it
        super.endArticle();
    }

    @Override
    protected void endPage(PDPage page) {
        writeLineSeparator();
        lines.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        pages.add(new PdfPage(getCurrentPageNo(), box.getWidth(), box.getHeight(), lines));
    }
}
