/**
 * Quotations and their speakers: quote marks paired, pull and block quotes, cue words, speaker
 * resolution, transcript turns. Imports {@code model} and, from {@code nlp}, only the interfaces it
 * implements ({@link org.attache.nlp.QuoteFinder}, {@link org.attache.nlp.TranscriptReader}) and the shared
 * given-name list ({@link org.attache.nlp.GivenNameList}); never the
 * other stage packages {@code nlp.actors} and {@code nlp.ner} (ArchitectureTest), and it needs nothing
 * from {@code io} or {@code ingest}. The words it reads are its own cut ({@code QuoteTokenizer}), made once per
 * document ({@code DocumentQuoteTokens}), not the sentence tokens: see docs/tokens.md.
 */
package org.attache.nlp.quotes;
