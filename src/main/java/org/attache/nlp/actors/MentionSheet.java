package org.attache.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.TextSpan;
import org.attache.nlp.GivenNameList;

/**
 * One document while its actors are being resolved: the text and its tokens, which tokens a mention
 * already covers, the mentions found so far, and the people named in full (by surname) that later
 * short forms link to. Every step of {@link ActorResolver} reads and extends this one sheet, in order.
 * Not thread-safe: one per document.
 */
final class MentionSheet {

    /** A person named in full in the document, and where: later short forms link to it. */
    record Sighting(String actor, int offset) {
    }

    /**
     * How far the text has named a person by one surname before some point: full names, the short forms
     * linked to them so far and their first name alone ({@code weight}), and where the last full name stands
     * ({@code last}, -1 for none).
     */
    record Standing(int weight, int last) {
    }

    /** A one-word person the model found, resolved after the document's full names are known. */
    record Single(int token, double confidence) {
    }

    final String text;
    final NameMatchTokens tokens;
    /** The document's date, for offices held on it ({@link Roles}). */
    final Optional<LocalDate> date;
    private final boolean[] covered;
    final List<Mention> mentions = new ArrayList<>();
    private final Map<String, List<Sighting>> bySurname = new HashMap<>();
    /** How many short forms were linked to each person so far. */
    private final Map<String, Integer> shortLinks = new HashMap<>();
    private Set<String> lowerCaseWords;
    private Set<String> lowerCasePairs;
    /** Whether the document is a transcript with speaker labels (set by {@link SpeakerLabels}). */
    boolean transcript;
    /** One-word persons from the model step, for the coreference step. */
    List<Single> deferredSingles = List.of();

    MentionSheet(String text) {
        this(text, Optional.empty());
    }

    MentionSheet(String text, Optional<LocalDate> date) {
        this.text = text;
        this.date = date;
        this.tokens = NameMatchTokens.of(text);
        this.covered = new boolean[tokens.size()];
    }

    boolean covered(int t) {
        return covered[t];
    }

    /** True when no mention covers any token of {@code a..b}. */
    boolean free(int a, int b) {
        for (int t = a; t <= b; t++) {
            if (covered[t]) {
                return false;
            }
        }
        return true;
    }

    void cover(int a, int b) {
        for (int t = a; t <= b; t++) {
            covered[t] = true;
        }
    }

    boolean coveredAt(int offset) {
        int t = tokens.indexAtOrAfter(offset);
        return t < tokens.size() && tokens.start(t) == offset && covered[t];
    }

    void add(int a, int b, String actor, ActorType type, MentionSource source, double confidence) {
        TextSpan span = new TextSpan(tokens.start(a), tokens.end(b));
        mentions.add(new Mention(span, span.of(text), actor, type, source, confidence));
    }

