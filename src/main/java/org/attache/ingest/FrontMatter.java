package org.attache.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML front matter of a Markdown scrape, read with snakeyaml-engine: top-level keys to their
 * scalar values (quoted, folded and escaped forms as YAML defines them, comments dropped), lists of
 * scalars joined with ", ", nested maps ignored. Scrapers often write invalid YAML (an unquoted
 * title holding ": "); then each top-level entry is read on its own, and an entry YAML still
 * refuses keeps its raw text.
 *
 * @param fields    lower-case keys to their string values
 * @param bodyStart offset in the page where the Markdown body begins (0 when there is no front matter)
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {

    /** Keys under which scrapers write the publication date, best first. */
    static final List<String> DATE_KEYS = List.of("date", "published_date", "publishdate", "publish_date", "pubdate",
            "pub_date", "published", "published_at", "publishedat", "date_published", "datepublished",
            "publication_date", "published_time", "release_date", "issued", "created", "created_at", "date_created");
    /** Keys of update times: used only when no publication date is stated. */
    static final List<String> UPDATE_KEYS = List.of("modified_time", "updated", "last_modified", "lastmod",
            "date_modified", "modified", "updated_at");

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    static FrontMatter parse(String page) {
        if (!FormatDetector.hasFrontMatter(page)) {
            return new FrontMatter(Map.of(), 0);
        }
        String[] lines = page.split("\n", -1);
        int offset = lines[0].length() + 1;
        for (int i = 1; i < lines.length; i++) {
            offset += lines[i].length() + 1;
            String stripped = lines[i].strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                List<String> yaml = List.of(lines).subList(1, i);
                return new FrontMatter(read(yaml), Math.min(offset, page.length()));
            }
        }
        return new FrontMatter(Map.of(), 0);
    }

    String get(String key) {
        return fields.getOrDefault(key, "");
    }

    private static Map<String, String> read(List<String> yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            Object doc = load(String.join("\n", yaml));
            if (doc instanceof Map<?, ?> map) {
                map.forEach((k, v) -> put(fields, k, v));
                return fields;
            }
        } catch (YamlEngineException e) {
            // invalid as a whole: read entry by entry below
        }
        for (List<String> entry : entries(yaml)) {
            String text = String.join("\n", entry);
            int colon = text.indexOf(':');
            try {
                if (load(text) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> put(fields, k, v));
                    continue;
                }
            } catch (YamlEngineException e) {
                // this entry is not YAML either: keep its raw text, without a trailing comment
            }
            String raw = text.substring(colon + 1).replaceFirst("\\s+#\\s.*$", "");
            fields.put(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), TextStats.collapse(raw));
        }
        return fields;
    }

    /** Top-level entries: a "key:" line and the indented or blank lines after it. */
    private static List<List<String>> entries(List<String> yaml) {
        List<List<String>> entries = new ArrayList<>();
        for (String line : yaml) {
            boolean top = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.matches("[A-Za-z_][\\w-]*\\s*:.*");
            if (top) {
                entries.add(new ArrayList<>(List.of(line)));
            } else if (!entries.isEmpty()) {
                entries.get(entries.size() - 1).add(line);
            }
        }
        return entries;
    }

    /** Immutable, built once per JVM (a Load is not thread-safe and stays per call). */
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(true).build();

    private static Object load(String yaml) {
        return new Load(YAML_SETTINGS).loadFromString(yaml);
    }

    private static void put(Map<String, String> fields, Object key, Object value) {
        if (key == null || value instanceof Map) {
            return;
        }
        String text = value instanceof List<?> list
                ? String.join(", ", list.stream().filter(v -> v != null && !(v instanceof Map) && !(v instanceof List))
                        .map(Object::toString).toList())
                : value == null ? "" : value.toString();
        fields.put(key.toString().strip().toLowerCase(Locale.ROOT), TextStats.collapse(text));
    }
}
