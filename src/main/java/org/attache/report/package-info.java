/**
 * What a run writes for people: the CSV files, report.html, the Excel workbook, rebuilt from the index.
 * May import {@code model}, {@code io}, {@code ingest}, {@code nlp} and {@code index}; never
 * {@code pipeline}, {@code serve} or {@code cli}.
 */
package org.attache.report;
