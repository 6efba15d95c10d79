package org.attache.cli;

import org.attache.cli.args.Arguments;
import org.attache.cli.args.Option;
import org.attache.report.CsvStyle;

/** {@code --excel} on every command that writes CSV files. */
final class CsvStyleOption {

    static final Option EXCEL = Option.flag("--excel", "Write CSV with a UTF-8 byte-order mark and CRLF, for Excel.");

    private CsvStyleOption() {
    }

    static CsvStyle style(Arguments args) {
        return args.flag(EXCEL) ? CsvStyle.EXCEL : CsvStyle.DEFAULT;
    }
}
