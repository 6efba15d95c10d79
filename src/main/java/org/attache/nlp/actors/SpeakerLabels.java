package org.attache.nlp.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorType;
import org.attache.model.MentionSource;

/**
 * Transcript speaker labels ("PRESIDENT BIDEN:", "PRIME MINISTER ANDERSSON:", "SECRETARY GENERAL
 * STOLTENBERG:") name the person who speaks: the name after the titles is a mention of the person the
 * document names in full with that surname, or of the one known person of that name. Labels that
 * name nobody ("Q:", "MODERATOR:") are left alone.
 */
final class SpeakerLabels {

    /** Capitalised words of labels that are part of a post, not of the name. */
    private static final Set<String> LABEL_TITLES = Set.of("Prime", "Vice", "First", "Foreign", "Defence", "Defense",
            "State", "High", "Senior", "Nato", "Un", "Eu", "Us", "Mr", "Ms", "Mrs", "Dr", "General", "Secretary",
            "Minister", "Madam", "Mister", "Press", "Representative", "Majority", "Minority", "Ranking", "Member");

    private final Gazetteer gazetteer;

    SpeakerLabels(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(MentionSheet sheet) {
        NameMatchTokens tokens = sheet.tokens;
        String text = sheet.text;
        int t = 0;
        while (t < tokens.size()) {
            boolean startsLine = t == 0 ? text.substring(0, tokens.start(0)).isBlank()
                    : text.substring(tokens.end(t - 1), tokens.start(t)).indexOf('\n') >= 0;
            int colon = startsLine ? labelEnd(tokens, t) : -1;
            if (colon > t) {
                sheet.transcript |= resolve(sheet, t, colon - 1);
                t = colon + 1;
            } else {
                t++;
            }
        }
    }

    /** The colon ending a label of capitals that starts at token {@code t}, or -1. */
    private static int labelEnd(NameMatchTokens tokens, int t) {
        int k = t;
        while (k < tokens.size() && k - t < 8) {
            String s = tokens.surface(k);
            if (s.equals(":")) {
                return k > t && tokens.start(k) == tokens.end(k - 1) ? k : -1;
            }
            boolean word = tokens.isWord(k) && s.equals(s.toUpperCase(Locale.ROOT)) && Character.isLetter(s.charAt(0));
            boolean joiner = s.equals(".") || s.equals("-") || s.equals("'") || s.equals("’");
            if (!word && !joiner || k > t && !sameLine(tokens, k - 1)) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    private static boolean sameLine(NameMatchTokens tokens, int k) {
        return tokens.text().substring(tokens.end(k), tokens.start(k + 1)).indexOf('\n') < 0;
    }

    /** Links the label's name to its person; true when the label named a person. */
    private boolean resolve(MentionSheet sheet, int first, int last) {
        NameMatchTokens tokens = sheet.tokens;
        int nameStart = first;
        for (int k = first; k <= last; k++) {
            String w = titleCased(tokens.surface(k));
            if (tokens.isWord(k) && (NameWords.TITLES.contains(w) || LABEL_TITLES.contains(w))) {
                nameStart = k + 1;
            }
        }
        while (nameStart <= last && !tokens.isWord(nameStart)) {
            nameStart++;
        }
        int nameEnd = last;
        while (nameEnd >= nameStart && !tokens.isWord(nameEnd)) {
            nameEnd--;
        }
        if (nameStart > nameEnd || !sheet.free(nameStart, nameEnd) || tokens.surface(nameEnd).length() < 2) {
            return false;
        }
        Optional<String> actor = actorFor(sheet, nameStart, nameEnd);
        if (actor.isPresent()) {
            sheet.cover(nameStart, nameEnd);
            sheet.add(nameStart, nameEnd, actor.get(), ActorType.PERSON, MentionSource.COREFERENCE,
                    Confidences.COREFERENCE);
        }
        return actor.isPresent();
    }

    private Optional<String> actorFor(MentionSheet sheet, int first, int last) {
        NameMatchTokens tokens = sheet.tokens;
        Optional<MentionSheet.Sighting> seen = sheet.namesake(tokens.key(last), tokens.start(first));
        if (seen.isPresent()) {
            return Optional.of(seen.get().actor());
        }
        StringBuilder name = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && tokens.start(k) > tokens.end(k - 1)) {
                name.append(' ');
            }
            name.append(titleCased(tokens.surface(k)));
        }
        Optional<String> known = gazetteer.canonical(name.toString());
        if (known.isPresent() && gazetteer.typeOf(known.get()).orElse(null) == ActorType.PERSON) {
            return known;
        }
        List<ActorEntry> people = gazetteer.shortCandidates(titleCased(tokens.surface(last))).stream()
                .map(AliasTrie.Candidate::entry).distinct().toList();
        return people.size() == 1 ? Optional.of(people.get(0).canonical()) : Optional.empty();
    }

    private static String titleCased(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
