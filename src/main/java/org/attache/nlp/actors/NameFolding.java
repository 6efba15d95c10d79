package org.attache.nlp.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The key a token is looked up by: lower case, accents removed, typographic apostrophes and hyphens unified. */
final class NameFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameFolding() {
    }

    static String fold(CharSequence token) {
        String s = token.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                    .replace('\u2010', '-').replace('\u2011', '-');
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Folds a character the way {@link #fold} folds it inside a token, for exact-case comparisons. */
    static char unifyPunctuation(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }
}
