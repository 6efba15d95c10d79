package org.attache.nlp.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dated offices ({@code models/roles.tsv}): who held which office from when to when, and the titles
 * written before the holder's surname ("Secretary General", "Prime Minister"). A title with a surname
 * that several known people share ("President Bush") is the person who held an office of that title
 * on the document's date; without a date, the only such person who ever held it ("Secretary Clinton").
 * A bare title ("the NATO Secretary General") is no mention of the holder: the annotation guidelines
 * count people by name only. Immutable and safe to share between threads.
 */
public final class Roles {

    /** Where the pom puts {@code models/roles.tsv} inside the jar. */
    public static final String RESOURCE = "/models/roles.tsv";

    static final List<String> COLUMNS = List.of("office", "titles", "holder", "from", "to", "notes");

    /** No dated offices. */
    public static final Roles NONE = new Roles(List.of());

    /** Words before a title that make it another office ("Vice President", "Deputy Secretary"). */
    private static final Set<String> MODIFIERS = Set.of("vice", "deputy", "assistant", "under", "associate",
            "shadow", "junior", "lieutenant", "ex");

    /**
     * One term of office.
     *
     * @param office the office, as a reader would name it ("NATO Secretary General")
     * @param titles the titles written before the holder's surname, as folded token keys
     * @param holder the holder's canonical name in the gazetteer
     * @param from   the first day in office
     * @param to     the first day out of office; empty while in office
     * @param line   the line of the file, for messages
     */
    public record Term(String office, List<List<String>> titles, String holder, LocalDate from,
                       Optional<LocalDate> to, int line) {

        public Term {
            titles = titles.stream().map(List::copyOf).toList();
        }

        boolean heldOn(LocalDate date) {
            return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
        }
    }

    private final List<Term> terms;
    private final Map<String, List<Term>> byHolder = new HashMap<>();

    private Roles(List<Term> terms) {
        this.terms = List.copyOf(terms);
        for (Term t : terms) {
            byHolder.computeIfAbsent(GazetteerReader.keyOf(t.holder()), k -> new ArrayList<>()).add(t);
        }
    }

    /** The shipped offices, from the classpath. */
    public static Roles load() {
        try (InputStream in = Roles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new GazetteerException("roles " + RESOURCE + " are not on the classpath; rebuild with mvn package");
            }
            return parse("roles.tsv", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GazetteerException("cannot read roles " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** For tests: offices from TSV text. */
    static Roles parse(String name, String tsv) {
        try {
            return parse(name, new StringReader(tsv));
        } catch (IOException e) {
            throw new GazetteerException("cannot read roles " + name, e);
        }
    }

    private static Roles parse(String file, Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (header == null || !List.of(header.split("\t", -1)).equals(COLUMNS)) {
            throw new GazetteerException(file + ":1: header must be the columns " + String.join(", ", COLUMNS)
                    + " separated by tabs");
        }
        List<Term> terms = new ArrayList<>();
        int lineNo = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (!line.isBlank() && !line.startsWith("#")) {
                terms.add(term(file, line, lineNo));
            }
        }
        return new Roles(terms);
    }

    private static Term term(String file, String line, int lineNo) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS.size()) {
            throw new GazetteerException(file + ":" + lineNo + ": expected " + COLUMNS.size() + " tab-separated cells, found "
                    + cells.length);
        }
        String office = cells[0].strip();
        String holder = cells[2].strip();
        if (office.isEmpty() || holder.isEmpty() || cells[1].isBlank()) {
            throw new GazetteerException(file + ":" + lineNo + ": office, titles and holder must not be empty");
        }
        List<List<String>> titles = new ArrayList<>();
        for (String title : cells[1].split("\\|", -1)) {
            if (title.isBlank()) {
                throw new GazetteerException(file + ":" + lineNo + ": empty title in '" + cells[1] + "'");
            }
            titles.add(List.of(GazetteerReader.keyOf(title.strip()).split(" ")));
        }
        LocalDate from = date(file, lineNo, cells[3], "from");
        Optional<LocalDate> to = cells[4].isBlank() ? Optional.empty() : Optional.of(date(file, lineNo, cells[4], "to"));
        if (to.isPresent() && !to.get().isAfter(from)) {
            throw new GazetteerException(file + ":" + lineNo + ": 'to' " + to.get() + " is not after 'from' " + from);
        }
        return new Term(office, titles, holder, from, to, lineNo);
    }

    private static LocalDate date(String file, int lineNo, String cell, String column) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new GazetteerException(file + ":" + lineNo + ": '" + column + "' must be a date yyyy-mm-dd, not '"
                    + cell + "'");
        }
    }

    public List<Term> terms() {
        return terms;
    }

    /** The holders of an office of this name (case folded) on a date, in file order. */
    public List<String> holders(String office, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.office().equalsIgnoreCase(office) && t.heldOn(date)) {
                out.add(t.holder());
            }
        }
        return out;
    }

    /**
     * Of the people a short form could be, the one whose office's title stands right before token
     * {@code i}: the one in that office on {@code date} if there is exactly one, else the only one who
     * ever held an office of that title; empty when none or several.
     */
    Optional<ActorEntry> titledHolder(List<ActorEntry> people, NameMatchTokens tokens, int i, Optional<LocalDate> date) {
        Set<ActorEntry> onDate = new LinkedHashSet<>();
        Set<ActorEntry> ever = new LinkedHashSet<>();
        for (ActorEntry person : people) {
            for (Term t : termsOf(person)) {
                if (titleBefore(t, tokens, i)) {
                    ever.add(person);
                    if (date.isPresent() && t.heldOn(date.get())) {
                        onDate.add(person);
                    }
                }
            }
        }
        Set<ActorEntry> chosen = onDate.isEmpty() ? ever : onDate;
        return chosen.size() == 1 ? Optional.of(chosen.iterator().next()) : Optional.empty();
    }

    /** Of several people, the only one in any office on {@code date}; empty without a date, or when none or several. */
    Optional<ActorEntry> inOffice(List<ActorEntry> people, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return Optional.empty();
        }
        List<ActorEntry> found = people.stream()
                .filter(p -> termsOf(p).stream().anyMatch(t -> t.heldOn(date.get()))).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The terms of a person, by any of their names (a researcher's list may have renamed them). */
    private List<Term> termsOf(ActorEntry person) {
        if (person.type() != EntryType.PERSON) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        for (Alias a : person.aliases()) {
            if (a.kind() == AliasKind.NAME) {
                out.addAll(byHolder.getOrDefault(GazetteerReader.keyOf(a.text()), List.of()));
            }
        }
        return out;
    }

    /** Whether one of the term's titles ends right before token {@code i} (after an abbreviation's dot too). */
    private static boolean titleBefore(Term t, NameMatchTokens tokens, int i) {
        int end = i - 1;
        if (end >= 0 && ".".equals(tokens.surface(end))) {
            end--;
        }
        for (List<String> title : t.titles()) {
            int first = end - title.size() + 1;
            if (first < 0) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < title.size() && same; k++) {
                same = tokens.key(first + k).equals(title.get(k));
            }
            if (same && !modified(tokens, first)) {
                return true;
            }
        }
        return false;
    }

    /** "Vice President", "Vice-President", "Deputy Secretary": a word before the title that makes it another office. */
    private static boolean modified(NameMatchTokens tokens, int first) {
        int p = first - 1;
        if (p >= 1 && "-".equals(tokens.surface(p)) && tokens.start(first) == tokens.end(p)) {
            p--;
        }
        return p >= 0 && MODIFIERS.contains(tokens.key(p));
    }
}
