package org.attache.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * What duplicate detection keeps of a clean text: a hash of the exact text (copies) and a MinHash
 * signature of its word shingles (the same story with small edits). Shingles are runs of
 * {@value #SHINGLE} lower-case words (letters and digits); the signature holds the least of
 * {@value #HASHES} seeded 32-bit hashes over them, so the share of equal slots of two signatures
 * estimates the Jaccard similarity of their shingle sets. Texts with fewer than {@value #MIN_SHINGLES}
 * shingles get no signature (only copies of them are found). Deterministic: same text, same bytes.
 *
 * @param exact     the first 16 bytes of the SHA-256 of the text
 * @param signature the MinHash signature, empty for short texts
 */
public record TextFingerprint(byte[] exact, int[] signature) {

    static final int SHINGLE = 4;
    static final int HASHES = 64;
    static final int MIN_SHINGLES = 8;
    private static final int EXACT_BYTES = 16;

    /** The fingerprint of a clean text. */
    public static TextFingerprint of(String text) {
        return new TextFingerprint(exactHash(text), minHash(text));
    }

    /** Bytes for the index: the exact hash, then the signature. */
    byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(EXACT_BYTES + 4 * signature.length);
        b.put(exact);
        for (int v : signature) {
            b.putInt(v);
        }
        return b.array();
    }

    static TextFingerprint decode(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        byte[] exact = new byte[EXACT_BYTES];
        b.get(exact);
        int[] signature = new int[(length - EXACT_BYTES) / 4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = b.getInt();
        }
        return new TextFingerprint(exact, signature);
    }

    /** The estimated Jaccard similarity of the two texts' shingles (0 when either has no signature). */
    double similarity(TextFingerprint other) {
        if (signature.length == 0 || signature.length != other.signature.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] == other.signature[i]) {
                same++;
            }
        }
        return same / (double) signature.length;
    }

    String exactKey() {
        return HexFormat.of().formatHex(exact);
    }

    private static byte[] exactHash(String text) {
        return Arrays.copyOf(DigestUtils.sha256(text), EXACT_BYTES);
    }

    private static int[] minHash(String text) {
        long[] window = new long[SHINGLE];
        int words = 0;
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        int shingles = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long h = 0xcbf29ce484222325L; // FNV-1a over the lower-cased word
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
                i++;
            }
            window[words % SHINGLE] = h;
            words++;
            if (words >= SHINGLE) {
                long s = 0;
                for (int k = words - SHINGLE; k < words; k++) {
                    s = mix(s * 31 + window[k % SHINGLE]);
                }
                for (int j = 0; j < HASHES; j++) {
                    // multiply-shift hashing of the well-mixed shingle hash: one multiply per slot
                    int v = (int) ((s * MULTIPLIERS[j] + SEEDS[j]) >>> 32);
                    if (v < min[j]) {
                        min[j] = v;
                    }
                }
                shingles++;
            }
        }
        return shingles < MIN_SHINGLES ? new int[0] : min;
    }

    private static final long[] SEEDS = seeds(0x9E3779B97F4A7C15L, false);
    private static final long[] MULTIPLIERS = seeds(0xD1B54A32D192ED03L, true);

    private static long[] seeds(long start, boolean odd) {
        long[] s = new long[HASHES];
        long x = start;
        for (int j = 0; j < HASHES; j++) {
            x += 0x9E3779B97F4A7C15L;
            s[j] = odd ? mix(x) | 1 : mix(x);
        }
        return s;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFingerprint f && Arrays.equals(exact, f.exact) && Arrays.equals(signature, f.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(exact) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + exactKey() + ", " + signature.length + " hashes]";
    }
}
