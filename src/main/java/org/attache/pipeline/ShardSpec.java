package org.attache.pipeline;

/**
 * One share of a corpus split for a batch scheduler: shard {@code index} of {@code count} (from 1).
 * A document belongs to the shard its id hashes to (SHA-256 of the id, modulo the count), so the split
 * is stable across runs and machines and needs no list of files; {@link #ALL} is the whole corpus.
 */
public record ShardSpec(int index, int count) {

    /** The whole corpus: a run that is not a shard. */
    public static final ShardSpec ALL = new ShardSpec(1, 1);

    public ShardSpec {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Reads {@code I/N}, as in {@code --shard 2/8}. */
    public static ShardSpec parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must be I/N (such as 2/8), got '" + text + "'");
        }
        try {
            return new ShardSpec(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must be I/N (such as 2/8), got '" + text + "'");
        }
    }

    /** True for a real share (N above 1). */
    public boolean isShard() {
        return count > 1;
    }

    /** Whether the document (or skipped file) {@code id} is this shard's. */
    public boolean includes(String id) {
        if (count == 1) {
            return true;
        }
        byte[] h = CorpusFingerprint.sha256(id);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return Long.remainderUnsigned(v, count) == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