    /** The folded key of tokens {@code a..b}, as the gazetteer keys its forms. */
    String keyOf(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int t = a; t <= b; t++) {
            if (t > a) {
                sb.append(' ');
            }
            sb.append(tokens.key(t));
        }
        return sb.toString();
    }

    void sighted(String surnameKey, String actor, int offset) {
        bySurname.computeIfAbsent(surnameKey, k -> new ArrayList<>()).add(new Sighting(actor, offset));
    }

    /** A full name of the document written out again: one more sighting under each surname it was seen by. */
    void sightedAgain(String actor, int offset) {
        for (List<Sighting> sightings : bySurname.values()) {
            if (sightings.stream().anyMatch(s -> s.actor().equals(actor))) {
                sightings.add(new Sighting(actor, offset));
            }
        }
    }

    /** A short form linked to this person: it counts towards the person's weight in {@link #namesake}. */
    void linkedShortForm(String actor) {
        shortLinks.merge(actor, 1, Integer::sum);
    }

    /** How far the text has named {@code actor} by this surname before {@code offset} (see {@link Standing}). */
    Standing standing(String surnameKey, String actor, int offset) {
        int weight = shortLinks.getOrDefault(actor, 0) + givenNamesBefore(actor, offset);
        int last = -1;
        for (Sighting s : bySurname.getOrDefault(surnameKey, List.of())) {
            if (s.offset() < offset && s.actor().equals(actor)) {
                weight++;
                last = Math.max(last, s.offset());
            }
        }
        return new Standing(weight, last);
    }

    List<Sighting> sightings(String surnameKey) {
        return bySurname.get(surnameKey);
    }

    Iterable<List<Sighting>> allSightings() {
        return bySurname.values();
    }

    /**
     * The person a short form at {@code offset} stands for among the full names of that surname: of those
     * named before it, the one mentioned most so far (full names and the short forms already linked to
     * them: the family member the article is about, not the relative named last), the one named last on
     * a tie; else the nearest after it (headlines come first).
     */
    Optional<Sighting> namesake(String surnameKey, int offset) {
        return namesake(surnameKey, offset, Optional.empty());
    }

    /** As {@link #namesake(String, int)}, among the people a courtesy title of that gender does not exclude. */
    Optional<Sighting> namesake(String surnameKey, int offset, Optional<GivenNameList.Gender> title) {
        List<Sighting> sightings = bySurname.get(surnameKey);
        if (sightings == null) {
            return Optional.empty();
        }
        if (title.isPresent()) {
            sightings = sightings.stream().filter(s -> !CourtesyTitles.contradicts(title, s.actor())).toList();
        }
        Map<String, Sighting> last = new HashMap<>();
        Sighting after = null;
        for (Sighting s : sightings) {
            if (s.offset() < offset) {
                last.merge(s.actor(), s, (x, y) -> x.offset() > y.offset() ? x : y);
            } else if (s.offset() > offset && (after == null || s.offset() < after.offset())) {
                after = s;
            }
        }
        Sighting best = null;
        int bestCount = 0;
        for (Sighting s : last.values()) {
            int count = standing(surnameKey, s.actor(), offset).weight();
            if (best == null || count > bestCount || count == bestCount && s.offset() > best.offset()) {
                best = s;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best != null ? best : after);
    }

    /** How many of the model's one-word persons before {@code offset} are the first word of {@code actor} ("Bill"). */
    private int givenNamesBefore(String actor, int offset) {
        int space = actor.indexOf(' ');
        if (space < 0) {
            return 0;
        }
        String first = actor.substring(0, space);
        int n = 0;
        for (Single single : deferredSingles) {
            if (tokens.start(single.token()) < offset && tokens.surface(single.token()).equals(first)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the document writes these two words one after the other in lower case ("information systems"). */
    boolean usedAsCommonPhrase(String first, String second) {
        if (lowerCasePairs == null) {
            lowerCasePairs = new HashSet<>();
            for (int t = 0; t + 1 < tokens.size(); t++) {
                String w = tokens.surface(t);
                String v = tokens.surface(t + 1);
                if (tokens.isWord(t) && tokens.isWord(t + 1) && Character.isLowerCase(w.charAt(0))
                        && Character.isLowerCase(v.charAt(0)) && tokens.joined(t)) {
                    lowerCasePairs.add(w + " " + v);
                }
            }
        }
        return lowerCasePairs.contains(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT));
    }

    /** Whether the document also uses this capitalised word in lower case, as an ordinary word. */
    boolean usedAsCommonWord(String word) {
        if (lowerCaseWords == null) {
            lowerCaseWords = new HashSet<>();
            for (int t = 0; t < tokens.size(); t++) {
                String w = tokens.surface(t);
                if (tokens.isWord(t) && !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lowerCaseWords.add(w);
                }
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && lowerCaseWords.contains(lower);
    }

    /** The first token of the surname ending at {@code b}: before it when hyphenated ("Kramp-Karrenbauer"). */
    int surnameStart(int a, int b) {
        int s = b;
        while (s - 2 >= a && "-".equals(tokens.surface(s - 1)) && tokens.start(s) == tokens.end(s - 1)
                && tokens.start(s - 1) == tokens.end(s - 2) && tokens.isWord(s - 2) && tokens.isCapitalised(s - 2)) {
            s -= 2;
        }
        return s;
    }

    /** The last token of a capitalised word run on through hyphens ("Kramp" "-" "Karrenbauer"). */
    int hyphenatedEnd(int i) {
        int b = i;
        while (b + 2 < tokens.size() && "-".equals(tokens.surface(b + 1)) && tokens.start(b + 1) == tokens.end(b)
                && tokens.start(b + 2) == tokens.end(b + 1) && tokens.isWord(b + 2) && tokens.isCapitalised(b + 2)
                && !covered[b + 2]) {
            b += 2;
        }
        return b;
    }

    /** How many tokens are written exactly {@code word}. */
    int occurrences(String word) {
        int n = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.surface(t).equals(word)) {
                n++;
            }
        }
        return n;
    }

    /** Whether this lower-case word stands on its own somewhere in the document (not after a hyphen). */
    boolean usedOnItsOwn(String word) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.surface(t).equals(word) && (t == 0 || !"-".equals(tokens.surface(t - 1))
                    || tokens.start(t) != tokens.end(t - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when most words around token {@code i} on its line are capitalised (a headline in title case). */
    boolean titleCase(int i) {
        int words = 0;
        int capitalised = 0;
        for (int t = i - 1; t >= 0 && t >= i - 8 && tokens.joined(t) && !text.substring(tokens.end(t), tokens.start(t + 1)).contains("\n"); t--) {
            if (tokens.isWord(t) && Character.isLetter(text.charAt(tokens.start(t)))) {
                words++;
                capitalised += tokens.isCapitalised(t) ? 1 : 0;
            }
        }
        for (int t = i + 1; t < tokens.size() && t <= i + 8 && tokens.joined(t - 1) && !text.substring(tokens.end(t - 1), tokens.start(t)).contains("\n"); t++) {
            if (tokens.isWord(t) && Character.isLetter(text.charAt(tokens.start(t)))) {
                words++;
                capitalised += tokens.isCapitalised(t) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised >= 0.7 * words;
    }

    /** True when the word before token {@code i} (skipping an abbreviation's dot) is a title. */
    boolean titled(int i) {
        int p = i - 1;
        if (p >= 0 && ".".equals(tokens.surface(p))) {
            p--;
        }
        return p >= 0 && tokens.isWord(p) && NameWords.TITLES.contains(tokens.surface(p));
    }

    /** The mentions, sorted by position. */
    List<Mention> sorted() {
        return mentions.stream().sorted().toList();
    }
}
