/**
 * The name finder: our OpenNLP name-finder model and the tagger over it; its fast exact search is one
 * of the fenced OpenNLP copies in {@code nlp.maxent}, its training and evaluation tools are in the tools
 * source set. May import {@code model}, {@code io}, {@code ingest} and the rest of {@code nlp}.
 */
package org.attache.nlp.ner;
