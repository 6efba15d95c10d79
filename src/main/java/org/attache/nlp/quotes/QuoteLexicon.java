package org.attache.nlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists quotation attribution needs: cue words ("said", "according to") and the words
 * speaker descriptions are made of ("NATO Secretary General", "a senior administration official").
 * Loaded once from the classpath; immutable and safe to share across threads.
 */
final class QuoteLexicon {

    /** How a cue relates to its speaker. */
    enum CueKind {
        /** A verb of saying: the speaker is its subject ("X said") or follows it ("said X"). */
        VERB,
        /** A preposition: the speaker follows ("according to X"). */
        PREPOSITION,
        /** Evidence of reported speech without a speaker slot ("in a statement"). */
        ADJUNCT
    }

    /** A cue phrase as lower-case words. */
    record Cue(List<String> words, CueKind kind) {
        String text() {
            return String.join(" ", words);
        }
    }

    private static final String CUES = "cues.txt";
    /** French cues, added to the same lexicon: no English text has "a déclaré" or "selon". */
    private static final String CUES_FR = "cues-fr.txt";
    private static final String ROLES = "roles.txt";

    /** Cues by their first word, longest first. */
    private final Map<String, List<Cue>> cuesByFirstWord;
    private final Set<String> honorifics;
    private final Set<String> roleWords;
    private final Set<String> groupNouns;
    private final Set<String> tradeNouns;
    private final Set<String> determiners;

    private QuoteLexicon(Map<String, List<Cue>> cuesByFirstWord, Map<String, Set<String>> roleSections) {
        this.cuesByFirstWord = Map.copyOf(cuesByFirstWord);
        this.honorifics = Set.copyOf(roleSections.getOrDefault("honorific", Set.of()));
        this.roleWords = Set.copyOf(roleSections.getOrDefault("role", Set.of()));
        this.groupNouns = Set.copyOf(roleSections.getOrDefault("group", Set.of()));
        this.tradeNouns = Set.copyOf(roleSections.getOrDefault("trade", Set.of()));
        this.determiners = Set.copyOf(roleSections.getOrDefault("determiner", Set.of()));
    }

    static QuoteLexicon load() {
        Map<String, List<Cue>> cues = new HashMap<>();
        Map<String, List<String>> cueSections = sections(CUES);
        sections(CUES_FR).forEach((k, v) -> cueSections.merge(k, v, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        for (Map.Entry<String, List<String>> section : cueSections.entrySet()) {
            CueKind kind = CueKind.valueOf(section.getKey().toUpperCase(Locale.ROOT));
            for (String line : section.getValue()) {
                for (String form : line.split(",")) {
                    String f = form.strip().toLowerCase(Locale.ROOT);
                    if (!f.isEmpty()) {
                        List<String> words = List.of(f.split("\\s+"));
                        cues.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Cue(words, kind));
                    }
                }
            }
        }
        for (Map.Entry<String, List<Cue>> e : cues.entrySet()) {
            List<Cue> sorted = new ArrayList<>(e.getValue());
            sorted.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
            e.setValue(List.copyOf(sorted));
        }
        Map<String, Set<String>> roles = new HashMap<>();
        for (Map.Entry<String, List<String>> section : sections(ROLES).entrySet()) {
            Set<String> words = new HashSet<>();
            for (String line : section.getValue()) {
                words.add(line.strip().toLowerCase(Locale.ROOT));
            }
            roles.put(section.getKey(), words);
        }
        return new QuoteLexicon(cues, roles);
    }

    /** The longest cue starting at word {@code i} of {@code words} (lower case), or null. */
    Cue cueAt(List<String> words, int i) {
        List<Cue> candidates = cuesByFirstWord.get(words.get(i));
        if (candidates == null) {
            return null;
        }
        for (Cue c : candidates) {
            int n = c.words().size();
            if (i + n <= words.size() && words.subList(i, i + n).equals(c.words())) {
                return c;
            }
        }
        return null;
    }

    boolean isHonorific(String lower) {
        return honorifics.contains(lower);
    }

    boolean isRoleWord(String lower) {
        return roleWords.contains(lower) || honorifics.contains(lower);
    }

    boolean isGroupNoun(String lower) {
        return groupNouns.contains(lower);
    }

    /**
     * A role, group or trade noun: a word of a speaker phrase. A noun of trade ("editor", "manager") stands in a
     * phrase before a name but heads no description alone.
     */
    boolean isPhraseNoun(String lower) {
        return isRoleWord(lower) || groupNouns.contains(lower) || tradeNouns.contains(lower);
    }

    /** Whether {@code toks[k]} is a noun of trade ("Trump's attorney, X, said": a role before a name). */
    boolean isTradeNounAt(List<QuoteToken> toks, int k) {
        return k >= 0 && k < toks.size() && toks.get(k).word() && tradeNouns.contains(toks.get(k).lower());
    }

    boolean isDeterminer(String lower) {
        return determiners.contains(lower);
    }

    /** Sections ("[name]") of a resource file, without comments and blank lines. */
    private static Map<String, List<String>> sections(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        String current = "";
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("quote lexicon " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = l.substring(1, l.length() - 1);
                    continue;
                }
                out.computeIfAbsent(current, k -> new ArrayList<>()).add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quote lexicon " + resource, e);
        }
        return out;
    }

    static List<String> lower(List<String> words) {
        return Arrays.asList(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }
}
