package org.attache.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.attache.model.CleanDocument;
import org.attache.model.SourceFormat;

/**
 * Reads one raw file into a {@link CleanDocument}: size checks, then PDF (read by
 * {@link PdfReader}) or text: binary files are turned away by their magic number or, once decoded,
 * by how little they look like text ({@link BinarySniffer}); text is decoded, its format detected
 * and cleaned. Thread-safe.
 */
public final class DocumentReader {

    /**
     * The most characters of clean text a document may have for analysis. Every stage holds copies of
     * the text and per-word records, so a document's memory grows with its length: this cap keeps a
     * document within what a 256 MB heap allows beside another at work (two documents of 2.9 million
     * characters of one-line text were analysed side by side in 256 MB). Longer texts are rejected
     * with a reason, never lost.
     */
    public static final int MAX_TEXT_CHARS = 3_000_000;

    /**
     * The most characters of a page, before cleaning: markup and chrome may make a page longer than
     * its text (inline scripts and images), but cleaning too holds a few copies of the page.
     */
    public static final int MAX_PAGE_CHARS = 8_000_000;

    private final long maxBytes;
    private final FormatDetector detector = new FormatDetector();
    private final Cleaners cleaners;

    public DocumentReader(long maxBytes, Cleaners cleaners) {
        this.maxBytes = maxBytes;
        this.cleaners = cleaners;
    }

    /** A cleaned page and the format it was read as. */
    public record Cleaned(SourceFormat format, CleanedPage page) {
    }

    /** Reads the raw bytes, rejecting empty, oversized and unreadable files (what they hold is checked later). */
    public byte[] readBytes(Path file) throws InputRejectedException {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InputRejectedException("empty file");
            }
            if (size > maxBytes) {
                throw new InputRejectedException("file is " + size + " bytes, over the limit of " + maxBytes
                        + (size / 4 > MAX_PAGE_CHARS ? " (and too long to analyse in any case: split it)"
                                : " (raise it with --max-bytes)"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("vanished during the run (renamed or deleted after the corpus was read)");
        } catch (IOException e) {
            throw new InputRejectedException("unreadable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** The fingerprint of the site templates this reader's cleaners apply. */
    public String templatesFingerprint() {
        return cleaners.templatesFingerprint();
    }

    /**
     * Decodes text from raw bytes (also used by the corpus-wide template pass); rejects PDFs (they
     * have no text to decode: see {@link #clean}), binary files and bytes that do not decode to text.
     */
    public String decode(byte[] bytes, String id) throws InputRejectedException {
        if (BinarySniffer.isPdf(bytes)) {
            throw new InputRejectedException("a PDF file is read by its text layer, not decoded");
        }
        Optional<String> kind = BinarySniffer.binaryKind(bytes);
        if (kind.isPresent()) {
            throw new InputRejectedException(kind.get().contains("not supported") ? kind.get()
                    : "binary content (" + kind.get() + "), not a document");
        }
        if (!analysable(bytes)) { // no encoding spends more than 4 bytes on a character
            throw new InputRejectedException("page is over the limit of " + MAX_PAGE_CHARS + " characters ("
                    + bytes.length + " bytes; split the file into smaller documents)");
        }
        String raw = TextDecoder.decodeRaw(bytes);
        if (!analysable(raw)) {
            throw new InputRejectedException("page is " + raw.length() + " characters, over the limit of "
                    + MAX_PAGE_CHARS + " (split the file into smaller documents)");
        }
        Optional<String> notText = BinarySniffer.notText(raw);
        if (notText.isPresent()) {
            // a page declaring one charset (euc-kr) while saved in UTF-8 decodes to junk: its bytes say UTF-8
            String utf8 = TextDecoder.strictUtf8(bytes);
            if (utf8 == null || BinarySniffer.notText(utf8).isPresent()) {
                throw new InputRejectedException(notText.get());
            }
            raw = utf8;
        }
        return TextDecoder.normalise(raw);
    }

    /** Cleans a file's bytes: a PDF through its text layer, anything else as decoded text of its detected format. */
    public Cleaned clean(String id, byte[] bytes) throws InputRejectedException {
        if (BinarySniffer.isPdf(bytes)) {
            return checked(new Cleaned(SourceFormat.PDF, PdfReader.read(bytes)));
        }
        String raw = decode(bytes, id);
        if (raw.isBlank()) {
            throw new InputRejectedException("no text after decoding");
        }
        SourceFormat format = detector.detect(raw, id);
        return checked(new Cleaned(format, cleaners.forFormat(format).clean(raw, id)));
    }

    private static Cleaned checked(Cleaned cleaned) throws InputRejectedException {
        int length = cleaned.page().text().length();
        if (length > MAX_TEXT_CHARS) {
            throw new InputRejectedException("clean text is " + length + " characters, over the analysis limit of "
                    + MAX_TEXT_CHARS + " (split the file into smaller documents)");
        }
        if (cleaned.page().text().isBlank()) {
            throw new InputRejectedException("no main text found after cleaning (" + cleaned.format().name()
                    .toLowerCase(Locale.ROOT) + (cleaned.format() == SourceFormat.PDF ? ")" : " page with only chrome?)"));
        }
        return cleaned;
    }

    public CleanDocument read(String id, byte[] bytes) throws InputRejectedException {
        return read(id, bytes, sha256(bytes));
    }

    /** Reads a document, recording {@code versionKey} (what its analysis depends on) as its content hash. */
    public CleanDocument read(String id, byte[] bytes, String versionKey) throws InputRejectedException {
        Cleaned cleaned = clean(id, bytes);
        CleanedPage page = cleaned.page();
        return new CleanDocument(id, cleaned.format(), page.metadata(), page.text(), page.paragraphs(), page.blockQuotes(),
                versionKey);
    }

    /** Whether a file of these bytes may be short enough to clean (see {@link #MAX_PAGE_CHARS}). */
    public static boolean analysable(byte[] bytes) {
        return bytes.length / 4 <= MAX_PAGE_CHARS;
    }

    /** Whether a decoded page is short enough to clean (see {@link #MAX_PAGE_CHARS}). */
    public static boolean analysable(String page) {
        return page.length() <= MAX_PAGE_CHARS;
    }

    /** The SHA-256 of a document's bytes in hex: its content in a version key. */
    public static String sha256(byte[] bytes) {
        return DigestUtils.sha256Hex(bytes);
    }
}
