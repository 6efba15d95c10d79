package org.attache.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * British spellings to their American forms, so that {@code defence} and {@code defense} (or
 * {@code organisation} and {@code organization}) are one term in the index and in queries. Only
 * listed words and word roots change: {@code -ise} or {@code -our} alone would catch {@code
 * precise} or {@code four}. Hand-written because Lucene ships no English spelling table, and
 * the list is short. Input is one lower-cased word; thread-safe.
 */
public final class SpellingVariants {

    /** Whole words that follow no rule below. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
            Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("pretence", "pretense"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("grey", "gray"), Map.entry("greyzone", "grayzone"),
            Map.entry("aluminium", "aluminum"), Map.entry("jewellery", "jewelry"),
            Map.entry("sceptic", "skeptic"), Map.entry("sceptics", "skeptics"),
            Map.entry("sceptical", "skeptical"), Map.entry("scepticism", "skepticism"),
            Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"),
            Map.entry("ageing", "aging"), Map.entry("plough", "plow"),
            Map.entry("fulfil", "fulfill"), Map.entry("fulfils", "fulfills"), Map.entry("fulfilment", "fulfillment"),
            Map.entry("enrol", "enroll"), Map.entry("enrols", "enrolls"), Map.entry("enrolment", "enrollment"),
            Map.entry("instalment", "installment"), Map.entry("instalments", "installments"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"), Map.entry("practising", "practicing"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
            Map.entry("analogue", "analog"), Map.entry("analogues", "analogs"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("manoeuvred", "maneuvered"), Map.entry("manoeuvring", "maneuvering"),
            Map.entry("mould", "mold"), Map.entry("moulds", "molds"));

    /** Roots taking -our in British, -or in American (armour, behaviour, labourer, neighbourhood). */
    private static final Set<String> OUR_ROOTS = Set.of("arm", "behavi", "col", "endeav", "fav", "flav", "harb",
            "hon", "dishon", "hum", "lab", "neighb", "od", "rum", "savi", "splend", "vig", "val", "tum", "clam",
            "parl", "ard", "cand", "demean", "ferv", "rig", "succ", "vap", "misdemean");
    private static final String[] OUR_ENDINGS = {"", "s", "ed", "ing", "ful", "fully", "able", "ably", "ite", "ites",
            "er", "ers", "less", "hood", "hoods", "ism", "ist", "ists", "y"};

    /** Roots taking -ise in British, -ize in American (organise, organisation, prioritised). */
    private static final Set<String> ISE_ROOTS = Set.of("organ", "reorgan", "recogn", "real", "author", "priorit",
            "modern", "mobil", "demobil", "stabil", "destabil", "militar", "demilitar", "critic", "character",
            "apolog", "minim", "maxim", "util", "neutral", "normal", "legitim", "delegitim", "sanit", "synchron",
            "optim", "special", "central", "decentral", "digital", "global", "privat", "subsid", "summar", "capital",
            "harmon", "symbol", "visual", "categor", "civil", "colon", "democrat", "final", "formal", "internation",
            "jeopard", "local", "memorial", "national", "penal", "polar", "radical", "deradical", "terror", "weapon",
            "emphas", "patron", "equal", "industrial", "institutional", "liberal", "rational", "standard", "sympath",
            "energ", "galvan", "hospital", "immun", "marginal", "mechan", "moral", "personal", "popular",
            "revolution", "scrutin", "secular", "sensit", "desensit", "social", "stigmat", "theor", "trivial",
            "urban", "western", "vandal", "computer", "custom", "item", "familiar", "general", "monopol", "antagon",
            "brutal", "crystal", "dramat", "econom", "fantas", "human", "ideal", "magnet", "material", "public",
            "revital", "scandal", "tyrann", "union", "victim", "vocal", "commercial", "monet", "agon", "strateg",
            "operation", "federal", "fertil", "steril", "conceptual", "contextual", "incentiv", "legal",
            "decriminal", "vapor", "mesmer", "pulver");
    private static final String[] ISE_ENDINGS = {"ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers",
            "isable"};

    /** Roots taking -tre in British, -ter in American (centre, theatre). */
    private static final Set<String> TRE_ROOTS = Set.of("cen", "thea", "me", "li", "fib", "cali", "spec", "som", "lus",
            "mea", "sab", "kilome", "millime", "centime");
    private static final Map<String, String> TRE_ENDINGS = Map.of("tre", "ter", "tres", "ters", "tred", "tered",
            "tring", "tering");

    /** Roots doubling a final l before a suffix in British (travelled, cancelling, modeller). */
    private static final Set<String> LL_ROOTS = Set.of("travel", "cancel", "label", "model", "fuel", "counsel",
            "signal", "channel", "level", "marshal", "equal", "total", "dial", "tunnel", "quarrel", "rival",
            "shovel", "spiral", "pedal", "jewel", "refuel", "remodel", "unravel", "ravel", "grovel", "funnel",
            "duel", "libel", "bevel", "marvel", "initial", "pencil", "stencil", "snorkel");
    private static final String[] LL_ENDINGS = {"led", "ling", "ler", "lers", "lor", "lors"};

