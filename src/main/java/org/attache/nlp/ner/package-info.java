/**
 * The name finder: our OpenNLP name-finder model and the tagger over it; its fast exact search is one
 * of the fenced OpenNLP copies in {@code nlp.maxent}, its training and evaluation tools are in the tools
 * source set. Imports {@code model}, {@code nlp} (the {@link org.attache.nlp.EntityTagger} it implements)
 * and {@code nlp.maxent}; may import {@code io} and {@code ingest} too, not the other stages
 * ({@code nlp.actors}, {@code nlp.quotes}).
 */
package org.attache.nlp.ner;
