package org.attache.nlp.actors;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Researchers' own actor lists ({@code run --actors FILE}), in the columns of {@code models/actors.tsv},
 * laid over the shipped gazetteer in the order given. A row
 * <ul>
 * <li>adds an actor with its forms, or more forms to the actor of that canonical name;</li>
 * <li>renames: a row listing an existing canonical name among its aliases takes that actor over, with
 *     all its forms, under the row's name;</li>
 * <li>ignores: an {@code IGNORE} row makes its forms (and those of an actor it takes over) no actor.</li>
 * </ul>
 * A form a row lists is taken away from any other actor. Immutable and safe to share between threads.
 */
public final class ActorLists {

    /** No lists: the shipped gazetteer as it is. */
    public static final ActorLists NONE = new ActorLists(List.of());

    private final List<ActorEntry> rows;
    private Gazetteer shipped;

    private ActorLists(List<ActorEntry> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads and checks the files; a bad row is a {@link GazetteerException} whose message starts with
     * {@code file:line:}.
     */
    public static ActorLists read(List<Path> files) {
        List<ActorEntry> rows = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GazetteerException("cannot read actor list " + file + ": " + e.getMessage(), e);
            }
            rows.addAll(parse(file.toString(), text));
        }
        return new ActorLists(rows);
    }

    /** For tests: lists from TSV texts, each named for messages. */
    static ActorLists of(Map<String, String> named) {
        List<ActorEntry> rows = new ArrayList<>();
        named.forEach((name, text) -> rows.addAll(parse(name, text)));
        return new ActorLists(rows);
    }

    private static List<ActorEntry> parse(String name, String text) {
        try (Reader r = new StringReader(text)) {
            return new GazetteerReader(name).read(r);
        } catch (IOException e) {
            throw new GazetteerException("cannot read actor list " + name + ": " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The shipped gazetteer with the lists laid over it, made once. */
    public synchronized Gazetteer gazetteer() {
        if (shipped == null) {
            shipped = applyTo(Gazetteer.load());
        }
        return shipped;
    }

    /** The gazetteer with the lists laid over it. */
    public Gazetteer applyTo(Gazetteer base) {
        if (rows.isEmpty()) {
            return base;
        }
        List<ActorEntry> entries = new ArrayList<>(base.entries());
        for (ActorEntry row : rows) {
            Set<String> rowKeys = keys(row);
            List<Alias> aliases = new ArrayList<>(row.aliases());
            Set<String> seen = new HashSet<>();
            aliases.forEach(a -> seen.add(a.kind() + "\u0000" + a.text()));
            Map<String, String> renamed = new HashMap<>();
            int at = entries.size();
            for (int k = entries.size() - 1; k >= 0; k--) {
                ActorEntry e = entries.get(k);
                if (!rowKeys.contains(GazetteerReader.keyOf(e.canonical()))) {
                    continue;
                }
                for (Alias a : e.aliases()) {
                    boolean fits = a.kind() != AliasKind.SHORT || row.type() == EntryType.PERSON;
                    if (fits && seen.add(a.kind() + "\u0000" + a.text())) {
                        aliases.add(a);
                    }
                }
                renamed.put(e.canonical(), row.canonical());
                entries.remove(k);
                at = k;
            }
            ActorEntry merged = new ActorEntry(row.canonical(), row.type(), aliases, row.metonymOf(), row.line());
            Set<String> taken = keys(merged);
            for (int k = 0; k < entries.size(); k++) {
                ActorEntry e = entries.get(k);
                List<Alias> kept = new ArrayList<>();
                kept.add(e.aliases().get(0)); // the canonical name stays
                e.aliases().stream().skip(1).filter(a -> !taken.contains(GazetteerReader.keyOf(a.text())))
                        .forEach(kept::add);
                Optional<String> metonymOf = e.metonymOf().map(m -> renamed.getOrDefault(m, m));
                if (kept.size() != e.aliases().size() || !metonymOf.equals(e.metonymOf())) {
                    entries.set(k, new ActorEntry(e.canonical(), e.type(), kept, metonymOf, e.line()));
                }
            }
            entries.add(Math.min(at, entries.size()), merged);
        }
        return Gazetteer.of(base.name(), base.sha256(), entries);
    }

    /**
     * What the lists change in a document with this clean text: a digest of the list rows whose forms
     * (with those of the actors they take over) occur in it, case and accents folded; empty when none
     * does. A document whose signature is unchanged gets the same analysis, so a run re-analyses
     * exactly the documents where a changed row can match.
     * <p>
     * It cuts the text into {@link NameMatchTokens} itself, and must: the signature is part of the version
     * key that decides whether a document is analysed at all, so it is taken before any analysis, from the
     * text as last cleaned (on disk, for an unchanged file) or as just cleaned (before its
     * {@code AnnotatedText} exists), and also for documents in a language the actor stage skips, which get
     * no {@link MentionSheet}. The sentences' OpenNLP tokens would not do either: a form must be cut as the
     * aliases are ("U.S." as {@code U . S .}, "Russia's" as {@code Russia ' s}). One pass over the text,
     * only with {@code --actors}.
     */
    public String signature(String cleanText) {
        return rows.isEmpty() ? "" : signature(gazetteer(), cleanText);
    }

    /** As {@link #signature(String)}, over a given gazetteer made by {@link #applyTo}. */
    String signature(Gazetteer effective, String cleanText) {
        if (rows.isEmpty()) {
            return "";
        }
        NameMatchTokens tokens = NameMatchTokens.of(Objects.requireNonNull(cleanText, "cleanText"));
        Set<String> present = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            present.add(tokens.key(t));
        }
        TreeSet<String> matched = new TreeSet<>();
        for (ActorEntry row : rows) {
            ActorEntry entry = effective.entry(row.canonical()).orElse(row);
            for (Alias a : entry.aliases()) {
                if (occurs(GazetteerReader.keyOf(a.text()), tokens, present)) {
                    matched.add(describe(entry));
                    break;
                }
            }
        }
        return matched.isEmpty() ? "" : digest(String.join("\n", matched));
    }

    private static boolean occurs(String key, NameMatchTokens tokens, Set<String> present) {
        String[] words = key.split(" ");
        for (String w : words) {
            if (!present.contains(w)) {
                return false;
            }
        }
        for (int t = 0; t + words.length <= tokens.size(); t++) {
            int k = 0;
            while (k < words.length && tokens.key(t + k).equals(words[k])) {
                k++;
            }
            if (k == words.length) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ActorEntry e) {
        StringBuilder sb = new StringBuilder(e.canonical()).append('\t').append(e.type());
        for (Alias a : e.aliases()) {
            sb.append('\t').append(a.kind()).append(a.notInCapitals() ? "~" : "").append(a.scope()).append(':')
                    .append(a.text());
        }
        e.metonymOf().ifPresent(m -> sb.append("\tof:").append(m));
        return sb.toString();
    }

    private static Set<String> keys(ActorEntry e) {
        Set<String> out = new HashSet<>();
        for (Alias a : e.aliases()) {
            out.add(GazetteerReader.keyOf(a.text()));
        }
        return out;
    }

    private static String digest(String s) {
        return HexFormat.of().formatHex(DigestUtils.sha256(s), 0, 12);
    }
}
