package org.attache.nlp.actors;

import java.util.Locale;
import java.util.Set;
import org.attache.model.TextSpan;

/**
 * The shape of a candidate name on the sheet's tokens: where a model entity lies, what to trim off
 * it, how far it runs on, and whether what is left looks like a name at all.
 */
final class NameSpans {

    private static final int MAX_NAME_TOKENS = 8;
    private static final String QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e";

    private final MentionSheet sheet;
    private final NameMatchTokens tokens;

    NameSpans(MentionSheet sheet) {
        this.sheet = sheet;
        this.tokens = sheet.tokens;
    }

    /** The tokens inside a character span, or null. */
    int[] tokenRange(TextSpan span) {
        if (span.end() > sheet.text.length() || span.length() == 0) {
            return null;
        }
        int a = tokens.indexAtOrAfter(span.start());
        int b = a - 1;
        while (b + 1 < tokens.size() && tokens.end(b + 1) <= span.end()) {
            b++;
        }
        return a <= b ? new int[] {a, b} : null;
    }

    /** The longest run of tokens in {@code a..b} that no earlier mention covers. */
    int[] longestFreeRun(int a, int b) {
        int[] best = null;
        int runStart = -1;
        for (int t = a; t <= b + 1; t++) {
            boolean free = t <= b && !sheet.covered(t);
            if (free && runStart < 0) {
                runStart = t;
            } else if (!free && runStart >= 0) {
                if (best == null || t - runStart > best[1] - best[0] + 1) {
                    best = new int[] {runStart, t - 1};
                }
                runStart = -1;
            }
        }
        return best;
    }

    /**
     * "Lena K." + "Osterholm": a person's name that stops at a middle initial and its dot goes on to
     * the capitalised word right after it (the name finder often stops there, taking the dot for a
     * sentence end); the last token of the name.
     */
    int throughMiddleInitial(int a, int b) {
        int initial = ".".equals(tokens.surface(b)) ? b - 1 : b;
        int dot = initial + 1;
        int next = dot + 1;
        String s = tokens.surface(initial);
        boolean isInitial = initial > a && s.length() == 1 && Character.isUpperCase(s.charAt(0));
        if (!isInitial || next >= tokens.size() || !".".equals(tokens.surface(dot))
                || tokens.start(dot) != tokens.end(initial) || sheet.covered(next) || !tokens.isWord(next)
                || !tokens.isCapitalised(next) || tokens.surface(next).length() < 2
                || sheet.text.substring(tokens.end(dot), tokens.start(next)).chars().anyMatch(c -> c != ' ')
                || NameWords.FUNCTION_WORDS.contains(tokens.surface(next))) {
            return b;
        }
        return next;
    }

    /**
     * "Rivo" + "-PL": a name that stops at a hyphen joining it to a capitalised word goes on to that
     * word (the tokenizer splits at hyphens); the last token of the name.
     */
    int throughHyphen(int b) {
        int hyphen = b + 1;
        int next = b + 2;
        if (next < tokens.size() && "-".equals(tokens.surface(hyphen)) && tokens.start(hyphen) == tokens.end(b)
                && tokens.start(next) == tokens.end(hyphen) && !sheet.covered(next) && tokens.isWord(next)
                && Character.isUpperCase(sheet.text.charAt(tokens.start(next)))) {
            return throughHyphen(next);
        }
        return b;
    }

    /**
     * "Tom" + "Koenigs": a given name the model tagged alone goes on to the capitalised word right
     * after it (on its line, across one line break or an em dash) when that word is no ordinary word
     * of the document, no title, no organisation's or document's head word, and not in a headline.
     */
    int throughSurname(int b) {
        int next = b + 1;
        if (next >= tokens.size() || sheet.covered(next) || !tokens.isWord(next) || !tokens.isCapitalised(next)
                || !sheet.text.substring(tokens.end(b), tokens.start(next)).isBlank()
                || tokens.start(next) == tokens.end(b)) {
            return b;
        }
        String w = tokens.surface(next);
        if (!tokens.joined(b) && sheet.occurrences(w) < 2) {
            return b; // across a blank line (a page dump's broken line) only a surname the text uses again
        }
        if (w.length() < 2 || NameWords.neverAName(w) || NameWords.ORGANISATION_HEADS.contains(w)
                || NameWords.NOT_ACTOR_HEADS.contains(w) || sheet.usedAsCommonWord(w)
                || w.equals(w.toUpperCase(Locale.ROOT)) || sheet.titleCase(b)) {
            return b;
        }
        return next;
    }

