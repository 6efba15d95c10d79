/**
 * The fast copies of OpenNLP code, fenced in one place: exact, allocation-light evaluation of maxent
 * (GIS) models (the predicate table, feature hashes, two-outcome decisions), the tokenizer and
 * sentence detector built on it ({@link org.attache.nlp.maxent.MaxentTokenizer},
 * {@link org.attache.nlp.maxent.MaxentSentenceDetector}), and the name finder's beam search with the
 * features of our descriptor ({@link org.attache.nlp.maxent.FastNameFinderModel},
 * {@link org.attache.nlp.maxent.NameSearch}), bit for bit what OpenNLP computes.
 * The name finder's and the language detector's model files are read straight into feature tables
 * ({@link org.attache.nlp.maxent.GisFile}) instead of through OpenNLP's model readers.
 * {@link org.attache.nlp.maxent.OpenNlpFence} decides, when a model loads, whether a copy may stand in
 * for OpenNLP (the release it reproduces, the model's layout); otherwise plain OpenNLP runs, with a
 * one-line notice. See {@code docs/opennlp-speedups.md}. May import {@code model} and OpenNLP only.
 */
package org.attache.nlp.maxent;
