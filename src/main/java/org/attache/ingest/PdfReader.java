package org.attache.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.attache.model.Metadata;

/**
 * Reads a PDF's text layer with Apache PDFBox into a cleaned page: lines in reading order
 * ({@link PdfColumns}), running headers, footers and page numbers removed ({@link PdfRunningLines}),
 * paragraphs rebuilt with hyphenated words whole ({@link PdfParagraphs}), title and date from the
 * document information and the first page ({@link PdfMetadata}). A PDF without a text layer (a
 * scan), one that needs a password or forbids copying its text, and a damaged one are rejected
 * with the reason. Stateless and thread-safe: each call opens its own document.
 */
final class PdfReader {

    /** Fewer letters than this per page, on average, is no text layer: a scan, or drawings only. */
    static final int MIN_LETTERS_PER_PAGE = 30;

    private PdfReader() {
    }

    static CleanedPage read(byte[] bytes) throws InputRejectedException {
        PdfFonts.install();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new InputRejectedException("encrypted PDF whose owner forbids copying its text");
            }
            List<PdfPage> pages = PdfLineCollector.collect(document);
            rejectWithoutText(document, pages);
            PdfRunningLines.Result running = PdfRunningLines.remove(pages);
            List<List<PdfLine>> runs = new ArrayList<>();
            for (PdfPage page : running.pages()) {
                runs.addAll(PdfColumns.runs(page));
            }
            List<Block> blocks = PdfParagraphs.build(runs).stream().map(Block::paragraph).toList();
            Metadata metadata = PdfMetadata.read(document.getDocumentInformation(), pages.get(0), running.pages());
            return PageAssembler.assemble(blocks, metadata, running.removals());
        } catch (InvalidPasswordException e) {
            throw new InputRejectedException("encrypted PDF: it needs a password to open");
        } catch (IOException | RuntimeException e) {
            throw new InputRejectedException("broken PDF: " + oneLine(e));
        }
    }

    private static void rejectWithoutText(PDDocument document, List<PdfPage> pages) throws InputRejectedException {
        long letters = 0;
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                letters += line.text().codePoints().filter(Character::isLetter).count();
            }
        }
        int count = document.getNumberOfPages();
        if (count == 0 || pages.isEmpty()) {
            throw new InputRejectedException("broken PDF: it has no pages");
        }
        if (letters < (long) MIN_LETTERS_PER_PAGE * count) {
            String pagesText = count == 1 ? "its page" : "its " + count + " pages";
            throw new InputRejectedException(hasImages(document)
                    ? "scanned PDF: no text layer, only images on " + pagesText + " (run OCR on it first)"
                    : "PDF without text: nothing to read on " + pagesText);
        }
    }

    private static boolean hasImages(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 160 ? message.substring(0, 159) + "…" : message;
    }
}