    /**
     * "Jeb" + "Bush": a surname the model tagged alone starts at the given name right before it on its
     * line, when that word is no ordinary word of the document, no title, no organisation's or document's
     * head word, not itself the end of a longer capitalised run, and not in a headline; the first token.
     */
    int fromGivenName(int a) {
        int p = a - 1;
        if (p < 0 || sheet.covered(p) || !tokens.isWord(p) || !tokens.isCapitalised(p)
                || !" ".equals(sheet.text.substring(tokens.end(p), tokens.start(a))) || sheet.titleCase(a)) {
            return a;
        }
        String w = tokens.surface(p);
        if (w.length() < 2 || w.equals(w.toUpperCase(Locale.ROOT)) || NameWords.neverAName(w)
                || NameWords.ORGANISATION_HEADS.contains(w) || NameWords.NOT_ACTOR_HEADS.contains(w)
                || sheet.usedAsCommonWord(w) || w.length() >= 7 && w.matches(".*(ed|ing)")
                || w.endsWith("s") && NameWords.TITLES.contains(w.substring(0, w.length() - 1))) {
            return a; // "Understated Perez", "Morning Joe", "Senators Ames": a headline's word, a show's name, a title
        }
        int before = p - 1;
        boolean runOn = before >= 0 && tokens.joined(before) && tokens.isWord(before) && tokens.isCapitalised(before)
                && !sheet.covered(before) && !NameWords.neverAName(tokens.surface(before));
        return runOn || startsSentence(p) ? a : p; // "Later Bush said": any word is capitalised there
    }

    /** Whether token {@code t} opens a line, a sentence or a quotation ("Gov. Jeb" does not). */
    private boolean startsSentence(int t) {
        int p = t - 1;
        if (p < 0 || sheet.text.substring(tokens.end(p), tokens.start(t)).indexOf('\n') >= 0) {
            return true;
        }
        String s = tokens.surface(p);
        if (s.equals(".")) {
            return p == 0 || !NameWords.TITLES.contains(tokens.surface(p - 1));
        }
        return !tokens.isWord(p) && ".!?:;\"\u201c\u201d'\u2018\u2019([".contains(s);
    }

    /** Words that follow a name after a hyphen without being part of it ("Biden-era", "Kremlin-backed"). */
    private static final Set<String> HYPHEN_SUFFIXES = Set.of("led", "backed", "based", "era",
            "style", "like", "linked", "owned", "run", "aligned", "allied", "controlled", "funded", "appointed",
            "affiliated", "friendly", "sponsored", "supported", "type", "made", "born", "elect", "designate",
            "in", "law", "ish", "esque", "ism", "ist", "ite", "free", "level", "class", "wide", "related", "held");

    /**
     * "Han Dong" + "-hoon": a person's name of two words or more whose last word goes on after a
     * hyphen in lower case (a hyphenated given name) takes that part too, unless it is a word the
     * document also uses on its own or an English suffix ("Biden-era").
     */
    int throughLowerCaseHyphen(int b) {
        int hyphen = b + 1;
        int next = b + 2;
        if (next >= tokens.size() || !"-".equals(tokens.surface(hyphen)) || tokens.start(hyphen) != tokens.end(b)
                || tokens.start(next) != tokens.end(hyphen) || sheet.covered(next) || !tokens.isWord(next)) {
            return b;
        }
        String w = tokens.surface(next);
        boolean followsOn = next + 1 < tokens.size() && tokens.start(next + 1) == tokens.end(next)
                && Character.isLetterOrDigit(sheet.text.charAt(tokens.start(next + 1)));
        if (!Character.isLowerCase(w.charAt(0)) || w.length() > 6 || HYPHEN_SUFFIXES.contains(w)
                || sheet.usedOnItsOwn(w) || followsOn) {
            return b;
        }
        return next;
    }

    /** Whether the name {@code a..b} ends in a hyphenated lower-case part ("Lee Jae-myung"). */
    boolean endsInLowerCaseHyphen(int a, int b) {
        return b - 2 > a && "-".equals(tokens.surface(b - 1)) && Character.isLowerCase(tokens.surface(b).charAt(0));
    }

