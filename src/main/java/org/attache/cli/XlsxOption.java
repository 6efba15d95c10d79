package org.attache.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.attache.report.XlsxWorkbook;
import picocli.CommandLine.Option;

/** {@code --xlsx} on the commands that write the CSV reports: also one workbook with a sheet per CSV file. */
final class XlsxOption {

    @Option(names = "--xlsx", description = "Also write " + XlsxWorkbook.FILE + ": one sheet per CSV file, "
            + "numbers and dates typed, text that never runs as a formula.")
    boolean xlsx;

    /** Writes the workbook of the reports in {@code folder} when {@code --xlsx} was given. */
    void writeIfAsked(Path folder) throws IOException {
        if (xlsx) {
            XlsxWorkbook.write(folder);
        }
    }
}
