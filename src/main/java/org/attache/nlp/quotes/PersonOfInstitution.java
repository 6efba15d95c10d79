package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Anson Veil of the Corben Center for Harbour Studies": a person's name, then "of" and an institution whose own
 * name runs on past "for", "of" or "and". The trailing capitalised run ("Harbour Studies") is part of the
 * institution, so the speaker is the name before the first "of".
 */
final class PersonOfInstitution {

    /** Longest institution name after "of", in words. */
    private static final int LONGEST_TAIL = 8;

    private static final Set<String> LINKS = Set.of("of", "for", "the", "and", "&");

    private PersonOfInstitution() {
    }

    /**
     * Where the person's name starts in {@code words}, the name ending right before the "of" that returns at
     * index {@code of[0]}; -1 when the words are not a person of an institution. {@code n} is where the
     * trailing capitalised run starts.
     */
    static int nameStart(List<QuoteToken> words, int n, IntPredicate nameWord, int[] of) {
        boolean institution = false;
        for (int o = words.size() - 1; o >= 1 && words.size() - o <= LONGEST_TAIL + 1; o--) {
            String l = words.get(o).lower();
            institution |= SpeakerKinds.ORGANISATION_WORDS.contains(l);
            if (l.equals("of") && o < n && institution) {
                int b = o;
                while (b > 0 && nameWord.test(b - 1)) {
                    b--;
                }
                if (o - b >= 2 && isPersonName(words, b, o)) {
                    of[0] = o;
                    return b;
                }
            }
            if (!nameWord.test(o) && !LINKS.contains(l)) {
                return -1;
            }
        }
        return -1;
    }

    /** No organisation word in it, and a last word in mixed case (not an acronym). */
    private static boolean isPersonName(List<QuoteToken> words, int b, int e) {
        for (int k = b; k < e; k++) {
            if (SpeakerKinds.ORGANISATION_WORDS.contains(words.get(k).lower().replaceAll("\\.$", ""))) {
                return false;
            }
        }
        String last = words.get(e - 1).text();
        return !last.equals(last.toUpperCase(Locale.ROOT));
    }
}
