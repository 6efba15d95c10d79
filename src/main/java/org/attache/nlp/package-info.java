/**
 * Analysis of a clean document: language, sentences and tokens, actors ({@code nlp.actors},
 * {@code nlp.ner}), quotations and transcript turns ({@code nlp.quotes}); {@code nlp.maxent} holds the
 * exact, faster copies of OpenNLP code paths, checked against OpenNLP when a model loads. May import {@code model}, {@code io} and {@code ingest}; never
 * {@code index}, {@code report}, {@code pipeline}, {@code serve} or {@code cli}.
 */
package org.attache.nlp;
