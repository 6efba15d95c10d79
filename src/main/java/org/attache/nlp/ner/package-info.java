/**
 * The name finder: our OpenNLP name-finder model, its fast exact search, and (until they move to their
 * own source set) its training and evaluation tools. May import {@code model}, {@code io}, {@code ingest}
 * and the rest of {@code nlp}.
 */
package org.attache.nlp.ner;
