package org.attache.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Common given names whose bearer is almost always of one gender ("Claire" → female), read once from
 * {@code given-names.txt}: one list for the actors stage (courtesy titles) and the quotation stage
 * (he/she), which may not import each other. Immutable.
 */
public final class GivenNameList {

    /** The gender a given name carries. */
    public enum Gender { FEMALE, MALE }

    private static final String RESOURCE = "given-names.txt";
    private static final Map<String, Gender> NAMES = load();

    private GivenNameList() {
    }

    /** The gender {@code givenName} almost always carries (case ignored); empty when the list does not know it. */
    public static Optional<Gender> genderOf(String givenName) {
        return Optional.ofNullable(NAMES.get(givenName.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> out = new HashMap<>();
        Gender section = null;
        try (InputStream in = GivenNameList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("given-name list " + RESOURCE + " is not on the classpath");
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
                if (section == null) {
                    throw new IllegalStateException("given-name list " + RESOURCE + ": names before a [female] or [male] line");
                }
                for (String name : l.split("\\s+")) {
                    out.put(name, section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read given-name list " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