    /**
     * Every word that {@link #rules} changes (but the open-ended -yse rule), with its American form:
     * the rules are finite lists of roots and endings, so the index's analyzer, which asks for every
     * word of every text, makes one hash lookup on the term's characters instead of trying each rule
     * (a third of indexing time when it did).
     */
    private static final CharArrayMap<String> TABLE;
    /** Endings of the -yse rule (analyse, paralysed), whose roots are open-ended: tried by {@link #rules}. */
    private static final String[] YSE_ENDINGS = {"yse", "ysed", "ysing", "yses", "yser", "ysers"};

    static {
        TABLE = table();
    }

    private SpellingVariants() {
    }

    private static CharArrayMap<String> table() {
        List<String> candidates = new ArrayList<>(WORDS.keySet());
        for (String root : OUR_ROOTS) {
            for (String ending : OUR_ENDINGS) {
                candidates.add(root + "our" + ending);
            }
        }
        for (String root : ISE_ROOTS) {
            for (String ending : ISE_ENDINGS) {
                candidates.add(root + ending);
            }
        }
        for (String root : TRE_ROOTS) {
            for (String ending : TRE_ENDINGS.keySet()) {
                candidates.add(root + ending);
            }
        }
        for (String root : LL_ROOTS) {
            for (String ending : LL_ENDINGS) {
                candidates.add(root + ending);
            }
        }
        CharArrayMap<String> table = new CharArrayMap<>(candidates.size() * 2, false);
        for (String word : candidates) {
            String american = rules(word);
            if (!american.equals(word) && !endsLikeYse(word)) {
                table.put(word, american);
            }
        }
        return CharArrayMap.unmodifiableMap(table);
    }

    /**
     * The American spelling of the lower-cased word in {@code buffer[0, length)}, or null when it has
     * none; as {@link #american(String)}, without making a string of every word.
     */
    static String americanOrNull(char[] buffer, int length) {
        String listed = TABLE.get(buffer, 0, length);
        if (listed != null) {
            return listed;
        }
        if (length > 3 && endsLikeYse(buffer, length)) {
            String word = new String(buffer, 0, length);
            String american = rules(word);
            return american.equals(word) ? null : american;
        }
        return null;
    }

    private static boolean endsLikeYse(String word) {
        return endsLikeYse(word.toCharArray(), word.length());
    }

    private static boolean endsLikeYse(char[] buffer, int length) {
        for (String ending : YSE_ENDINGS) {
            int from = length - ending.length();
            if (from >= 0 && endsWith(buffer, from, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(char[] buffer, int from, String ending) {
        for (int i = 0; i < ending.length(); i++) {
            if (buffer[from + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The American spelling of a lower-cased word, or the word itself. */
    public static String american(String word) {
        String american = americanOrNull(word.toCharArray(), word.length());
        return american == null ? word : american;
    }

    /** The rules themselves, tried one by one: what {@link #TABLE} is made from. */
    private static String rules(String word) {
        String whole = WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.endsWith("yse") || word.endsWith("ysed") || word.endsWith("ysing") || word.endsWith("yses")
                || word.endsWith("yser") || word.endsWith("ysers")) {
            int at = word.lastIndexOf("ys");
            String root = word.substring(0, at);
            if (root.endsWith("anal") || root.endsWith("paral") || root.endsWith("catal") || root.endsWith("dial")) {
                return root + "yz" + word.substring(at + 2);
            }
        }
        String s = replaceEnding(word, OUR_ROOTS, "our", OUR_ENDINGS, "or");
        if (s != null) {
            return s;
        }
        for (String ending : ISE_ENDINGS) {
            if (word.endsWith(ending) && ISE_ROOTS.contains(word.substring(0, word.length() - ending.length()))) {
                return word.substring(0, word.length() - ending.length()) + "iz" + ending.substring(2);
            }
        }
        for (Map.Entry<String, String> ending : TRE_ENDINGS.entrySet()) {
            String root = word.endsWith(ending.getKey())
                    ? word.substring(0, word.length() - ending.getKey().length()) : null;
            if (root != null && TRE_ROOTS.contains(root)) {
                return root + ending.getValue();
            }
        }
        for (String ending : LL_ENDINGS) {
            if (word.endsWith("l" + ending)) {
                String root = word.substring(0, word.length() - ending.length());
                if (LL_ROOTS.contains(root)) {
                    return root + ending.substring(1);
                }
            }
        }
        return word;
    }

    /** root + middle + ending (one of endings) becomes root + replacement + ending, or null. */
    private static String replaceEnding(String word, Set<String> roots, String middle, String[] endings,
                                        String replacement) {
        for (String ending : endings) {
            int cut = word.length() - ending.length() - middle.length();
            if (cut > 0 && word.endsWith(middle + ending) && roots.contains(word.substring(0, cut))) {
                return word.substring(0, cut) + replacement + ending;
            }
        }
        return null;
    }
}
