package org.attache.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Mrs. Ames" is not the man of the family: the gender a courtesy title before a surname gives ("Mr." male;
 * "Mrs.", "Ms.", "Miss" female), and whether a person's full name contradicts it by a given name that
 * almost always carries the other gender ("Claire Ames", "Tomas Ames"). Immutable.
 */
final class CourtesyTitles {

    enum Gender { MALE, FEMALE, UNKNOWN }

    /**
     * The quotation stage's list of common given names by gender: one list for both stages, read from
     * the classpath (no import of that stage).
     */
    private static final String GIVEN_NAMES = "/org/attache/nlp/quotes/given-names.txt";
    private static final Map<String, Gender> GIVEN = load();

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
                : GIVEN.getOrDefault(fullName.substring(0, space).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
        return given != Gender.UNKNOWN && given != title;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        Gender section = Gender.UNKNOWN;
        try (InputStream in = CourtesyTitles.class.getResourceAsStream(GIVEN_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("given-name list " + GIVEN_NAMES + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = l.equals("[female]") ? Gender.FEMALE : Gender.MALE;
                    continue;
                }
                for (String name : l.split("\\s+")) {
                    out.put(name, section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read given-name list " + GIVEN_NAMES, e);
        }
        return Map.copyOf(out);
    }
}
