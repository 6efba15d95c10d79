package org.attache.nlp.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indefinite description that introduced an unnamed person a definite one points back to: "the woman said"
 * after "a 29-year-old nurse from Lyon ... One woman adopted from Chile" reads as the woman introduced, and is
 * printed in that fuller form ("woman adopted from Chile"), which tells two unnamed people apart.
 */
final class IntroducedDescription {

    private IntroducedDescription() {
    }

    /** Up to three modifiers before the head; a participle phrase naming a place or origin after it. */
    private static final String FORM = "\\b(?i:a|an|one)\\s+((?:[\\p{L}\\d'’-]+\\s+){0,3}?%s"
            + "(?:\\s+\\p{Ll}+ed\\s+(?:from|in|of)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)?)\\b";

    /**
     * The last description "a/an/one ... {@code head}" written before {@code at}, without its article, when it says
     * more than the head alone; null otherwise.
     */
    static String before(String text, String head, int at) {
        if (!head.matches("\\p{Ll}+")) {
            return null;
        }
        Matcher m = Pattern.compile(String.format(FORM, Pattern.quote(head))).matcher(text);
        String found = null;
        while (m.find() && m.end() <= at) {
            found = m.group(1);
        }
        return found == null || found.equalsIgnoreCase(head) ? null : found.replaceAll("\\s+", " ");
    }
}
