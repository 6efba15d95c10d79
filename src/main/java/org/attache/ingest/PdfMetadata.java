package org.attache.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.attache.model.Metadata;

/**
 * A PDF's title and date. The title is the document information's, unless that is empty or a
 * file name ("Microsoft Word - 210614 communique.docx"); then the first page's heading: the lines
 * set in its largest type, in its upper part, when that type is clearly larger than the body. The
 * date is the first one written near the top of the first page, else the document's creation date.
 */
final class PdfMetadata {

    /** How many lines from the top of the first page a dateline may be. */
    private static final int DATELINE_WINDOW = 15;
    /** A heading's type is at least this much larger than the body's. */
    private static final double HEADING_FACTOR = 1.15;
    private static final Pattern FILE_NAME_TITLE = Pattern.compile(
            "(?i)^(?:microsoft (?:word|powerpoint|excel) - .*|.*\\.(?:docx?|pdf|rtf|odt|indd|txt|pptx?|xlsx?|tex)"
                    + "|untitled.*|title|document\\d*|slide \\d+|\\d[\\d\\s._-]*)$");

    private PdfMetadata() {
    }

    /**
     * @param info      the document information dictionary
     * @param firstPage the first page's lines as extracted (running lines included: a dateline may repeat)
     * @param pages     every page's lines, running lines removed, for the body's type size
     */
    static Metadata read(PDDocumentInformation info, PdfPage firstPage, List<PdfPage> pages) {
        String title = Optional.ofNullable(info.getTitle()).map(t -> TextStats.collapse(TextDecoder.normalise(t)))
                .filter(PdfMetadata::sensibleTitle)
                .orElseGet(() -> heading(pages.isEmpty() ? firstPage : pages.get(0), bodySize(pages)));
        String date = firstPage == null ? "" : dateline(firstPage).orElseGet(() -> created(info.getCreationDate()));
        return new Metadata(title, date, "");
    }

    static boolean sensibleTitle(String title) {
        return title.codePoints().filter(Character::isLetter).count() >= 4 && title.length() <= 300
                && !FILE_NAME_TITLE.matcher(title).matches();
    }

    private static Optional<String> dateline(PdfPage page) {
        StringBuilder head = new StringBuilder();
        List<PdfLine> lines = page.lines();
        for (int i = 0; i < Math.min(DATELINE_WINDOW, lines.size()); i++) {
            head.append(lines.get(i).text()).append('\n');
        }
        return Dates.find(head.toString());
    }

    private static String created(Calendar created) {
        if (created == null) {
            return "";
        }
        int year = created.get(Calendar.YEAR);
        return year < 1900 || year > 2100 ? "" : String.format(Locale.ROOT, "%04d-%02d-%02d", year,
                created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH));
    }

    /** The median type size of the document's lines, weighted by their length. */
    private static float bodySize(List<PdfPage> pages) {
        List<float[]> sizes = new ArrayList<>();
        int total = 0;
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                int n = line.text().length();
                sizes.add(new float[] {line.fontSize(), n});
                total += n;
            }
        }
        float[][] sorted = sizes.toArray(new float[0][]);
        Arrays.sort(sorted, (a, b) -> Float.compare(a[0], b[0]));
        int seen = 0;
        for (float[] s : sorted) {
            seen += (int) s[1];
            if (seen * 2 >= total) {
                return s[0];
            }
        }
        return 0;
    }

    private static String heading(PdfPage page, float body) {
        if (page == null || body <= 0) {
            return "";
        }
        float largest = 0;
        for (PdfLine line : page.lines()) {
            if (line.baseline() < page.height() * 0.5 && hasWords(line)) {
                largest = Math.max(largest, line.fontSize());
            }
        }
        if (largest < HEADING_FACTOR * body) {
            return "";
        }
        StringBuilder title = new StringBuilder();
        boolean inHeading = false;
        for (PdfLine line : page.lines()) {
            boolean big = Math.abs(line.fontSize() - largest) < 0.5 && line.baseline() < page.height() * 0.5;
            if (big) {
                title.append(title.length() > 0 ? " " : "").append(line.text());
                inHeading = true;
            } else if (inHeading) {
                break;
            }
        }
        String t = Headlines.tidy(PdfParagraphs.ligatures(title.toString()));
        return t.length() <= 300 ? t : "";
    }

    private static boolean hasWords(PdfLine line) {
        return line.text().codePoints().filter(Character::isLetter).count() >= 2;
    }
}
