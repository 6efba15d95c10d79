/**
 * Actors: the gazetteer and the researcher's actor lists, name-finder output filtered and resolved to
 * one canonical name per actor, person coreference. Imports {@code model} and {@code nlp} (the document
 * container, the name-finder interface, the given-name list shared with the quotation stage); may import {@code io} and {@code ingest} too. Not the other
 * stages ({@code nlp.ner}, {@code nlp.quotes}): the name finder reaches it through
 * {@link org.attache.nlp.EntityTagger}.
 */
package org.attache.nlp.actors;
