package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells quoted terms that are not anybody's words from quotations: scare quotes
 * (so-called "hybrid" threats), names and titles of works ("Fox News Sunday", "Steadfast
 * Defender"), and short quoted terms with no cue of reported speech around them.
 */
final class ScareQuotes {

    /**
     * Words that introduce a name or a term rather than someone's words. A work named right before the marks
     * ("the film "Harbour Lights"") is its title; followed by a comma or colon ("according to the report, "…"",
     * "from the report: "…"") it is the source of the words that follow.
     */
    private static final Pattern NAMING = Pattern.compile(
            "(?i)(?:(?:so-called|so called|dubbed|nicknamed|termed|known as|titled|entitled|headlined|named|"
                    + "codenamed|code-named|code named|the term|the word|the words|the phrase|the slogan|"
                    + "the hashtag|the label|the motto)\\s*[,:]?|(?:operation|exercise|the book|the report|the film|"
                    + "the documentary|the programme|the program|the show|the series|the newspaper))\\s*$");

    /** "dubbed Sondland's role as": a naming verb whose object comes between it and the name. */
    private static final Pattern NAMING_AS = Pattern.compile(
            "(?i)\\b(?:dubbed|nicknamed|termed|labell?ed|branded|christened)\\b[^.!?\"“”]{0,80}?\\bas\\s*$");

    private static final Set<String> SMALL_WORDS = Set.of(
            "of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "by", "with", "from", "or", "vs", "de");

    private static final int SHORT = 3;

    private ScareQuotes() {
    }

    /**
     * @param inner          the words inside the marks
     * @param textBefore     the sentence before the opening mark
     * @param cueInSentence  a cue of reported speech in the quote's sentence
     * @param inHeadline     the quote stands in the document's headline, where quoted words are almost always
     *                       someone's (a headline has no room for a cue, and capitalises every word)
     */
    static boolean notAQuotation(String inner, String textBefore, boolean cueInSentence, boolean inHeadline) {
        if (NAMING.matcher(textBefore).find() || NAMING_AS.matcher(textBefore).find()) {
            return true;
        }
        if (inHeadline) {
            return false;
        }
        List<String> words = List.of(inner.strip().split("[\\s\u00A0]+"));
        if (isTitle(words) && !spansSentences(words) && !opensReportedSentence(inner, textBefore, cueInSentence)) {
            return true;
        }
        return words.size() <= SHORT && !cueInSentence && !isSentence(inner, textBefore);
    }

    /**
     * Words that make a sentence of their own ("Neither do I." after the quote it answers, or after a colon):
     * capitalised, closed by a full stop, question or exclamation mark inside the marks, and nothing of the
     * writer's own sentence before them. A term is set into the writer's sentence.
     */
    private static boolean isSentence(String inner, String textBefore) {
        String words = inner.strip();
        String before = textBefore.strip();
        if (words.isEmpty() || !(before.isEmpty() || before.endsWith(":"))) {
            return false;
        }
        char last = words.charAt(words.length() - 1);
        return Character.isUpperCase(words.codePointAt(0)) && (last == '.' || last == '?' || last == '!')
                && words.chars().filter(Character::isLetter).count() > 3;
    }

    /**
     * Capitalised words that open a sentence and close with a comma before its cue ("Your Honor," I said) are the
     * first part of an interrupted quotation; a title set into the writer's sentence has words before it.
     */
    private static boolean opensReportedSentence(String inner, String textBefore, boolean cueInSentence) {
        return cueInSentence && textBefore.isBlank() && inner.strip().endsWith(",");
    }

    /**
     * Capitalised words with a full stop inside them ("Like Oakland. Or Ferguson,") are sentences, not a title. Short
     * words before a full stop are abbreviations ("Mr.", "Sen.", "St.") and a name or title may hold them.
     */
    private static boolean spansSentences(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.endsWith(".") && w.chars().filter(Character::isLetter).count() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Two or more words, every one capitalised but the small ones: a name or a title. */
    private static boolean isTitle(List<String> words) {
        if (words.size() < 2 || words.size() > 8) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(bare.codePointAt(0)) && !Character.isDigit(bare.codePointAt(0))) {
                return false;
            }
        }
        String last = words.get(words.size() - 1);
        return !last.endsWith("?") && !last.endsWith("!");
    }
}
