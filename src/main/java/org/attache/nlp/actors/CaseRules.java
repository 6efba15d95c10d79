package org.attache.nlp.actors;

/**
 * The per-form case rules. Acronyms match their exact case ("US", never "us" or "Us"). Other forms
 * match when every capital letter of the form is a capital in the text, other letters in either case:
 * "the Alliance" matches "The Alliance" but not "the alliance"; "Nato" matches "NATO".
 * Acronyms marked as English words ("~US", "~IS", "~WHO") are not read in a line written in capitals.
 */
final class CaseRules implements AliasTrie.CaseRule {

    static final CaseRules INSTANCE = new CaseRules();

    private CaseRules() {
    }

    @Override
    public boolean accepts(AliasTrie.Candidate c, NameMatchTokens text, int first, int last) {
        String[] form = c.tokens();
        if (form.length != last - first + 1) {
            return false;
        }
        boolean exact = c.alias().kind() == AliasKind.ACRONYM;
        for (int k = 0; k < form.length; k++) {
            String seen = text.surface(first + k);
            if (exact ? !sameExact(form[k], seen) : !capitalsKept(form[k], seen)) {
                return false;
            }
        }
        return !(c.alias().notInCapitals() && shouted(text, first, last));
    }

    private static boolean sameExact(String form, String seen) {
        if (form.length() != seen.length()) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            if (NameFolding.unifyPunctuation(form.charAt(i)) != NameFolding.unifyPunctuation(seen.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalsKept(String form, String seen) {
        for (int i = 0; i < form.length(); i++) {
            if (Character.isUpperCase(form.charAt(i)) && (i >= seen.length() || !Character.isUpperCase(seen.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** True when the line around the match is written in capitals (a shouted headline), so "US" may be "us". */
    static boolean shouted(NameMatchTokens text, int first, int last) {
        String s = text.text();
        int from = Math.max(s.lastIndexOf('\n', text.start(first)) + 1, text.start(first) - 60);
        int lineEnd = s.indexOf('\n', text.end(last));
        int to = Math.min(lineEnd < 0 ? s.length() : lineEnd, text.end(last) + 60);
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; i++) {
            if (i >= text.start(first) && i < text.end(last)) {
                continue;
            }
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        return letters >= 6 && upper >= 0.7 * letters;
    }
}
