package org.attache.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Makes what we print harmless for a terminal: control characters (C0 other than tab and newline,
 * DEL, C1) and the bidirectional overrides that reorder what a reader sees are written as visible
 * escapes ({@code \x1b}, {@code \u202e}), so a file name or a page carrying ESC sequences can neither
 * recolour, retitle nor rewrite the terminal. A carriage return passes only where it cannot hide
 * text: written on its own (the progress line returns to its start that way) or before a newline.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** A print writer that escapes as above, flushing at each line when {@code autoFlush}. */
    static PrintWriter safe(Writer target, boolean autoFlush) {
        return target instanceof Safe ? (PrintWriter) target : new Safe(new Escaping(target), autoFlush);
    }

    /** {@code text} with every character a terminal would act on (other than newline and tab) escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                out.append(c);
            } else {
                append(out, c);
            }
        }
        return out.toString();
    }

    static boolean needsEscape(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static void append(StringBuilder out, char c) {
        if (!needsEscape(c)) {
            out.append(c);
        } else if (c <= 0xFF) {
            out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
        } else {
            out.append(String.format("\\u%04x", (int) c));
        }
    }

    /** Marks a writer as already safe, so wrapping twice does nothing. */
    private static final class Safe extends PrintWriter {
        Safe(Writer out, boolean autoFlush) {
            super(out, autoFlush);
        }
    }

    private static final class Escaping extends FilterWriter {
        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '\r') {
                out.write(c); // a lone carriage return: the progress line going back to its start
            } else {
                write(String.valueOf((char) c), 0, 1);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            String part = s.substring(off, off + len);
            out.write(part.equals("\r") ? part : escape(part));
        }
    }
}
