package org.attache.report;

/**
 * How CSV files are written: the default (UTF-8, LF) suits pandas and R; {@link #EXCEL} adds a
 * UTF-8 byte-order mark and CRLF line ends so a double-click opens it right in Excel.
 */
public enum CsvStyle {
    DEFAULT, EXCEL
}
