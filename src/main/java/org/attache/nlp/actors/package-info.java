/**
 * Actors: the gazetteer and the researcher's actor lists, name-finder output filtered and resolved to
 * one canonical name per actor, person coreference. May import {@code model}, {@code io}, {@code ingest}
 * and the rest of {@code nlp}.
 */
package org.attache.nlp.actors;
