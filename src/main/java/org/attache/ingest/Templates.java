package org.attache.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that recur in many documents of the same site, learned from a whole run by
 * {@link TemplateLearner}: such a line is template (chrome), not content. Immutable and
 * thread-safe; {@link #NONE} knows no templates.
 */
public final class Templates implements java.io.Serializable {

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
        java.util.List<String> parts = new java.util.ArrayList<>();
        linesBySite.forEach((site, lines) -> lines.forEach(line -> parts.add(site + '\u0000' + line)));
        java.util.Collections.sort(parts);
        return DocumentReader.sha256(String.join("\n", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** Templates read back from what {@link #linesBySite()} gave (a templates file written by a first pass). */
    public static Templates of(Map<String, ? extends Set<String>> linesBySite) {
        Map<String, Set<String>> copy = new java.util.HashMap<>();
        linesBySite.forEach((site, lines) -> copy.put(site, Set.copyOf(lines)));
        return new Templates(copy);
    }

    /** Site key -> its template lines (as keys), both sorted: everything learned, for a templates file. */
    public java.util.SortedMap<String, java.util.SortedSet<String>> linesBySite() {
        java.util.SortedMap<String, java.util.SortedSet<String>> sorted = new java.util.TreeMap<>();
        linesBySite.forEach((site, lines) -> sorted.put(site, new java.util.TreeSet<>(lines)));
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
