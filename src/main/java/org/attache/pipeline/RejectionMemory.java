package org.attache.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.attache.io.AtomicFiles;

/**
 * The files a run rejected, remembered the way the index remembers analysed documents: by file
 * stamp ({@link FileStamp}) and version key (content hash, site templates, build), with the reason.
 * A re-run gives an unchanged rejected file its old reason without reading or cleaning it again, so
 * a corpus with a few bad files re-runs as fast as one without. What depends on the machine's load
 * (a document that ran out of time) or on a bug (a failure while analysing) is not remembered: it
 * is tried again. The memory is only a shortcut: when it is missing, stale or unreadable, every
 * file is simply read again. Thread-safe.
 */
final class RejectionMemory {

    private static final String MAGIC = "attache rejected files 1";

    /** A rejected file: its stamp, its version key ("" when rejected before it was read) and the reason. */
    record Entry(String stamp, String key, String reason) {
    }

    private final Path file;
    private final String context;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private RejectionMemory(Path file, String context, Map<String, Entry> previous) {
        this.file = file;
        this.context = context;
        this.previous = previous;
    }

    /**
     * The memory kept in {@code file}, valid for this build and size limit (another build or
     * limit may decide otherwise: then nothing is remembered).
     */
    static RejectionMemory load(Path file, String build, long maxBytes) {
        String context = build + " " + maxBytes;
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readUTF().equals(MAGIC) && in.readUTF().equals(context)) {
                    int count = in.readInt();
                    for (int i = 0; i < count; i++) {
                        entries.put(in.readUTF(), new Entry(in.readUTF(), in.readUTF(), in.readUTF()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear(); // damaged: read every file again
            }
        }
        return new RejectionMemory(file, context, Map.copyOf(entries));
    }

    /**
     * Joins the memories of the shards of a corpus ({@code files}) into {@code dest}, as the single run over
     * the whole corpus would have left it; when one is missing, damaged or of another build or size limit,
     * {@code dest} is left without (the next run reads those files again: slower, never different).
     */
    static void join(List<Path> files, Path dest) throws IOException {
        Files.deleteIfExists(dest);
        String context = null;
        Map<String, Entry> entries = new TreeMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                return;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (!in.readUTF().equals(MAGIC)) {
                    return;
                }
                String c = in.readUTF();
                if (context != null && !context.equals(c)) {
                    return;
                }
                context = c;
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    entries.put(in.readUTF(), new Entry(in.readUTF(), in.readUTF(), in.readUTF()));
                }
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
        if (context != null) {
            RejectionMemory joined = new RejectionMemory(dest, context, Map.of());
            joined.current.putAll(entries);
            joined.saveQuietly();
        }
    }

    /** What the last run remembered of a file, if anything. */
    Optional<Entry> previous(String id) {
        return Optional.ofNullable(previous.get(id));
    }

    /**
     * The reason the last run rejected a file, when it is the same file now: same stamp, or same
     * version key; and, for a file that was read, cleaned with the same site templates.
     */
    Optional<String> sameRejection(String id, String stamp, String key, String templates) {
        Entry e = previous.get(id);
        if (e == null) {
            return Optional.empty();
        }
        boolean same = e.key().isEmpty() || VersionKey.decode(e.key())
                .filter(k -> k.templates().equals(templates)).isPresent();
        boolean unchanged = (!e.stamp().isEmpty() && e.stamp().equals(stamp)) || (!e.key().isEmpty() && e.key().equals(key));
        return same && unchanged ? Optional.of(e.reason()) : Optional.empty();
    }

    /** Remembers a rejection of this run. */
    void remember(String id, String stamp, String key, String reason) {
        current.put(id, new Entry(stamp, key, reason));
    }

    /** Keeps the last run's entry of a file found unchanged without being read again. */
    void keep(String id) {
        Entry e = previous.get(id);
        if (e != null) {
            current.put(id, e);
        }
    }

    /** Saves this run's rejections for the next run; a failure costs the next run a re-read, nothing else. */
    void saveQuietly() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
                out.writeUTF(MAGIC);
                out.writeUTF(context);
                Map<String, Entry> sorted = new TreeMap<>(current);
                out.writeInt(sorted.size());
                for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue().stamp());
                    out.writeUTF(e.getValue().key());
                    out.writeUTF(e.getValue().reason());
                }
            }
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file); // a stale memory must not outlive the run that replaced it
            } catch (IOException ignored) {
                // nothing more to do: entries are checked against stamps and keys anyway
            }
        }
    }
}
