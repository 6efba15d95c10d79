package org.attache.nlp.quotes;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * "Rep. Ada B. Lind of Oregon": a person's name, then "of" and a place of one or two words, names the
 * person. A name of one word before "of" ("Bank of America", "Secretary of State") is left alone.
 */
final class PersonOfPlace {

    private PersonOfPlace() {
    }

    /**
     * Where the person's name starts in {@code words}, the name ending right before the "of" (or "for") whose
     * index returns in {@code of[0]}; -1 when the words are not a person of a place. {@code n} is where the
     * trailing capitalised run starts.
     */
    static int nameStart(List<QuoteToken> words, int n, QuoteLexicon lexicon, IntPredicate nameWord, int[] of) {
        int o = n - 1;
        if (o >= 1 && words.get(o).lower().equals("the")) {
            o--; // "Del. Mara Venn of the Harbour Islands"
        }
        boolean institution = o < n - 1; // "of the Sierra Club", "for the Tax Center": longer names
        if (o < 2 || words.size() - n > (institution ? 4 : 2)
                || !words.get(o).lower().equals("of") && !words.get(o).lower().equals("for")) {
            return -1;
        }
        int b = o;
        if (b >= 2 && words.get(b - 1).capitalized() && lexicon.isRoleWord(words.get(b - 1).lower())
                && nameWord.test(b - 2)) {
            b--; // "Anton T. King of Harbour County": a surname that is also a title ends the name
        }
        while (b > 0 && nameWord.test(b - 1)) {
            b--;
        }
        // "Mr. Tarn of the Coast Trust": a surname after a courtesy title is a person's name too
        boolean titledSurname = o - b == 1 && b > 0 && lexicon.isHonorific(words.get(b - 1).lower());
        if (o - b < 2 && !titledSurname || !words.get(o - 1).text().chars().skip(1).anyMatch(Character::isLowerCase)) {
            return -1;
        }
        for (int k = b; k < o; k++) {
            if (SpeakerKinds.ORGANISATION_WORDS.contains(words.get(k).lower())) {
                return -1;
            }
        }
        of[0] = o;
        return b;
    }
}
