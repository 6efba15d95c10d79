package org.attache.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lines that recur in many documents of the same site, learned from a whole run by
 * {@link TemplateLearner}: such a line is template (chrome), not content. Immutable and
 * thread-safe; {@link #NONE} knows no templates.
 */
public final class Templates implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Templates NONE = new Templates(Map.of());

    /** Site key -> keys ({@link TextStats#key}) of its template lines. */
    private final Map<String, Set<String>> linesBySite;

    Templates(Map<String, Set<String>> linesBySite) {
        this.linesBySite = Map.copyOf(linesBySite);
    }

    /**
     * A short stable digest of everything learned: a document cleaned under other templates may
     * have another clean text, so re-runs compare it along with the document's own content hash.
     */
    public String fingerprint() {
        if (linesBySite.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        linesBySite.forEach((site, lines) -> lines.forEach(line -> parts.add(site + '\u0000' + line)));
        Collections.sort(parts);
        return DocumentReader.sha256(String.join("\n", parts).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** Templates read back from what {@link #linesBySite()} gave (a templates file written by a first pass). */
    public static Templates of(Map<String, ? extends Set<String>> linesBySite) {
        Map<String, Set<String>> copy = new HashMap<>();
        linesBySite.forEach((site, lines) -> copy.put(site, Set.copyOf(lines)));
        return new Templates(copy);
    }

    /** Site key -> its template lines (as keys), both sorted: everything learned, for a templates file. */
    public SortedMap<String, SortedSet<String>> linesBySite() {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        linesBySite.forEach((site, lines) -> sorted.put(site, new TreeSet<>(lines)));
        return sorted;
    }

    /** How many sites have at least one template line. */
    public int siteCount() {
        return linesBySite.size();
    }

    /** The template lines of the sites a page belongs to. */
    Site forSites(List<String> siteKeys) {
        Set<String>[] sets = siteKeys.stream().map(k -> linesBySite.getOrDefault(k, Set.of()))
                .filter(s -> !s.isEmpty()).toArray(Set[]::new);
        return new Site(sets);
    }

    /** The template lines that apply to one page. */
    static final class Site {

        static final Site NONE = new Site(new Set[0]);

        private final Set<String>[] lineSets;

        @SafeVarargs
        Site(Set<String>... lineSets) {
            this.lineSets = lineSets.clone();
        }

        boolean isTemplate(String text) {
            if (lineSets.length == 0) {
                return false;
            }
            String key = TextStats.key(text);
            if (key.isEmpty()) {
                return false;
            }
            for (Set<String> s : lineSets) {
                if (s.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }
}
