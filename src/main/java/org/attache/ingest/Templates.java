package org.attache.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lines that recur in many documents of the same site, learned from a whole run by
 * {@link TemplateLearner}: such a line is template (chrome), not content. Immutable and
 * thread-safe; {@link #NONE} knows no templates.
 */
public final class Templates {

    public static final Templates NONE = new Templates(Map.of());

    /** Site key -> keys ({@link TextStats#key}) of its template lines. */
    private final Map<String, Set<String>> linesBySite;

    Templates(Map<String, Set<String>> linesBySite) {
        this.linesBySite = Map.copyOf(linesBySite);
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
