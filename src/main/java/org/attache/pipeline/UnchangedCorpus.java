package org.attache.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.attache.index.DocumentIndex;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;

/**
 * A corpus found unchanged since the last run: every file is either a document the index holds
 * with the same content (same file stamp, or same content hash), built by this build, with its
 * clean text in place, or a file the last run rejected and that is unchanged since
 * ({@link RejectionMemory}); the index holds no other document, and all were cleaned with the same
 * site templates, under the same researcher's actor lists. Then nothing need be read, cleaned or analysed.
 *
 * @param keys    every file's version key ("" for a file rejected before it was read)
 * @param reasons for a file rejected last run, the reason; null for a document
 */
record UnchangedCorpus(String[] keys, String[] reasons) {

    /** The site templates the documents were cleaned with. */
    String templates() {
        return templatesOf(keys);
    }

    private static String templatesOf(String storedKey) {
        return VersionKey.decode(storedKey).map(VersionKey::templates).orElse("");
    }

    /** The templates of the first key that has them (files rejected before being read have none). */
    private static String templatesOf(String[] keys) {
        for (String key : keys) {
            if (!key.isEmpty()) {
                return templatesOf(key);
            }
        }
        return "";
    }

    /**
     * The corpus's version keys and reasons when nothing changed since the last run; else empty.
     * The files are checked (and where needed read and hashed) in parallel.
     */
    static Optional<UnchangedCorpus> check(List<SourceFile> files, Map<String, DocumentIndex.Stored> stored,
                                           OutputLayout out, RejectionMemory memory, String build, RunConfig config,
                                           Function<String, String> actorListSignature, CleanTexts cleanTexts)
            throws InterruptedException {
        if (files.isEmpty() || stored.size() > files.size()) {
            return Optional.empty();
        }
        DocumentReader plain = new DocumentReader(config.maxBytes(), new Cleaners());
        String[] keys = new String[files.size()];
        String[] reasons = new String[files.size()];
        AtomicInteger documents = new AtomicInteger();
        AtomicBoolean same = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "attache-check");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < files.size(); i++) {
                int n = i;
                pool.execute(() -> {
                    SourceFile file = files.get(n);
                    try {
                        DocumentIndex.Stored known = same.get() ? stored.get(file.id()) : null;
                        Optional<RejectionMemory.Entry> refused = known == null && same.get()
                                ? memory.previous(file.id()) : Optional.empty();
                        if (known != null && cleanTexts.intact(file.id(), out.cleanFile(file.id()))
                                && VersionKey.decode(known.key()).filter(k -> k.build().equals(build)
                                        && (isStamped(known, file) || k.content().equals(contentHash(plain, file)))
                                        && k.actors().equals(actorListSignature.apply(file.id())))
                                .isPresent()) {
                            keys[n] = known.key();
                            documents.incrementAndGet();
                        } else if (refused.isPresent() && stillRefused(refused.get(), file, plain)) {
                            keys[n] = refused.get().key();
                            reasons[n] = refused.get().reason();
                        } else {
                            same.set(false);
                        }
                    } catch (RuntimeException | Error e) { // then the documents are read again, and any failure reported
                        same.set(false);
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
        }
        if (!same.get() || documents.get() != stored.size()) {
            return Optional.empty(); // a changed file, or a document in the index that is now rejected
        }
        String templates = templatesOf(keys);
        for (String key : keys) {
            if (!key.isEmpty() && !templatesOf(key).equals(templates)) {
                return Optional.empty();
            }
        }
        return Optional.of(new UnchangedCorpus(keys, reasons));
    }

    /** Whether a file rejected last run is unchanged: same stamp, or same content. */
    private static boolean stillRefused(RejectionMemory.Entry entry, SourceFile file, DocumentReader reader) {
        if (!entry.stamp().isEmpty() && entry.stamp().equals(FileStamp.of(file.path()))) {
            return true;
        }
        return VersionKey.decode(entry.key()).filter(k -> k.content().equals(contentHash(reader, file))).isPresent();
    }

    /** Whether the file is as it was when analysed (size, time, file key): then it need not be read. */
    private static boolean isStamped(DocumentIndex.Stored known, SourceFile file) {
        return !known.fileStamp().isEmpty() && known.fileStamp().equals(FileStamp.of(file.path()));
    }

    private static String contentHash(DocumentReader reader, SourceFile file) {
        try {
            return DocumentReader.sha256(reader.readBytes(file.path()));
        } catch (InputRejectedException e) {
            return "";
        }
    }

}
