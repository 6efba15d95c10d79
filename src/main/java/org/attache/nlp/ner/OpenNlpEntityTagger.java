package org.attache.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.attache.model.Cancellation;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;

/**
 * {@link EntityTagger} over our OpenNLP name finder. One per worker thread (NameFinderME keeps
 * state). Each {@link #tag} call is one document: the adaptive data (how tokens were tagged
 * earlier in the document) is cleared first so documents do not influence each other.
 */
public final class OpenNlpEntityTagger implements EntityTagger {

    /**
     * Longest run of tokens tagged in one go. OpenNLP's beam search (used for models our own
     * {@link NameSearch} cannot feed) copies the sequence so far at every token, so its time grows
     * with the square of the sentence length; a "sentence" of a whole page without full stops
     * would take hours. Real sentences are far shorter than this.
     */
    static final int MAX_TOKENS = 200;

    private final TokenNameFinder finder;

    OpenNlpEntityTagger(TokenNameFinder finder) {
        this.finder = finder;
    }

    @Override
    public List<NamedEntity> tag(String text, List<Sentence> sentences) {
        finder.clearAdaptiveData();
        List<NamedEntity> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<TextSpan> tokens = sentence.tokens();
            for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
                Cancellation.check();
                tagWindow(text, tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS)), out);
            }
        }
        finder.clearAdaptiveData();
        return List.copyOf(out);
    }

    private void tagWindow(String text, List<TextSpan> tokens, List<NamedEntity> out) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).of(text);
        }
        for (Span n : finder.find(words)) {
            TextSpan span = new TextSpan(tokens.get(n.getStart()).start(), tokens.get(n.getEnd() - 1).end());
            out.add(new NamedEntity(span, n.getType(), n.getProb()));
        }
    }
}
