package org.attache.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;

/**
 * Step 4: acronyms of organisations the document names in full. One defined in brackets right after
 * the name ("Maghawir al-Thawra (MaT)") stands for it everywhere in the document, whatever else it
 * may mean elsewhere; one the model found that spells the initials of a name of the document ("KVDG"
 * after "Kestrel Valley Defense Group") is that organisation.
 */
final class AcronymLinker {

    void apply(MentionSheet sheet) {
        defined(sheet);
        List<Mention> mentions = sheet.mentions;
        Map<String, String> byInitials = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.ORGANIZATION && m.actor().contains(" ")) {
                byInitials.putIfAbsent(initials(m.actor()), m.actor());
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String full = byInitials.get(m.actor());
            if (full != null && m.source() == MentionSource.MODEL && m.actor().length() >= 2
                    && m.actor().chars().allMatch(Character::isUpperCase)) {
                mentions.set(k, new Mention(m.span(), m.text(), full, ActorType.ORGANIZATION, m.source(),
                        m.confidence()));
            }
        }
    }

    /** Acronyms defined in brackets after an organisation's name, linked to it wherever they are written. */
    private static void defined(MentionSheet sheet) {
        NameMatchTokens tokens = sheet.tokens;
        Map<String, Mention> byAcronym = new HashMap<>();
        for (Mention m : sheet.mentions) {
            if (m.type() != ActorType.ORGANIZATION || !m.actor().contains(" ")) {
                continue;
            }
            int open = tokens.indexAtOrAfter(m.span().end());
            if (open + 2 < tokens.size() && "(".equals(tokens.surface(open)) && ")".equals(tokens.surface(open + 2))
                    && tokens.joined(open - 1) && isAcronymOf(tokens.surface(open + 1), m.actor())) {
                byAcronym.putIfAbsent(tokens.surface(open + 1), m);
            }
        }
        if (byAcronym.isEmpty()) {
            return;
        }
        List<Mention> mentions = sheet.mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Mention full = byAcronym.get(m.text());
            if (full != null && !full.actor().equals(m.actor())) {
                mentions.set(k, new Mention(m.span(), m.text(), full.actor(), ActorType.ORGANIZATION,
                        MentionSource.COREFERENCE, Confidences.COREFERENCE));
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            Mention full = byAcronym.get(tokens.surface(t));
            if (full != null && !sheet.covered(t)) {
                sheet.cover(t, t);
                sheet.add(t, t, full.actor(), ActorType.ORGANIZATION, MentionSource.COREFERENCE, Confidences.COREFERENCE);
            }
        }
    }

    /**
     * Whether a word in brackets after a name is its acronym: two to eight letters or digits, at least
     * two capitals, the first the name's first letter, and every capital one of the name's capitals.
     */
    static boolean isAcronymOf(String word, String name) {
        if (word.length() < 2 || word.length() > 8 || !word.chars().allMatch(Character::isLetterOrDigit)
                || word.chars().filter(Character::isUpperCase).count() < 2
                || Character.toUpperCase(name.charAt(0)) != word.charAt(0)) {
            return false;
        }
        String capitals = name.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String initials = initials(name).toUpperCase(Locale.ROOT) + capitals;
        return word.chars().filter(Character::isUpperCase).allMatch(c -> initials.indexOf(c) >= 0);
    }

    /** "KVDG" for "Kestrel Valley Defense Group"; small words do not count. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
