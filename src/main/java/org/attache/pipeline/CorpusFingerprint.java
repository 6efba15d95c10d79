package org.attache.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A fingerprint of a set of indexed documents (id and version key of each), in constant memory and
 * independent of the order documents finish in: the sum of a 128-bit hash per document. Thread-safe.
 */
final class CorpusFingerprint {

    /** One digest per thread: looking the algorithm up for every document showed in re-runs. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(DigestUtils::getSha256Digest);

    private final AtomicLong high = new AtomicLong();
    private final AtomicLong low = new AtomicLong();
    private final AtomicLong count = new AtomicLong();

    void add(String id, String versionKey) {
        byte[] h = sha256(id + "\n" + versionKey);
        high.addAndGet(longAt(h, 0));
        low.addAndGet(longAt(h, 8));
        count.incrementAndGet();
    }

    String value() {
        return String.format("%016x%016x:%d", high.get(), low.get(), count.get());
    }

    private static long longAt(byte[] b, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    static byte[] sha256(String s) {
        return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
    }

}
