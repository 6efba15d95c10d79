package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes raw bytes to text, in this order: a byte-order mark (UTF-8, UTF-16 LE/BE), an HTML or
 * XML charset declaration in the first bytes, strict UTF-8, and Windows-1252 for bytes that are not
 * valid UTF-8 (curly quotes and accents saved by Windows tools). NUL bytes and control characters
 * other than newline and tab are removed; CRLF and CR become LF. Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far into a page a charset declaration is looked for (the HTML spec says 1024 bytes; pages are sloppier). */
    private static final int DECLARATION_WINDOW = 4096;
    private static final Pattern CHARSET_DECLARATION = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * @param bytes      the raw file content
     * @param sourceName the document id (unused for now: decoding looks at the bytes only)
     */
    public String decode(byte[] bytes, String sourceName) {
        return normalise(decodeRaw(bytes));
    }

    /** The decoded text before {@link #normalise}: control characters still in, for telling binary from text. */
    static String decodeRaw(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return lenient(bytes, 0, declared);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        // Not UTF-8: Windows-1252 decodes every byte except five unassigned ones; those become U+FFFD.
        return lenient(bytes, 0, WINDOWS_1252);
    }

    /** The charset an HTML meta tag or XML prolog declares near the top, or null. ASCII-compatible only. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET_DECLARATION.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        // Browsers treat Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding Standard).
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            Charset cs = Charset.forName(name);
            // A UTF-16 declaration inside bytes we could read as ASCII is a lie; trust the bytes.
            return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? null : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes as UTF-8 when they are valid UTF-8 (whatever the page declares), else null. */
    static String strictUtf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /** Line ends to LF; drops a stray BOM, NULs and C0/C1 controls except tab and newline. */
    static String normalise(String s) {
        if (isNormal(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #normalise} has nothing to change: no CR, no control character but newline and tab, no BOM. */
    private static boolean isNormal(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7F && (c <= 0x9F || c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }
}
