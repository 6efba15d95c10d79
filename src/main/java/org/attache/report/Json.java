package org.attache.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON we write (run.json, search and stats output) and read back, through jackson-jr: two-space
 * indentation, {@code "key": value}, decimals with three places, and every character a terminal would
 * act on escaped, so the output is safe to print and still JSON.
 */
public final class Json {

    private static final JSON JSON_IO = JSON.builder(new JsonFactoryBuilder()
                    .characterEscapes(new TerminalEscapes())
                    .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                    .build())
            .prettyPrinter(layout())
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES) // "finished": null says what it means
            .build();

    private Json() {
    }

    /** Serialises maps (in their iteration order), lists, strings, numbers, booleans and null; ends with a newline. */
    public static String write(Object value) {
        try {
            return JSON_IO.asString(decimals(value)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a string
        }
    }

    /** A JSON object: maps, lists, strings, numbers, booleans and null as they came. */
    public static Map<String, Object> read(String json) throws IOException {
        return JSON_IO.mapFrom(json);
    }

    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Doubles with three decimals (timings, scores: more would be noise), NaN and infinities as null. */
    private static Object decimals(Object v) {
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : new BigDecimal(String.format(Locale.ROOT, "%.3f", d));
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, value) -> copy.put(String.valueOf(k), decimals(value)));
            return copy;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(decimals(e)));
            return copy;
        }
        return v;
    }

    /** Controls, DEL, C1 controls, line and paragraph separators and bidi overrides as \\u escapes (terminal-safe). */
    private static final class TerminalEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean escaped = c >= 0x80 && c <= 0x9F || c == '\u2028' || c == '\u2029'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            return escaped ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
