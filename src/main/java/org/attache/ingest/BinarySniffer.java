package org.attache.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells documents from binary files twice over: by the magic number at the start of the bytes
 * (images, archives, Office files, executables, audio and video: named, so the reason says what the
 * file is), and, for bytes that pass, by how text-like they are once decoded (control and
 * undecodable characters, share of letters). Random or compressed bytes hold about 11% control
 * characters after decoding; real text, even damaged, well under 1%. Stateless and thread-safe.
 */
final class BinarySniffer {

    /** Above this share of control, replacement, private-use or unassigned characters, it is not text. */
    static final double MAX_BAD_SHARE = 0.02;
    /**
     * Below this share of letters among the visible characters, it is not prose (a table of figures,
     * a hex dump). Low, because a page of markup and scripts around a short article is still a page.
     */
    static final double MIN_LETTER_SHARE = 0.15;
    /** How far into the file a PDF header may sit (the PDF specification allows leading junk). */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF = ascii("%PDF-");

    private BinarySniffer() {
    }

    /** Whether the bytes are a PDF file (its header within the first kilobyte). */
    static boolean isPdf(byte[] bytes) {
        int limit = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF.length;
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && at(bytes, i, PDF)) {
                return true;
            }
        }
        return false;
    }

    /** What kind of non-text file the magic number says this is ("PNG image"), or empty. PDF is not reported. */
    static Optional<String> binaryKind(byte[] b) {
        String kind = null;
        if (at(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            kind = "PNG image";
        } else if (at(b, 0, 0xFF, 0xD8, 0xFF)) {
            kind = "JPEG image";
        } else if (at(b, 0, ascii("GIF87a")) || at(b, 0, ascii("GIF89a"))) {
            kind = "GIF image";
        } else if (at(b, 0, ascii("RIFF")) && b.length >= 12) {
            kind = "RIFF media file (" + new String(b, 8, 4, StandardCharsets.ISO_8859_1).strip() + ")";
        } else if (at(b, 0, 'I', 'I', '*', 0) || at(b, 0, 'M', 'M', 0, '*')) {
            kind = "TIFF image";
        } else if (at(b, 0, 'B', 'M') && b.length > 10 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) {
            kind = "BMP image";
        } else if (at(b, 0, 0, 0, 1, 0) || at(b, 0, 0, 0, 2, 0)) {
            kind = "icon";
        } else if (at(b, 0, 'P', 'K', 3, 4) || at(b, 0, 'P', 'K', 5, 6) || at(b, 0, 'P', 'K', 7, 8)) {
            kind = ZipKind.of(b);
        } else if (at(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            kind = "old Microsoft Office document (.doc, .xls or .ppt), not supported: save it as PDF or text";
        } else if (at(b, 0, ascii("{\\rtf"))) {
            kind = "RTF document, not supported: save it as PDF or text";
        } else if (at(b, 0, 0x1F, 0x8B)) {
            kind = "gzip archive";
        } else if (at(b, 0, 'B', 'Z', 'h') && at(b, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)) {
            kind = "bzip2 archive";
        } else if (at(b, 0, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            kind = "xz archive";
        } else if (at(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            kind = "7-Zip archive";
        } else if (at(b, 0, ascii("Rar!\u001A\u0007"))) {
            kind = "RAR archive";
        } else if (at(b, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
            kind = "zstd archive";
        } else if (at(b, 257, ascii("ustar"))) {
            kind = "tar archive";
        } else if (at(b, 0, 0x7F, 'E', 'L', 'F')) {
            kind = "ELF executable";
        } else if (at(b, 0, 'M', 'Z') && b.length >= 64 && hasNul(b, 64)) {
            kind = "Windows executable";
        } else if (at(b, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            kind = "Java class file";
        } else if (at(b, 0, 0xFE, 0xED, 0xFA) || at(b, 1, 0xFA, 0xED, 0xFE)) {
            kind = "Mach-O executable";
        } else if (at(b, 0, 0, 'a', 's', 'm')) {
            kind = "WebAssembly module";
        } else if (at(b, 4, ascii("ftyp"))) {
            kind = "MP4 or QuickTime media file";
        } else if (at(b, 0, ascii("ID3")) || at(b, 0, ascii("OggS")) || at(b, 0, ascii("fLaC"))
                || at(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            kind = "audio or video file";
        } else if (at(b, 0, ascii("wOFF")) || at(b, 0, ascii("wOF2")) || at(b, 0, ascii("OTTO"))
                || at(b, 0, 0, 1, 0, 0, 0)) {
            kind = "font file";
        } else if (at(b, 0, ascii("SQLite format 3"))) {
            kind = "SQLite database";
        }
        return Optional.ofNullable(kind);
    }

    /**
     * Why decoded text is not text, or empty when it is. Looks at the text before control
     * characters are removed: control, replacement (U+FFFD), private-use, unassigned and lone
     * surrogate characters against all, and letters against all visible characters.
     */
    static Optional<String> notText(String decoded) {
        int n = decoded.length();
        int bad = 0;
        int visible = 0;
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII, most of any page: visible, a letter or not, never bad
                visible++;
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                }
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x1B) { // ESC: colour codes in dumps
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            visible++;
            if (Character.isLetter(c)) {
                letters++;
                continue;
            }
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> bad++;
                default -> {
                    if (c == '\uFFFD') {
                        bad++;
                    }
                }
            }
        }
        if (n > 0 && bad > MAX_BAD_SHARE * n) {
            return Optional.of("binary content (" + percent(bad, n)
                    + " of its characters are control codes or undecodable), not a text document");
        }
        if (visible >= 50 && letters < MIN_LETTER_SHARE * visible) {
            return Optional.of("not text: only " + percent(letters, visible) + " of its characters are letters");
        }
        return Optional.empty();
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static boolean hasNul(byte[] b, int limit) {
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean at(byte[] bytes, int offset, byte[] magic) {
        if (offset + magic.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean at(byte[] bytes, int offset, int... magic) {
        if (offset + magic.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
