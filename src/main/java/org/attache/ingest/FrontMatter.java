package org.attache.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter of a Markdown scrape: top-level {@code key: value} pairs with plain,
 * single-quoted and double-quoted scalars (escapes such as {@code \_} and {@code \u2019}, and
 * values folded over indented lines). Nested structures are ignored; this is not a YAML parser,
 * only what scrapers write.
 *
 * @param fields    lower-case keys to their string values
 * @param bodyStart offset in the page where the Markdown body begins (0 when there is no front matter)
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    static FrontMatter parse(String page) {
        if (!FormatDetector.hasFrontMatter(page)) {
            return new FrontMatter(Map.of(), 0);
        }
        String[] lines = page.split("\n", -1);
        int offset = lines[0].length() + 1;
        Map<String, String> fields = new LinkedHashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            offset += line.length() + 1;
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                put(fields, key, value);
                return new FrontMatter(fields, Math.min(offset, page.length()));
            }
            boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            int colon = line.indexOf(':');
            if (!continuation && colon > 0 && line.substring(0, colon).matches("[A-Za-z_][\\w-]*")) {
                put(fields, key, value);
                key = line.substring(0, colon).toLowerCase(Locale.ROOT);
                value.setLength(0);
                value.append(line.substring(colon + 1).strip());
            } else if (key != null) {
                value.append('\n').append(line);
            }
        }
        return new FrontMatter(Map.of(), 0);
    }

    String get(String key) {
        return fields.getOrDefault(key, "");
    }

    private static void put(Map<String, String> fields, String key, StringBuilder raw) {
        if (key != null) {
            fields.put(key, scalar(raw.toString()));
        }
    }

    /** A YAML scalar's value: quoted forms unescaped, multi-line forms folded to one line. */
    static String scalar(String raw) {
        String s = raw.strip();
        if (s.startsWith("\"")) {
            return TextStats.collapse(doubleQuoted(s));
        }
        if (s.startsWith("'")) {
            String inner = s.endsWith("'") && s.length() > 1 ? s.substring(1, s.length() - 1) : s.substring(1);
            return TextStats.collapse(inner.replace("''", "'"));
        }
        return TextStats.collapse(s);
    }

    private static String doubleQuoted(String s) {
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                i += 2;
                switch (e) {
                    case '\n' -> {
                        // escaped line break: the value continues without a space; skip the indentation
                        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                            i++;
                        }
                    }
                    case '_' -> out.append('\u00A0');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case ' ' -> out.append(' ');
                    case 'N' -> out.append('\u0085');
                    case 'L' -> out.append('\u2028');
                    case 'P' -> out.append('\u2029');
                    case 'x', 'u', 'U' -> {
                        int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        if (i + len <= s.length()) {
                            try {
                                out.appendCodePoint(Integer.parseInt(s.substring(i, i + len), 16));
                                i += len;
                            } catch (IllegalArgumentException ex) {
                                out.append(e);
                            }
                        }
                    }
                    default -> out.append(e);
                }
                continue;
            }
            if (c == '\n') {
                // folded line: one space, leading indentation of the next line dropped
                out.append(' ');
                i++;
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
