package org.attache.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.Option;
import org.attache.report.XlsxWorkbook;

/** {@code --xlsx} on the commands that write the CSV reports: also one workbook with a sheet per CSV file. */
final class XlsxOption {

    static final Option XLSX = Option.flag("--xlsx", "Also write " + XlsxWorkbook.FILE + ": one sheet per CSV file, "
            + "numbers and dates typed, text that never runs as a formula.");

    private XlsxOption() {
    }

    /** Writes the workbook of the reports in {@code folder} when {@code --xlsx} was given. */
    static void writeIfAsked(Arguments args, Path folder) throws IOException {
        if (args.flag(XLSX)) {
            XlsxWorkbook.write(folder);
        }
    }
}
