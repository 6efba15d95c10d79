package org.attache.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and validates the gazetteer TSV (format in {@code models/README.md}). Every problem is
 * reported as {@code file:line: message}; the first one stops the load, because a half-loaded
 * gazetteer would silently change the counts.
 */
final class GazetteerReader {

    static final List<String> COLUMNS =
            List.of("canonical", "type", "aliases", "acronyms", "demonyms", "short", "metonym_of", "notes");

    private final String file;

    GazetteerReader(String file) {
        this.file = file;
    }

    List<ActorEntry> read(Reader in) throws IOException {
        List<ActorEntry> entries = new ArrayList<>();
        Map<String, Integer> metonymLines = new HashMap<>();
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null) {
            throw error(1, "empty file");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> columns = List.of(header.split("\t", -1));
        if (columns.size() < 2 || !COLUMNS.subList(0, Math.min(columns.size(), COLUMNS.size())).equals(columns)) {
            throw error(1, "header must be the columns " + String.join(", ", COLUMNS)
                    + " (or the first of them, at least canonical and type) separated by tabs");
        }
        int lineNo = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            ActorEntry entry = parse(line, lineNo);
            entry.metonymOf().ifPresent(m -> metonymLines.put(entry.canonical(), entry.line()));
            entries.add(entry);
        }
        validate(entries);
        return entries;
    }

    private ActorEntry parse(String line, int lineNo) {
        String[] cells = line.split("\t", -1);
        if (cells.length > COLUMNS.size()) {
            throw error(lineNo, cells.length + " columns, expected at most " + COLUMNS.size());
        }
        String[] c = new String[COLUMNS.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < cells.length ? cells[i].strip() : "";
        }
        String canonical = c[0];
        if (canonical.isEmpty()) {
            throw error(lineNo, "empty canonical name");
        }
        EntryType type;
        try {
            type = EntryType.valueOf(c[1]);
        } catch (IllegalArgumentException e) {
            throw error(lineNo, "unknown type '" + c[1] + "' (COUNTRY, ORGANIZATION, PERSON, LOCATION or IGNORE)");
        }
        List<Alias> aliases = new ArrayList<>();
        aliases.add(new Alias(canonical, AliasKind.NAME, false, ShortScope.GLOBAL));
        for (String a : items(c[2], lineNo, "aliases")) {
            aliases.add(new Alias(plain(a, lineNo, "aliases"), AliasKind.NAME, false, ShortScope.GLOBAL));
        }
        for (String a : items(c[3], lineNo, "acronyms")) {
            boolean word = a.startsWith("~");
            aliases.add(new Alias(plain(word ? a.substring(1) : a, lineNo, "acronyms"), AliasKind.ACRONYM, word,
                    ShortScope.GLOBAL));
        }
        for (String a : items(c[4], lineNo, "demonyms")) {
            aliases.add(new Alias(plain(a, lineNo, "demonyms"), AliasKind.DEMONYM, false, ShortScope.GLOBAL));
        }
        List<String> shorts = items(c[5], lineNo, "short");
        if (!shorts.isEmpty() && type != EntryType.PERSON) {
            throw error(lineNo, "short forms are for PERSON rows only");
        }
        for (String a : shorts) {
            ShortScope scope = a.startsWith("+") ? ShortScope.GLOBAL
                    : a.startsWith("~") ? ShortScope.TITLE_ONLY : ShortScope.DOCUMENT;
            String text = scope == ShortScope.DOCUMENT ? a : a.substring(1);
            aliases.add(new Alias(plain(text, lineNo, "short"), AliasKind.SHORT, false, scope));
        }
        Set<String> seen = new HashSet<>();
        for (Alias a : aliases) {
            if (!seen.add(a.kind() + "\u0000" + a.text())) {
                throw error(lineNo, "'" + a.text() + "' is listed twice for " + canonical);
            }
            if (NameMatchTokens.of(a.text()).size() == 0) {
                throw error(lineNo, "'" + a.text() + "' has nothing to match");
            }
        }
        Optional<String> metonymOf = c[6].isEmpty() ? Optional.empty() : Optional.of(c[6]);
        if (metonymOf.isPresent() && type != EntryType.LOCATION) {
            throw error(lineNo, "metonym_of is for LOCATION rows only");
        }
        return new ActorEntry(canonical, type, aliases, metonymOf, lineNo);
    }

    private List<String> items(String cell, int lineNo, String column) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : cell.split("\\|", -1)) {
            String s = item.strip();
            if (s.isEmpty()) {
                throw error(lineNo, "empty item in " + column);
            }
            out.add(s);
        }
        return out;
    }

    private String plain(String form, int lineNo, String column) {
        if (form.isEmpty() || form.startsWith("~") || form.startsWith("+")) {
            throw error(lineNo, "bad form '" + form + "' in " + column
                    + " (markers: ~ on acronyms and short forms, + on short forms)");
        }
        return form;
    }

    void validate(List<ActorEntry> entries) {
        Map<String, ActorEntry> byCanonical = new HashMap<>();
        for (ActorEntry e : entries) {
            ActorEntry before = byCanonical.putIfAbsent(e.canonical().toLowerCase(Locale.ROOT), e);
            if (before != null) {
                throw error(e.line(), "canonical name '" + e.canonical() + "' already used on line " + before.line());
            }
        }
        for (ActorEntry e : entries) {
            if (e.metonymOf().isPresent() && !byCanonical.containsKey(e.metonymOf().get().toLowerCase(Locale.ROOT))) {
                throw error(e.line(), "metonym_of '" + e.metonymOf().get() + "' is not a canonical name in the file");
            }
        }
        // A form that could be read in the text must lead to one actor only. Acronyms match their
        // exact case; other forms fold case, so they also cover an acronym spelt the same.
        Map<String, ActorEntry> names = new HashMap<>();
        Map<String, ActorEntry> acronyms = new HashMap<>();
        for (ActorEntry e : entries) {
            for (Alias a : e.aliases()) {
                if (a.kind() == AliasKind.SHORT && a.scope() != ShortScope.GLOBAL) {
                    continue;
                }
                Map<String, ActorEntry> owner = a.kind() == AliasKind.ACRONYM ? acronyms : names;
                String key = a.kind() == AliasKind.ACRONYM ? a.text() : keyOf(a.text());
                conflict(e, a, owner.putIfAbsent(key, e));
            }
        }
        for (ActorEntry e : entries) {
            for (Alias a : e.aliases()) {
                if (a.kind() == AliasKind.ACRONYM) {
                    conflict(e, a, names.get(keyOf(a.text())));
                } else if (a.kind() == AliasKind.SHORT && a.scope() != ShortScope.GLOBAL) {
                    conflict(e, a, names.get(keyOf(a.text())));
                    conflict(e, a, acronyms.get(a.text()));
                }
            }
        }
    }

    private void conflict(ActorEntry e, Alias a, ActorEntry other) {
        if (other != null && other != e) {
            throw error(e.line(), "'" + a.text() + "' of " + e.canonical() + " is already a form of "
                    + other.canonical() + " (line " + other.line() + ")");
        }
    }

    static String keyOf(String form) {
        NameMatchTokens t = NameMatchTokens.of(form);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t.key(i));
        }
        return sb.toString();
    }

    private GazetteerException error(int line, String message) {
        return new GazetteerException(file + ":" + line + ": " + message);
    }
}
