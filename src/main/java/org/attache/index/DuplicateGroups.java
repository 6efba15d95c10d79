package org.attache.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The duplicate groups of an index's documents: exact copies (the same clean text) and near-duplicates
 * (estimated Jaccard similarity of 4-word shingles at least {@value #THRESHOLD}, see
 * {@link TextFingerprint}), joined transitively. Each group's original is its earliest document by
 * date (undated last), then by id. Computed from the fingerprints in the doc values (one pass, no
 * stored fields); candidates come from locality-sensitive hashing ({@value #BANDS} bands of
 * {@value #ROWS} signature slots), so the cost grows with the documents, not their pairs. The result
 * depends only on the indexed documents, never on their order in the index. Immutable.
 */
public final class DuplicateGroups {

    /** Near-duplicates share at least this share of their shingles (estimated). */
    static final double THRESHOLD = 0.7;
    static final int BANDS = 16;
    static final int ROWS = TextFingerprint.HASHES / BANDS;

    /** The documents of no group. */
    public static final DuplicateGroups NONE = new DuplicateGroups(Map.of(), Map.of());

    /** Id of every document in a group (originals included) -> its group's original. */
    private final Map<String, String> originalOf;
    /** Original -> the group's members, original first, in (date, id) order. */
    private final Map<String, List<String>> members;

    private DuplicateGroups(Map<String, String> originalOf, Map<String, List<String>> members) {
        this.originalOf = originalOf;
        this.members = members;
    }

    /** The original of {@code id}'s group when {@code id} is a duplicate; empty for originals and documents alone. */
    public String duplicateOf(String id) {
        String original = originalOf.get(id);
        return original == null || original.equals(id) ? "" : original;
    }

    /** Every document that is in a group, originals included. */
    public Set<String> grouped() {
        return originalOf.keySet();
    }

    /** How many documents are duplicates of another. */
    public int duplicates() {
        return originalOf.size() - members.size();
    }

    /**
     * The documents of {@code report} that repeat a story already counted: in each group, every member
     * after the first one (in date, id order) that is in {@code report}. For the whole index, the duplicates.
     */
    public Set<String> repeatsWithin(Set<String> report) {
        Set<String> out = new HashSet<>();
        for (List<String> group : members.values()) {
            boolean first = true;
            for (String id : group) {
                if (report.contains(id)) {
                    if (!first) {
                        out.add(id);
                    }
                    first = false;
                }
            }
        }
        return out;
    }

    private record Entry(String id, long day, TextFingerprint fingerprint) {
    }

    private static final Comparator<Entry> EARLIEST = Comparator.comparingLong(Entry::day).thenComparing(Entry::id);

    /** The groups of every document in {@code reader}. */
    public static DuplicateGroups of(DirectoryReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            BinaryDocValues prints = r.getBinaryDocValues(IndexSchema.FINGERPRINT_DV);
            SortedDocValues ids = r.getSortedDocValues(IndexSchema.ID_SORT);
            NumericDocValues days = r.getNumericDocValues(IndexSchema.DATE_DAY);
            if (prints == null || ids == null) {
                continue;
            }
            Bits live = r.getLiveDocs();
            for (int doc = prints.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = prints.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    BytesRef b = prints.binaryValue();
                    long day = days != null && days.advanceExact(doc) ? days.longValue() : Long.MAX_VALUE;
                    entries.add(new Entry(ids.lookupOrd(ids.ordValue()).utf8ToString(), day,
                            TextFingerprint.decode(b.bytes, b.offset, b.length)));
                }
            }
        }
        return group(entries);
    }

    /** Groups fingerprints given by id with their dates (epoch days, {@code Long.MAX_VALUE} when undated); for tests. */
    static DuplicateGroups of(Map<String, TextFingerprint> prints, Map<String, Long> days) {
        List<Entry> entries = new ArrayList<>();
        prints.forEach((id, f) -> entries.add(new Entry(id, days.getOrDefault(id, Long.MAX_VALUE), f)));
        return group(entries);
    }

    private static DuplicateGroups group(List<Entry> entries) {
        entries.sort(Comparator.comparing(Entry::id)); // the index's order must not matter
        UnionFind sets = new UnionFind(entries.size());
        // copies: the same exact hash; only the first of each enters the near-duplicate search
        Map<String, Integer> firstOfText = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Integer first = firstOfText.putIfAbsent(entries.get(i).fingerprint().exactKey(), i);
            if (first != null) {
                sets.union(first, i);
            } else if (entries.get(i).fingerprint().signature().length == TextFingerprint.HASHES) {
                distinct.add(i);
            }
        }
        // near-duplicates: texts sharing a band are candidates; each is compared with the band's
        // leaders (texts unlike the leaders before them) until one is similar
        for (int band = 0; band < BANDS; band++) {
            Map<BandKey, List<Integer>> leaders = new HashMap<>();
            for (int i : distinct) {
                int[] sig = entries.get(i).fingerprint().signature();
                List<Integer> bucket = leaders.computeIfAbsent(new BandKey(sig, band * ROWS), k -> new ArrayList<>());
                boolean joined = false;
                for (int leader : bucket) {
                    if (entries.get(leader).fingerprint().similarity(entries.get(i).fingerprint()) >= THRESHOLD) {
                        sets.union(leader, i);
                        joined = true;
                        break;
                    }
                }
                if (!joined) {
                    bucket.add(i);
                }
            }
        }
        Map<Integer, List<Entry>> byRoot = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(entries.get(i));
        }
        Map<String, String> originalOf = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Collection<Entry> group : byRoot.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Entry> ordered = group.stream().sorted(EARLIEST).toList();
            String original = ordered.get(0).id();
            members.put(original, ordered.stream().map(Entry::id).toList());
            ordered.forEach(e -> originalOf.put(e.id(), original));
        }
        return new DuplicateGroups(Map.copyOf(originalOf), Map.copyOf(members));
    }

    /** {@value #ROWS} slots of a signature, as a hash key. */
    private record BandKey(int a, int b, int c, int d) {
        BandKey(int[] sig, int from) {
            this(sig[from], sig[from + 1], sig[from + 2], sig[from + 3]);
        }
    }

    /** Disjoint sets over 0..n-1, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
