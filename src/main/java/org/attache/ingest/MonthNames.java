package org.attache.ingest;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names of the languages of the news and government pages we read, taken from the JDK's
 * locale data (full and short forms, in running text and stand-alone, so "März", "mars", "marca",
 * "марта" and "mar." are all March) rather than typed by hand. Immutable.
 */
final class MonthNames {

    /** Languages whose month names are unambiguous among themselves (Croatian "listopad" is October, Czech November: left out). */
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi",
            "pl", "cs", "ru", "uk", "tr", "hu", "ro", "id", "ca", "bg", "sq", "lt", "el", "sk", "sl", "et", "lv"};

    private static final Map<String, Integer> BY_NAME = build();

    private MonthNames() {
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> names = new HashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE}) {
                    String name = normalise(month.getDisplayName(style, locale));
                    if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
                        names.putIfAbsent(name, month.getValue());
                    }
                }
            }
        }
        // Spellings the locale data lacks: English "Sept", Austrian "Jänner", the German short forms without a dot.
        names.put("sept", 9);
        names.put("jänner", 1);
        names.put("feber", 2);
        names.put("okt", 10);
        names.put("dez", 12);
        return Map.copyOf(names);
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /** The month (1-12) a word names in any of the known languages ("März", "mars", "Sept."). */
    static Optional<Integer> month(String word) {
        return Optional.ofNullable(BY_NAME.get(normalise(word)));
    }
}
