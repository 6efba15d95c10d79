package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * Full names of people the name finder typed as organisations ("…, noted NBC's Dana Pell" read as one
 * organisation's name): a mention of two or three capitalised words without an organisation word is read
 * as a person when it opens with a common given name or follows an organisation's possessive ("Acme's Ivo
 * Brandt": someone of Acme's), so it can speak as one and be what "he" or "she" points to.
 */
final class MistypedPeople {

    private final List<Mention> mentions = new ArrayList<>();
    private final List<Mention> retyped = new ArrayList<>();

    MistypedPeople(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            Mention person = isPerson(text, m) ? new Mention(m.span(), m.text(), m.actor(), ActorType.PERSON,
                    m.source(), m.confidence()) : m;
            this.mentions.add(person);
            if (person != m) {
                retyped.add(person);
            }
        }
    }

    /** {@code mentions} with each organisation-typed full name of a person retyped as a person. */
    static List<Mention> retyped(String text, List<Mention> mentions) {
        return new MistypedPeople(text, mentions).mentions();
    }

    /** The mentions, each organisation-typed full name of a person retyped as a person. */
    List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    /** The retyped full name ending in {@code surname} ("Ames" after "Rita Ames" retyped): the last before {@code at}, else the first; or null. */
    Mention fullName(String surname, int at) {
        Mention found = null;
        for (Mention m : retyped) {
            if (NameMemory.lastWord(m.text()).equals(surname) && (found == null || m.span().start() <= at)) {
                found = m;
            }
        }
        return found;
    }

    private static boolean isPerson(String text, Mention m) {
        if (m.type() != ActorType.ORGANIZATION || SpeakerKinds.isOrganisation(m.text())) {
            return false;
        }
        String[] words = m.text().strip().split("\\s+");
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.')) {
                return false; // "Dana Pell's", "Pell-Dana Group", numbers: not a plain name
            }
        }
        return GivenNames.of(m.text()) != Genders.Gender.UNKNOWN || words.length == 2 && afterPossessive(text, m.span().start());
    }

    /** Whether a capitalised word's possessive stands right before {@code at}: "Acme's ", "NBC’s ". */
    private static boolean afterPossessive(String text, int at) {
        int s = at - 1;
        if (s < 3 || text.charAt(s) != ' ' || text.charAt(s - 1) != 's'
                || text.charAt(s - 2) != '\'' && text.charAt(s - 2) != '\u2019') {
            return false;
        }
        int w = s - 3;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return Character.isUpperCase(text.charAt(w));
    }
}
