package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * The full personal names a document uses ("Alexander Vindman"), so that a surname alone
 * ("Vindman", "Mr. Vindman", "SULLIVAN:") can be read as the person named before. Names come from
 * the person mentions of the actors stage and, as a fallback, from "First Last" runs of
 * capitalised words. Built once per document.
 */
final class NameMemory {

    /** A full name, where it was seen, and its surname (worked out once: it is compared for every speaker). */
    record Named(String name, String actor, int at, String surname) {
        Named(String name, String actor, int at) {
            this(name, actor, at, NameMemory.lastWord(name));
        }
    }

    private static final Set<String> PARTICLES = Set.of(
            "bin", "ibn", "al", "el", "van", "von", "de", "da", "del", "der", "den", "la", "le", "du", "di", "abu");

    private final List<Named> names;

    private NameMemory(List<Named> names) {
        this.names = List.copyOf(names);
    }

    static NameMemory of(String text, List<Mention> mentions, QuoteLexicon lexicon) {
        List<Named> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && m.actor().contains(" ")) {
                out.add(new Named(m.actor(), m.actor(), m.span().start()));
            }
        }
        List<QuoteToken> toks = QuoteTokenizer.of(text, 0, text.length());
        int i = 0;
        while (i < toks.size()) {
            if (!isFull(toks.get(i), lexicon)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && isInner(toks.get(j))) {
                j++;
            }
            boolean endsOnFull = j < toks.size() && isFull(toks.get(j), lexicon);
            boolean runsOn = endsOnFull && j + 1 < toks.size() && isFull(toks.get(j + 1), lexicon);
            boolean afterName = i > 0 && toks.get(i - 1).capitalized() && !lexicon.isRoleWord(toks.get(i - 1).lower());
            if (endsOnFull && !runsOn && !afterName) {
                TextSpan span = new TextSpan(toks.get(i).start(), toks.get(j).end());
                String name = span.of(text);
                if (!onNonPerson(mentions, span)) out.add(new Named(name.replaceAll("\\s+", " ").replaceAll("['\u2019]s$", ""), "", toks.get(i).start()));
                i = j + 1;
            } else {
                i = endsOnFull ? j : j + 1;
                while (i < toks.size() && isFull(toks.get(i), lexicon)) {
                    i++; // a run of three or more capitalised words is not read as a person's name
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return new NameMemory(out);
    }

    /**
     * The full name whose surname is {@code surname}: names from the actors stage first, then the
     * nearest before {@code at}, else the first after.
     */
    Named fullName(String surname, int at) {
        String key = lastWord(surname);
        Named found = pick(key, surname, at, true);
        if (found == null) {
            found = pick(key, surname, at, false);
        }
        return found != null || surname.strip().contains(" ") ? found : byGivenName(key);
    }

    /**
     * In remarks people call each other by first name ("Mark said"): the one full name in the
     * document that starts with that name, or null when there is none or more than one person.
     */
    private Named byGivenName(String given) {
        Named found = null;
        for (Named n : names) {
            String first = n.name().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!first.equals(given) || n.name().strip().indexOf(' ') < 0) {
                continue;
            }
            if (found != null && !found.name().equals(n.name())) {
                return null;
            }
            found = n;
        }
        return found;
    }

    private Named pick(String key, String surname, int at, boolean actorsOnly) {
        Named before = null;
        Named after = null;
        for (Named n : names) {
            if (!n.surname().equals(key) || n.name().equalsIgnoreCase(surname) || actorsOnly && n.actor().isEmpty()) {
                continue;
            }
            if (n.at() <= at) {
                before = n;
            } else if (after == null) {
                after = n;
            }
        }
        return before != null ? before : after;
    }

    /** Every full name, in text order. */
    List<Named> names() {
        return names;
    }

    /** The last full name seen before {@code at}. */
    Named lastBefore(int at) {
        Named best = null;
        for (Named n : names) {
            if (n.at() < at) {
                best = n;
            }
        }
        return best;
    }

    /**
     * The last whitespace-separated word, lower-cased, without a possessive ("'s", "'") and then
     * without one final full stop: "Mr. Jones's" → "jones". Written out by hand because it runs for
     * every name and speaker; a word holding a line terminator takes the pattern path, whose
     * {@code $} also matches before one.
     */
    static String lastWord(String name) {
        String s = name.strip();
        int from = s.length();
        while (from > 0 && !isPatternSpace(s.charAt(from - 1))) {
            from--;
        }
        String last = s.substring(from).toLowerCase(Locale.ROOT);
        if (last.chars().anyMatch(c -> isLineTerminator((char) c))) {
            return last.replaceAll("(['\u2019]s|['\u2019])$", "").replaceAll("\\.$", "");
        }
        int end = last.length();
        if (end >= 2 && last.charAt(end - 1) == 's' && isApostrophe(last.charAt(end - 2))) {
            end -= 2;
        } else if (end >= 1 && isApostrophe(last.charAt(end - 1))) {
            end -= 1;
        }
        if (end >= 1 && last.charAt(end - 1) == '.') {
            end -= 1;
        }
        return last.substring(0, end);
    }

    /** The characters of the pattern {@code \\s}. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isFull(QuoteToken t, QuoteLexicon lexicon) {
        String l = t.lower();
        return t.capitalized() && t.text().length() > 1 && !l.endsWith(".") && !lexicon.isRoleWord(l)
                && !lexicon.isDeterminer(l) && !SpeakerParser.PRONOUNS.contains(l) && !isFunction(l)
                && t.text().chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static boolean isInner(QuoteToken t) {
        return t.word() && (PARTICLES.contains(t.lower())
                || t.text().length() == 2 && t.text().endsWith(".") && Character.isUpperCase(t.text().charAt(0)));
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "but", "in", "on", "at", "for", "with", "from", "to", "by", "as", "if", "when",
                "while", "after", "before", "this", "that", "there", "here", "now", "also", "however", "last",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static boolean isFunction(String l) {
        return FUNCTION_WORDS.contains(l) || SpeakerParser.FUNCTION_WORDS.contains(l);
    }

    private static boolean onNonPerson(List<Mention> mentions, TextSpan span) {
        for (Mention m : mentions) {
            if (m.type() != ActorType.PERSON && m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
