package org.attache.ingest;

import java.util.List;

/** The lines of one PDF page, top to bottom, with the page's size in points. */
record PdfPage(int number, float width, float height, List<PdfLine> lines) {

    PdfPage {
        lines = List.copyOf(lines);
    }

    PdfPage withLines(List<PdfLine> kept) {
        return new PdfPage(number, width, height, kept);
    }
}
