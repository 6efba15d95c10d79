package org.attache.nlp.ner;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists behind the span clean-up: titles that precede a person's name, pronouns and
 * determiners that mention-style corpora put inside spans, and the small words allowed inside names.
 */
final class SpanRules {

    /** Titles, ranks and offices, lower-case, without a final period ("Mr." is matched as "mr"). */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "he", "his", "excellency",
            "president", "president-elect", "vice", "prime", "premier", "minister", "minister-designate",
            "secretary", "secretary-general", "undersecretary", "under-secretary", "state", "deputy", "assistant",
            "foreign", "defence", "defense", "interior", "home", "office", "affairs", "fco",
            "chancellor", "senator", "sen", "congressman", "congresswoman", "representative", "rep", "speaker",
            "governor", "gov", "mayor", "ambassador", "envoy", "special", "high", "commissioner", "coordinator",
            "king", "queen", "prince", "princess", "crown", "emir", "sultan", "pope", "cardinal", "archbishop",
            "bishop", "reverend", "rev", "father", "rabbi", "imam", "ayatollah", "justice", "judge",
            "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "cpt",
            "sergeant", "sgt", "spc", "corporal", "cpl", "private", "pvt", "admiral", "adm", "vice-admiral",
            "commodore", "brigadier", "brig", "marshal", "commander", "cmdr", "officer", "petty", "chief",
            "senior", "staff", "army", "navy", "air", "marine", "marines",
            "spokesman", "spokeswoman", "spokesperson", "press", "director", "chairman", "chairwoman", "chair",
            "leader", "former", "acting", "interim", "designate", "elect", "first",
            "u.s.", "us", "uk", "u.k.", "un", "u.n.", "eu", "nato");

    static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "he", "him", "his", "himself", "she", "her",
            "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves", "they", "them",
            "their", "theirs", "themselves", "who", "whom", "this", "that", "these", "those");

    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your");

    /** Lower-case words and joiners that occur inside names ("Bashar al - Assad", "Bank of England"). */
    static final Set<String> NAME_PARTICLES = Set.of(
            "of", "and", "for", "the", "on", "in", "to", "at", "de", "del", "della", "da", "do", "dos", "du", "la",
            "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "ben", "y", "&", "-", "'",
            "’", ".", "/");

    private SpanRules() {
    }

    static String key(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.length() > 1 && t.endsWith(".") && !t.equals("u.s.") && !t.equals("u.k.") && !t.equals("u.n.")
                ? t.substring(0, t.length() - 1) : t;
    }

    static boolean isTitle(String token) {
        return TITLES.contains(key(token));
    }

    static boolean isPronoun(String token) {
        return PRONOUNS.contains(token.toLowerCase(Locale.ROOT));
    }

    static boolean isDeterminer(String token) {
        return DETERMINERS.contains(token.toLowerCase(Locale.ROOT));
    }

    static boolean isParticle(String token) {
        return NAME_PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** Starts with an upper-case letter or a digit ("NATO", "Assad", "3rd"). */
    static boolean isCapitalised(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
    }

    static boolean isJoiner(String token) {
        return token.equals("-") || token.equals("'") || token.equals("’");
    }
}
