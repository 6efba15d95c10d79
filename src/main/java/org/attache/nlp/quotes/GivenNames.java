package org.attache.nlp.quotes;

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
 * The gender a common given name almost always carries ("Claire" → female), for pronouns when the
 * text gives no title or pronoun near the name. Read once from {@code given-names.txt}; immutable.
 */
final class GivenNames {

    private static final Map<String, Genders.Gender> NAMES = load("given-names.txt");

    private GivenNames() {
    }

    /** The gender of the first word of a full name ("Claire Holt"); unknown for a single word, which is a surname. */
    static Genders.Gender of(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return Genders.Gender.UNKNOWN;
        }
        return NAMES.getOrDefault(words[0].toLowerCase(Locale.ROOT), Genders.Gender.UNKNOWN);
    }

    /**
     * The gender of a person known by one word that is a common given name ("Melanie"): a weaker sign than
     * a full name's, since many given names are surnames too ("Henry"); for when the text shows nothing.
     */
    static Genders.Gender ofSingle(String name) {
        String word = name.strip();
        return word.isEmpty() || word.contains(" ") ? Genders.Gender.UNKNOWN
                : NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), Genders.Gender.UNKNOWN);
    }

    private static Map<String, Genders.Gender> load(String resource) {
        Map<String, Genders.Gender> out = new HashMap<>();
        Genders.Gender section = null;
        try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("given-name list " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    section = l.equals("[female]") ? Genders.Gender.FEMALE : Genders.Gender.MALE;
                    continue;
                }
                for (String name : l.split("\\s+")) {
                    out.put(name, section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read given-name list " + resource, e);
        }
        return Map.copyOf(out);
    }
}
