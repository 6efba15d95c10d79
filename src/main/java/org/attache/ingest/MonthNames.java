package org.attache.ingest;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Weekday names of the same languages, and the little words around a date ("le", "am", "um", "à", "el", "den"). */
    private static final Set<String> DATE_WORDS = dateWords();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+\\.?");

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

    private static Set<String> dateWords() {
        Set<String> words = new HashSet<>(List.of("le", "la", "du", "am", "um", "vom", "à", "a", "el", "il", "de", "del", "do", "da",
                "op", "om", "den", "kl", "le", "w", "dnia", "r", "g", "г", "року", "года", "uhr", "h", "horas", "ore", "hrs"));
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT}) {
                    String name = normalise(day.getDisplayName(style, locale));
                    if (name.length() >= 2) {
                        words.add(name);
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The text without weekday names and the link words of a written date: what a dateline leaves after its date. */
    static String withoutDayNamesAndLinkWords(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (DATE_WORDS.contains(normalise(m.group()))) {
                out.append(text, last, m.start()).append(' ');
                last = m.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /** The month (1-12) a word names in any of the known languages ("März", "mars", "Sept."). */
    static Optional<Integer> month(String word) {
        return Optional.ofNullable(BY_NAME.get(normalise(word)));
    }
}
