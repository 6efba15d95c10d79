/**
 * Analysis of a clean document: the document container ({@link org.attache.nlp.AnnotatedText}), language,
 * sentences and tokens, and the interfaces of the stages that add to it: actors ({@code nlp.actors},
 * {@code nlp.ner}), quotations and transcript turns ({@code nlp.quotes}); {@code nlp.maxent} holds the
 * exact, faster copies of OpenNLP code paths, checked against OpenNLP when a model loads. Imports
 * {@code model} and {@code nlp.maxent}; may import {@code io} and {@code ingest} too. Never imports
 * {@code index}, {@code report}, {@code pipeline}, {@code serve} or {@code cli}, nor its stage packages
 * ({@code nlp.actors}, {@code nlp.ner}, {@code nlp.quotes}): they implement its interfaces and
 * {@code pipeline} puts them together.
 */
package org.attache.nlp;
