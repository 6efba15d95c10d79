package org.attache.nlp.quotes;

import java.util.List;
import java.util.function.IntPredicate;
import org.attache.model.TextSpan;

/**
 * Organisations whose name runs on over "of" or "for" ("Citizens for Tax Justice", "the Illinois Board of
 * Elections"): a speaker phrase's name is otherwise its trailing run of capitalised words ("Tax Justice").
 */
final class BodyNames {

    private BodyNames() {
    }

    /**
     * The whole name when the words before the name's start {@code n} are "of" or "for" after a body's name:
     * capitalised name words with an organisation word among them, or a single plural ("Citizens").
     *
     * @param isNameWord whether word {@code k} of {@code words} can be part of a name
     */
    static SpeakerPhrase runningOn(String text, List<QuoteToken> words, int n, TextSpan span, String all,
                                   IntPredicate isNameWord) {
        int link = n - 1;
        if (link < 1 || n >= words.size() || !words.get(link).lower().equals("of")
                && !words.get(link).lower().equals("for")) {
            return null;
        }
        int b = words.get(0).lower().equals("the") ? 1 : 0;
        if (b >= link) {
            return null;
        }
        boolean body = false;
        for (int k = b; k < link; k++) {
            if (!isNameWord.test(k)) {
                return null;
            }
            body |= SpeakerKinds.ORGANISATION_WORDS.contains(words.get(k).lower());
        }
        String last = words.get(link - 1).lower();
        body |= link - b == 1 && last.length() > 4 && last.endsWith("s") && !last.endsWith("ss");
        if (!body) {
            return null;
        }
        TextSpan nameSpan = new TextSpan(words.get(b).start(), span.end());
        String name = b == 1 ? "the " + nameSpan.of(text) : nameSpan.of(text);
        return new SpeakerPhrase(SpeakerPhrase.Kind.NAME, all, span, name, nameSpan, "");
    }
}
