package org.attache.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: results to {@code out}, progress and messages to {@code err}. Both escape
 * control characters (see {@link TerminalText}), whatever writers they are given.
 */
record Console(PrintWriter out, PrintWriter err) {

    Console {
        out = TerminalText.safe(out, true);
        err = TerminalText.safe(err, true);
    }

    /**
     * The process's stdout and stderr in UTF-8 (what our CSV files and clean texts use, and Java's
     * default from version 18 on), flushed at each line so progress shows as it happens.
     */
    static Console system() {
        return new Console(utf8(System.out), utf8(System.err));
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
