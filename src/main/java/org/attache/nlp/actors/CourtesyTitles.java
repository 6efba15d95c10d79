package org.attache.nlp.actors;

import java.util.Optional;
import org.attache.nlp.GivenNameList;
import org.attache.nlp.GivenNameList.Gender;

/**
 * "Mrs. Ames" is not the man of the family: the gender a courtesy title before a surname gives ("Mr." male;
 * "Mrs.", "Ms.", "Miss" female), and whether a person's full name contradicts it by a given name that
 * almost always carries the other gender ("Claire Ames", "Tomas Ames"). Immutable.
 */
final class CourtesyTitles {

    private CourtesyTitles() {
    }

    /** The gender the courtesy title right before token {@code i} gives (its dot skipped); empty without one. */
    static Optional<Gender> before(NameMatchTokens tokens, int i) {
        int p = i - 1;
        if (p >= 0 && ".".equals(tokens.surface(p))) {
            p--;
        }
        if (p < 0 || !tokens.isWord(p)) {
            return Optional.empty();
        }
        return switch (tokens.surface(p)) {
            case "Mr" -> Optional.of(Gender.MALE);
            case "Mrs", "Ms", "Miss" -> Optional.of(Gender.FEMALE);
            default -> Optional.empty();
        };
    }

    /** Whether the given name of {@code fullName} almost always carries the other gender than {@code title}. */
    static boolean contradicts(Optional<Gender> title, String fullName) {
        int space = fullName.indexOf(' ');
        return title.isPresent() && space >= 0
                && GivenNameList.genderOf(fullName.substring(0, space)).filter(given -> given != title.get()).isPresent();
    }
}
