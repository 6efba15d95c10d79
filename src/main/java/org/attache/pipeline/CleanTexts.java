package org.attache.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.attache.index.IndexSchema;
import org.attache.index.IndexedDocuments;
import org.attache.ingest.DocumentReader;
import org.attache.io.AtomicFiles;

/**
 * What each clean text was when a run wrote it: its file stamp (size, modification time, file key) and
 * the SHA-256 of its content, kept in {@code OUT/.clean-texts}. A clean text whose stamp is unchanged is
 * taken as intact without reading it; any other is read and its hash decides, so an edited, cut or
 * deleted clean text is found and written again by the next run, or by {@code report} ({@link #repair}).
 * Thread-safe.
 */
public final class CleanTexts {

    static final String FILE = ".clean-texts";

    private record Written(String stamp, String sha256) {
    }

    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    /** The record of {@code root}; empty (every clean text that exists is trusted once) if there is none. */
    static CleanTexts load(Path root) {
        CleanTexts texts = new CleanTexts();
        try {
            for (String line : Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    texts.written.put(URLDecoder.decode(f[2], StandardCharsets.UTF_8), new Written(f[0], f[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            texts.changed.set(true); // no record (or not ours): it is made from the files as they are
        }
        return texts;
    }

    /** Whether the clean text of {@code id} at {@code file} is the one a run wrote. */
    boolean intact(String id, Path file) {
        String stamp = FileStamp.of(file);
        if (stamp.isEmpty()) {
            return false; // gone or unreadable
        }
        Written w = written.get(id);
        if (w != null && w.stamp().equals(stamp)) {
            return true;
        }
        String hash;
        try {
            hash = DocumentReader.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return false;
        }
        if (w != null && !w.sha256().equals(hash)) {
            return false;
        }
        // the same content under another stamp (copied, touched), or a folder from before this record
        written.put(id, new Written(stamp, hash));
        changed.set(true);
        return true;
    }

    /**
     * Whether the clean text of {@code id} at {@code file}, copied from {@code source} (a shard's, recorded in
     * {@code from}), is intact: when the source is as {@code from} recorded it, the copy has its hash and is
     * recorded without being read (the merge copies every clean text); otherwise as {@link #intact}.
     */
    boolean intactCopy(String id, Path file, CleanTexts from, Path source) {
        Written w = from.written.get(id);
        String stamp = FileStamp.of(file);
        if (w == null || stamp.isEmpty() || !w.stamp().equals(FileStamp.of(source))) {
            return intact(id, file);
        }
        written.put(id, new Written(stamp, w.sha256()));
        changed.set(true);
        return true;
    }

    /** Records the clean text just written to {@code file}. */
    void wrote(String id, Path file, String text) {
        written.put(id, new Written(FileStamp.of(file), DocumentReader.sha256(text.getBytes(StandardCharsets.UTF_8))));
        changed.set(true);
    }

    /** Saves the record of the clean texts of {@code ids} (the documents indexed now), when it changed. */
    void save(Path root, Collection<String> ids) throws IOException {
        Set<String> keep = new HashSet<>(ids);
        if (written.keySet().retainAll(keep)) {
            changed.set(true);
        }
        if (!changed.get()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Written> e : new TreeMap<>(written).entrySet()) {
            sb.append(e.getValue().stamp()).append('\t').append(e.getValue().sha256()).append('\t')
                    .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('\n');
        }
        AtomicFiles.writeString(root.resolve(FILE), sb.toString());
        changed.set(false);
    }

    /**
     * Writes again, from the index, every clean text of {@code out} recorded here that is no longer as
     * written (edited, cut, deleted); returns how many.
     */
    public static int repair(OutputLayout out, DirectoryReader index) throws IOException {
        CleanTexts texts = load(out.root());
        List<String> damaged = texts.written.keySet().stream().filter(id -> !texts.intact(id, out.cleanFile(id)))
                .sorted().toList();
        if (!damaged.isEmpty()) {
            Query ids = new TermInSetQuery(IndexSchema.ID, damaged.stream().map(BytesRef::new).toList());
            try {
                IndexedDocuments.forEach(index, ids, a -> {
                    Path file = out.cleanFile(a.document().id());
                    try {
                        AtomicFiles.writeString(file, a.document().text());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    texts.wrote(a.document().id(), file, a.document().text());
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        texts.save(out.root(), List.copyOf(texts.written.keySet()));
        return damaged.size();
    }
}
