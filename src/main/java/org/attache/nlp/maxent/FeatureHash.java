package org.attache.nlp.maxent;

/**
 * The 64-bit feature hash of {@link PredicateTable}, computable piece by piece: the hash of
 * {@code "p1" + "w=" + word} is {@code finish(add(add(add(start(), "p1"), "w="), word))}, so a
 * feature can be looked up without building its string (FNV-1a over the characters, then a
 * finalizer so that all bits spread). A finished hash is never 0, the table's empty slot.
 */
public final class FeatureHash {

    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The state before any character. */
    public static long start() {
        return SEED;
    }

    /** The state after the characters of {@code s}. */
    public static long add(long state, String s) {
        return add(state, s, 0, s.length());
    }

    /** The state after the characters {@code s[from, to)}. */
    public static long add(long state, String s, int from, int to) {
        long h = state;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The state after one more character. */
    public static long add(long state, char c) {
        return (state ^ c) * PRIME;
    }

    /** The hash of everything added. */
    public static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0L ? 1L : h;
    }

    /** The hash of a whole string. */
    public static long of(String s) {
        return finish(add(SEED, s));
    }
}
