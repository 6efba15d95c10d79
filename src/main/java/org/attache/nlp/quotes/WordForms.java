package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/**
 * Word classes speaker phrases are read with, by form rather than by a tagger: auxiliaries and adverbs
 * between a subject and its verb, verb forms, time adverbials, courtesy titles.
 */
final class WordForms {

    private WordForms() {
    }

    /** Words between a subject and its cue verb: auxiliaries and common adverbs. */
    static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "also", "later", "repeatedly", "again", "once", "then", "previously", "recently",
            "already", "would", "will", "did", "does", "do", "is", "was", "were", "are", "be", "been", "just",
            "further", "earlier", "often", "long", "not", "never", "could", "may", "might", "should",
            "reportedly", "publicly", "privately", "simply", "even", "still", "first", "last", "today", "yesterday",
            "famously", "always", "being", "himself", "herself", "itself", "themselves", "personally");

    /** Words after a noun phrase that show it is not the subject of a verb. */
    static final Set<String> NOT_VERBS = Set.of("of", "and", "or", "in", "at", "on", "for", "to", "with",
            "from", "by", "as", "than", "but", "the", "a", "an", "who", "which", "that", "whose", "this", "these");

    /** Past tenses without "-ed" that report what someone did with words or stances. */
    static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "wrote", "gave", "took", "made", "went",
            "came", "saw", "knew", "thought", "felt", "left", "met", "led", "held", "ran", "spoke", "put", "set", "let",
            "hit", "got", "began", "brought", "sought", "found", "kept", "stood", "sent", "spent", "became", "chose",
            "drew", "fell", "grew", "heard", "meant", "paid", "rose", "sat", "shot", "struck", "swore", "taught",
            "threw", "understood", "won", "withdrew", "was", "were", "is", "are", "has", "had", "have", "did", "does",
            "can", "could", "will", "would", "must", "should", "might", "may");

    /** A lower-case noun that may stand inside a speaker phrase between capitalised words ("co-founder"). */
    static boolean isBridgeWord(QuoteToken t) {
        if (!t.word() || t.capitalized() || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        String l = t.lower();
        return l.length() > 3 && !SpeakerParser.FUNCTION_WORDS.contains(l) && !SpeakerParser.PRONOUNS.contains(l)
                && !AUXILIARIES.contains(l) && !l.endsWith("ed") && !l.endsWith("ing")
                && (!l.endsWith("ly") || l.equals("ally")) && !(l.endsWith("s") && !l.endsWith("ss")) && !l.contains("'") && !l.contains("\u2019");
    }

    /** A lower-case word that may modify a role noun ("policy" adviser, "law" enforcement official): no verb form. */
    static boolean isNounModifier(QuoteToken t) {
        if (!t.word() || t.capitalized() || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        String l = t.lower();
        return l.length() > 2 && !SpeakerParser.FUNCTION_WORDS.contains(l) && !SpeakerParser.PRONOUNS.contains(l)
                && !AUXILIARIES.contains(l) && !NOT_VERBS.contains(l) && !IRREGULAR_PAST.contains(l)
                && !TIME_NOUNS.contains(l) && !l.endsWith("ed") && !l.endsWith("ly") && !l.contains("'")
                && !l.contains("\u2019");
    }

    /** Nouns of time that make an adverbial with "last", "this", "on" … */
    static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning",
            "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "summer", "winter", "spring", "autumn", "fall", "time");

    /** "last week", "on Tuesday": a time adverbial between a subject and its verb. */
    static boolean isTimeAdverbial(QuoteToken first, QuoteToken second) {
        String a = first.lower();
        return first.word() && second.word() && TIME_NOUNS.contains(second.lower())
                && (a.equals("last") || a.equals("this") || a.equals("next") || a.equals("on") || a.equals("that")
                || a.equals("earlier") || a.equals("later") || a.equals("each") || a.equals("every"));
    }

    /** An auxiliary or an adverb between a subject and its verb ("has repeatedly said"). */
    static boolean isAuxiliary(QuoteToken t) {
        if (!t.word() || t.capitalized()) {
            return false;
        }
        String l = t.lower();
        return AUXILIARIES.contains(l) || l.endsWith("ly") && l.length() > 4 || l.equals("n't");
    }

    /** Mr, Ms, Mrs, Sir, Dame: part of a name's form, not of the role. */
    static boolean isCourtesy(String lower) {
        return lower.startsWith("mr") || lower.startsWith("ms") || lower.equals("sir") || lower.equals("dame");
    }

    /** A verb by its form after a subject: a cue, an irregular past, "-ed", or "-s" not on a noun ("groups of"). */
    static boolean verbByForm(String lower, boolean cue, boolean ofNext, boolean possessiveSubject) {
        if (cue || IRREGULAR_PAST.contains(lower) || lower.endsWith("ed")) {
            return true;
        }
        boolean third = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
        return third && !ofNext && !possessiveSubject;
    }

    /** "you’d", "we'll", "I've": the pronoun or function word without its contracted verb. */
    static String withoutContraction(String lower) {
        return lower.replaceFirst("['\u2019](d|ll|ve|re|m|s)$", "");
    }

    /** Steps back over auxiliaries and time adverbials between a subject and its cue ("Obama on Tuesday said"). */
    static int skipAuxiliariesBack(List<QuoteToken> toks, int j, int from) {
        int skipped = 0;
        while (j >= from && skipped < 4) {
            if (WordForms.isAuxiliary(toks.get(j))) {
                j--;
            } else if (j - 1 >= from && WordForms.isTimeAdverbial(toks.get(j - 1), toks.get(j))) {
                j -= 2; // "Trump last week invited", "Obama on Tuesday said"
            } else {
                break;
            }
            skipped++;
        }
        return j;
    }
}
