package org.attache.nlp.actors;

import org.attache.nlp.GivenNameList;

/**
 * "Mrs. Ames" is not the man of the family: the gender a courtesy title before a surname gives ("Mr." male;
 * "Mrs.", "Ms.", "Miss" female), and whether a person's full name contradicts it by a given name that
 * almost always carries the other gender ("Claire Ames", "Tomas Ames"). Immutable.
 */
final class CourtesyTitles {

    enum Gender { MALE, FEMALE, UNKNOWN }

    private CourtesyTitles() {
    }

    /** The gender the courtesy title right before token {@code i} gives (its dot skipped), else unknown. */
    static Gender before(NameMatchTokens tokens, int i) {
        int p = i - 1;
        if (p >= 0 && ".".equals(tokens.surface(p))) {
            p--;
        }
        if (p < 0 || !tokens.isWord(p)) {
            return Gender.UNKNOWN;
        }
        return switch (tokens.surface(p)) {
            case "Mr" -> Gender.MALE;
            case "Mrs", "Ms", "Miss" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /** Whether the given name of {@code fullName} almost always carries the other gender than {@code title}. */
    static boolean contradicts(Gender title, String fullName) {
        if (title == Gender.UNKNOWN) {
            return false;
        }
        int space = fullName.indexOf(' ');
        Gender given = space < 0 ? Gender.UNKNOWN
                : GivenNameList.genderOf(fullName.substring(0, space))
                        .map(g -> g == GivenNameList.Gender.FEMALE ? Gender.FEMALE : Gender.MALE)
                        .orElse(Gender.UNKNOWN);
        return given != Gender.UNKNOWN && given != title;
    }
}
