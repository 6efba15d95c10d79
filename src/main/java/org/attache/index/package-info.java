/**
 * The Lucene index of a run: schema, writing ({@link org.attache.index.DocumentIndex}), the versioned
 * analysis record ({@code docs/index-record.md}), searching and browsing, duplicate groups, and the one
 * way a committed index is opened ({@code CommittedIndex}). Imports {@code model} and {@code io}; may
 * import {@code ingest} and {@code nlp} too, never {@code report}, {@code pipeline}, {@code serve} or
 * {@code cli}.
 */
package org.attache.index;
