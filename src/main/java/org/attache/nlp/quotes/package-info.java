/**
 * Quotations and their speakers: quote marks paired, pull and block quotes, cue words, speaker
 * resolution, transcript turns. May import {@code model}, {@code io}, {@code ingest} and the rest of
 * {@code nlp}.
 */
package org.attache.nlp.quotes;