    /** Whether the word before token {@code a} is "a" or "an". */
    boolean afterIndefiniteArticle(int a) {
        return a > 0 && tokens.joined(a - 1) && (tokens.surface(a - 1).equals("a") || tokens.surface(a - 1).equals("an"));
    }

    /** A title-case word right before another capitalised word on its line: a piece of a longer name. */
    boolean cutFromLongerName(int a) {
        int next = a + 1;
        String w = tokens.surface(a);
        return !w.equals(w.toUpperCase(Locale.ROOT)) && next < tokens.size() && tokens.isWord(next)
                && tokens.isCapitalised(next) && sameLine(a) && !sheet.covered(next);
    }

    /** "Communist bloc", "Federal agencies": a word shaped like an adjective before a lower-case word. */
    boolean adjectiveBeforeNoun(int a) {
        String w = tokens.surface(a);
        int next = a + 1;
        return w.matches("\\p{Lu}\\p{Ll}+(ist|ing|ic|al|ive|ous|ary|ian)") && next < tokens.size() && sameLine(a)
                && tokens.isWord(next) && Character.isLowerCase(tokens.surface(next).charAt(0));
    }

    /** "CSPs", "SBOMs": an acronym in the plural names a kind of thing, not one organisation. */
    boolean mixedCaseTerm(int a) {
        return tokens.surface(a).matches("\\p{Lu}{2,}s");
    }

    private boolean sameLine(int t) {
        return t + 1 < tokens.size() && sheet.text.substring(tokens.end(t), tokens.start(t + 1)).equals(" ");
    }

    boolean followedBy(int t, Set<String> words) {
        return t + 1 < tokens.size() && tokens.joined(t) && words.contains(tokens.surface(t + 1));
    }

    boolean nextIsNumber(int t) {
        return t + 1 < tokens.size() && tokens.joined(t) && tokens.surface(t + 1).chars().allMatch(Character::isDigit);
    }

    /** Drops leading "the", titles and punctuation, and a trailing possessive or punctuation. */
    int[] trim(int a, int b, boolean person) {
        while (a <= b) {
            String s = tokens.surface(a);
            boolean drop = !tokens.isWord(a) || s.equalsIgnoreCase("the")
                    || person && (NameWords.TITLES.contains(s) || NameWords.FUNCTION_WORDS.contains(s)
                    || a < b && s.matches("\\p{Lu}\\p{Ll}+(ed|ing|ly)") && sheet.usedAsCommonWord(s)); // "Purported Smith"
            if (!drop) {
                break;
            }
            a++;
        }
        while (b >= a) {
            String s = tokens.surface(b);
            boolean possessive = (s.equals("s") || s.equals("S")) && b - 1 >= a
                    && "'’".contains(tokens.surface(b - 1));
            if (possessive) {
                b -= 2;
            } else if (!tokens.isWord(b) && !s.equals(".")) {
                b--;
            } else if (s.equals(".") && (b - 1 < a || tokens.surface(b - 1).length() > 2)) {
                b--;
            } else if (person && b > a && (NameWords.FUNCTION_WORDS.contains(s) || NameWords.NOT_NAMES.contains(s)
                    || sheet.titleCase(b) && sheet.usedAsCommonWord(s))) {
                b--; // a headline's verb or noun after the name: "Putin Says", "Biden Warns"
            } else {
                break;
            }
        }
        return a <= b ? new int[] {a, b} : null;
    }

    boolean looksLikeName(int a, int b) {
        if (b - a + 1 > MAX_NAME_TOKENS || !tokens.isWord(a) || !tokens.isCapitalised(a)) {
            return false;
        }
        for (int t = a; t < b; t++) {
            if (!tokens.joined(t)) {
                return false;
            }
        }
        boolean anyName = false;
        for (int t = a; t <= b; t++) {
            String s = tokens.surface(t);
            if (tokens.isWord(t) && Character.isUpperCase(s.charAt(0)) && s.length() > 1
                    && !NameWords.neverAName(s) && !s.chars().allMatch(Character::isDigit)) {
                anyName = true;
            }
            if (s.equals("@") || s.equals("/") || s.equals("=") || QUOTE_MARKS.indexOf(s.charAt(0)) >= 0) {
                return false; // a quotation mark inside means the span crosses into or out of a quote
            }
        }
        return anyName;
    }
}
