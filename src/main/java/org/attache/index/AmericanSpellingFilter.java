package org.attache.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Rewrites British spellings to American ({@link SpellingVariants}), after lower-casing and before
 * stemming, at index and at query time alike, so either spelling finds both. Offsets stay those of
 * the word as written; keyword-marked tokens pass unchanged.
 */
public final class AmericanSpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public AmericanSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String american = SpellingVariants.americanOrNull(term.buffer(), term.length());
            if (american != null) {
                term.setEmpty().append(american);
            }
        }
        return true;
    }
}
