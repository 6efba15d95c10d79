package org.attache.nlp.quotes;

import org.attache.nlp.GivenNameList;

/**
 * The gender a common given name almost always carries ("Claire" → female), for pronouns when the
 * text gives no title or pronoun near the name. The list is {@link GivenNameList}, shared with the actors stage.
 */
final class GivenNames {

    private GivenNames() {
    }

    /** The gender of the first word of a full name ("Claire Holt"); unknown for a single word, which is a surname. */
    static Genders.Gender of(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return Genders.Gender.UNKNOWN;
        }
        return gender(words[0]);
    }

    /**
     * The gender of a person known by one word that is a common given name ("Melanie"): a weaker sign than
     * a full name's, since many given names are surnames too ("Henry"); for when the text shows nothing.
     */
    static Genders.Gender ofSingle(String name) {
        String word = name.strip();
        return word.isEmpty() || word.contains(" ") ? Genders.Gender.UNKNOWN : gender(word);
    }

    private static Genders.Gender gender(String word) {
        return GivenNameList.genderOf(word)
                .map(g -> g == GivenNameList.Gender.FEMALE ? Genders.Gender.FEMALE : Genders.Gender.MALE)
                .orElse(Genders.Gender.UNKNOWN);
    }
}
