package org.attache.nlp.actors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.attache.model.ActorType;

/**
 * The actor gazetteer: canonical names, their forms, and a trie to find them in text.
 * Immutable once loaded and safe to share between threads; load it once per run.
 */
public final class Gazetteer {

    /** Where the pom puts {@code models/actors.tsv} inside the jar. */
    public static final String RESOURCE = "/models/actors.tsv";

    private final String name;
    private final String sha256;
    private final List<ActorEntry> entries;
    private final Map<String, ActorEntry> byCanonical;
    private final AliasTrie names;
    private final AliasTrie shorts;

    private Gazetteer(String name, String sha256, List<ActorEntry> entries) {
        this.name = name;
        this.sha256 = sha256;
        this.entries = List.copyOf(entries);
        Map<String, ActorEntry> map = new LinkedHashMap<>();
        for (ActorEntry e : entries) {
            map.put(e.canonical().toLowerCase(Locale.ROOT), e);
        }
        this.byCanonical = map;
        this.names = new AliasTrie(entries, a -> a.kind() != AliasKind.SHORT);
        this.shorts = new AliasTrie(entries, a -> a.kind() == AliasKind.SHORT);
    }

    /** Where the pom puts {@code models/actors-fr.tsv}: French forms of the same actors. */
    public static final String FRENCH_RESOURCE = "/models/actors-fr.tsv";

    /** The shipped gazetteer with the French names and demonyms of its actors, for documents in French. */
    public static Gazetteer loadFrench() {
        Gazetteer english = load();
        try (InputStream in = Gazetteer.class.getResourceAsStream(FRENCH_RESOURCE)) {
            if (in == null) {
                throw new GazetteerException("gazetteer " + FRENCH_RESOURCE + " is not on the classpath; rebuild with mvn package");
            }
            return english.withForms("actors-fr.tsv", in.readAllBytes());
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + FRENCH_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * This gazetteer with the rows of another file (same columns) added: a row whose canonical name is
     * already here adds its forms to that actor, any other row is a new actor. The whole is checked as
     * one file is (a form may lead to one actor only).
     */
    public Gazetteer withForms(String file, byte[] tsv) {
        List<ActorEntry> extra;
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(tsv), StandardCharsets.UTF_8)) {
            extra = new GazetteerReader(file).read(r);
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
        Map<String, ActorEntry> merged = new LinkedHashMap<>(byCanonical);
        for (ActorEntry e : extra) {
            String key = e.canonical().toLowerCase(Locale.ROOT);
            ActorEntry base = merged.get(key);
            if (base == null) {
                merged.put(key, e);
                continue;
            }
            if (base.type() != e.type()) {
                throw new GazetteerException(file + ":" + e.line() + ": " + e.canonical() + " is " + base.type()
                        + " in " + name + ", not " + e.type());
            }
            List<Alias> aliases = new ArrayList<>(base.aliases());
            for (Alias a : e.aliases()) {
                if (aliases.stream().noneMatch(b -> b.kind() == a.kind() && b.text().equals(a.text()))) {
                    aliases.add(a);
                }
            }
            merged.put(key, new ActorEntry(base.canonical(), base.type(), aliases, base.metonymOf(), base.line()));
        }
        List<ActorEntry> all = List.copyOf(merged.values());
        new GazetteerReader(name + "+" + file).validate(all);
        return new Gazetteer(name + "+" + file, DigestUtils.sha256Hex(sha256 + DigestUtils.sha256Hex(tsv)), all);
    }

    /** The shipped gazetteer, from the classpath. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GazetteerException("gazetteer " + RESOURCE + " is not on the classpath; rebuild with mvn package");
            }
            return parse("actors.tsv", in.readAllBytes());
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A gazetteer from the bytes of a TSV file; {@code name} is used in messages and {@link #name()}. */
    public static Gazetteer parse(String name, byte[] tsv) {
        Objects.requireNonNull(name, "name");
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(tsv), StandardCharsets.UTF_8)) {
            return new Gazetteer(name, DigestUtils.sha256Hex(tsv), new GazetteerReader(name).read(r));
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + name + ": " + e.getMessage(), e);
        }
    }

    /** A gazetteer of given entries (a shipped one with researchers' lists laid over it). */
    static Gazetteer of(String name, String sha256, List<ActorEntry> entries) {
        return new Gazetteer(name, sha256, entries);
    }

    /** For tests: a gazetteer from TSV text. */
    static Gazetteer parse(String name, String tsv) {
        try {
            return new Gazetteer(name, DigestUtils.sha256Hex(tsv),
                    new GazetteerReader(name).read(new StringReader(tsv)));
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer " + name, e);
        }
    }

    public String name() {
        return name;
    }

    /** SHA-256 (hex) of the file's bytes, to record which gazetteer a run used. */
    public String sha256() {
        return sha256;
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public Optional<ActorEntry> entry(String canonical) {
        return Optional.ofNullable(byCanonical.get(canonical.toLowerCase(Locale.ROOT)));
    }

    /** The type of an actor by its canonical name; empty when unknown or an IGNORE phrase. */
    public Optional<ActorType> typeOf(String canonical) {
        return entry(canonical).flatMap(e -> e.type().actorType());
    }

    /**
     * The canonical name for a name as a user or a model writes it ("USA", "usa", "Nato", "Putin"):
     * the canonical name itself, then a form written the same way, then a form equal after folding
     * case and accents when that leads to one actor. IGNORE phrases and places standing for an actor
     * resolve to themselves, never to the actor.
     */
    public Optional<String> canonical(String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActorEntry> direct = entry(n);
        if (direct.isPresent()) {
            return direct.filter(e -> e.type() != EntryType.IGNORE).map(ActorEntry::canonical);
        }
        List<AliasTrie.Candidate> all = new ArrayList<>(names.candidatesFor(n));
        all.addAll(shorts.candidatesFor(n).stream()
                .filter(c -> c.alias().scope() == ShortScope.GLOBAL || uniqueShort(c.alias().text()))
                .toList());
        for (AliasTrie.Candidate c : all) {
            if (c.alias().text().equals(n)) {
                return actorName(c.entry());
            }
        }
        List<ActorEntry> distinct = all.stream().map(AliasTrie.Candidate::entry).distinct().toList();
        return distinct.size() == 1 ? actorName(distinct.get(0)) : Optional.empty();
    }

    private static Optional<String> actorName(ActorEntry e) {
        return e.type() == EntryType.IGNORE ? Optional.empty() : Optional.of(e.canonical());
    }

    /** True when exactly one person has this short form. */
    boolean uniqueShort(String form) {
        return shorts.candidatesFor(form).stream().map(AliasTrie.Candidate::entry).distinct().count() == 1;
    }

    AliasTrie names() {
        return names;
    }

    AliasTrie shorts() {
        return shorts;
    }

    List<AliasTrie.Candidate> shortCandidates(String form) {
        return shorts.candidatesFor(form);
    }
}
