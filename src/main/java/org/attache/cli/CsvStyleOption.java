package org.attache.cli;

import org.attache.report.CsvStyle;
import picocli.CommandLine.Option;

/** {@code --excel} on every command that writes CSV files. */
final class CsvStyleOption {

    @Option(names = "--excel", description = "Write CSV with a UTF-8 byte-order mark and CRLF, for Excel.")
    boolean excel;

    CsvStyle style() {
        return excel ? CsvStyle.EXCEL : CsvStyle.DEFAULT;
    }
}
