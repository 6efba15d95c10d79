/**
 * The Lucene index of a run: schema, writing ({@link org.attache.index.DocumentIndex}), the versioned
 * analysis record ({@code docs/index-record.md}), searching and browsing, duplicate groups. May import
 * {@code model}, {@code io}, {@code ingest} and {@code nlp}; never {@code report}, {@code pipeline},
 * {@code serve} or {@code cli}.
 */
package org.attache.index;
