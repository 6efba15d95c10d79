/**
 * What a run writes for people: the CSV files, report.html, the Excel workbook, rebuilt from the index.
 * Imports {@code model}, {@code io} and {@code index}; may import {@code ingest} and {@code nlp} too, never
 * {@code pipeline}, {@code serve} or {@code cli}.
 */
package org.attache.report;
