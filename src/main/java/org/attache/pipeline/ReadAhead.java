package org.attache.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;

/**
 * The raw bytes the template pass reads, kept for the document's own pass, so that each file is read
 * once per run. Kept within a budget (a corpus larger than it has its later files read again), only
 * for the files this run analyses (a shard's own), and given back only while the file's stamp is the
 * one taken before it was read: a file changed, renamed or deleted meanwhile is read again, as if
 * nothing had been kept. Thread-safe.
 */
final class ReadAhead {

    /** A file's stamp, taken before its bytes were read, and the bytes. */
    record Read(String stamp, byte[] bytes) {
    }

    /** A part of the heap: documents at work need the rest. */
    private static final int HEAP_SHARE = 16;

    private final Map<String, Read> reads = new ConcurrentHashMap<>();
    private final AtomicLong room;
    private final Predicate<String> wanted;

    ReadAhead(long budgetBytes, Predicate<String> wanted) {
        this.room = new AtomicLong(budgetBytes);
        this.wanted = wanted;
    }

    /** Keeps the files {@code wanted} (by id) within a share of the heap. */
    static ReadAhead withinHeap(Predicate<String> wanted) {
        return new ReadAhead(Runtime.getRuntime().maxMemory() / HEAP_SHARE, wanted);
    }

    /** Reads a file's bytes (rejecting as {@link DocumentReader#readBytes} does), keeping them if there is room. */
    byte[] read(SourceFile file, DocumentReader reader) throws InputRejectedException {
        String stamp = wanted.test(file.id()) ? FileStamp.of(file.path()) : "";
        byte[] bytes = reader.readBytes(file.path());
        if (!stamp.isEmpty()) {
            if (room.addAndGet(-bytes.length) >= 0) {
                reads.put(file.id(), new Read(stamp, bytes));
            } else {
                room.addAndGet(bytes.length);
            }
        }
        return bytes;
    }

    /** The kept read of a file, if any and if the file is unchanged since; either way no longer kept. */
    Read take(SourceFile file) {
        Read kept = reads.remove(file.id());
        if (kept == null) {
            return null;
        }
        room.addAndGet(kept.bytes().length);
        return FileStamp.of(file.path()).equals(kept.stamp()) ? kept : null;
    }
}
