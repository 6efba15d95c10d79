package org.attache.nlp.quotes;

/**
 * Who a quotation's own sentence says spoke it.
 *
 * @param phrase     the speaker phrase, before resolution
 * @param cue        the cue as written ("said", "according to", ":")
 * @param confidence how sure the pattern is, 0..1
 */
record Attribution(SpeakerPhrase phrase, String cue, double confidence) {
}
