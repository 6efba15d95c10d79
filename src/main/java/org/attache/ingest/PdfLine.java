package org.attache.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a PDF page as PDFBox laid it out: its words with their horizontal extents, its
 * baseline (points from the top of the page) and its font size. Lines of two columns that share a
 * baseline arrive as one line; {@link PdfColumns} splits them.
 *
 * @param page     the page number, from 1
 * @param words    the words, left to right
 * @param baseline the baseline, in points from the top of the page
 * @param fontSize the largest font size on the line, in points
 */
record PdfLine(int page, List<Word> words, float baseline, float fontSize) {

    /** A word and where it starts and ends across the page, in points. */
    record Word(String text, float x0, float x1) {
    }

    PdfLine {
        words = List.copyOf(words);
    }

    String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    float x0() {
        return words.isEmpty() ? 0 : words.get(0).x0();
    }

    float x1() {
        float max = 0;
        for (Word w : words) {
            max = Math.max(max, w.x1());
        }
        return max;
    }

    PdfLine withWords(List<Word> subset) {
        return new PdfLine(page, subset, baseline, fontSize);
    }
}
