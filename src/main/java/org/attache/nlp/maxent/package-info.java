/**
 * Exact, allocation-free evaluation of OpenNLP maxent (GIS) models: the predicate table, feature hashes,
 * the probabilities of a context. Bit-for-bit the numbers OpenNLP computes (see
 * {@code docs/opennlp-speedups.md}); a model whose layout does not fit is left to OpenNLP itself. May
 * import {@code model} and OpenNLP only.
 */
package org.attache.nlp.maxent;
