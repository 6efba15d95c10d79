package org.attache.pipeline;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.index.DocumentIndex;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.nlp.actors.ActorLists;
import org.attache.io.AtomicFiles;

/**
 * One document's way from its file to the index: read, compare with what the index holds, clean,
 * analyse, write its clean text and index it, or reject it with a reason remembered for the next run.
 * The one code path of every runner (the local worker pool, a shard); thread-safe, given an analyzer
 * per thread.
 */
final class DocumentProcessor {

    private final DocumentReader reader;
    private final DocumentIndex index;
    private final OutputLayout out;
    private final RejectionMemory memory;
    private final CleanTexts cleanTexts;
    private final ActorLists actorLists;
    private final String build;
    private final StageTimer timer;
    private final CorpusFingerprint fingerprint;
    private final ReadAhead reads;

    DocumentProcessor(DocumentReader reader, DocumentIndex index, OutputLayout out, RejectionMemory memory,
                      CleanTexts cleanTexts, ActorLists actorLists, String build, StageTimer timer,
                      CorpusFingerprint fingerprint, ReadAhead reads) {
        this.reader = reader;
        this.index = index;
        this.out = out;
        this.memory = memory;
        this.cleanTexts = cleanTexts;
        this.actorLists = actorLists;
        this.build = build;
        this.timer = timer;
        this.fingerprint = fingerprint;
        this.reads = reads;
    }

    /** Analyses one document unless it is unchanged; the analyzer (and so the models) is only made when needed. */
    RunTally.Change process(SourceFile file, Supplier<DocumentAnalyzer> analyzer, DocumentTask.Guard guard)
            throws InputRejectedException, IOException {
        ReadAhead.Read early = reads.take(file); // read by the template pass, and unchanged since
        // the stamp is taken before reading: a change made meanwhile shows next time
        String stamp = early != null ? early.stamp() : FileStamp.of(file.path());
        String templates = reader.templatesFingerprint();
        Optional<String> refused = memory.sameRejection(file.id(), stamp, "", templates);
        if (refused.isPresent()) {
            return refuse(file.id(), stamp, memory.previous(file.id()).orElseThrow().key(), refused.get(), guard);
        }
        byte[] bytes;
        try {
            bytes = early != null ? early.bytes() : reader.readBytes(file.path());
        } catch (InputRejectedException e) {
            return refuse(file.id(), stamp, "", e.getMessage(), guard);
        }
        VersionKey source = new VersionKey(DocumentReader.sha256(bytes), templates, build);
        String sourceKey = source.encode();
        refused = memory.sameRejection(file.id(), stamp, sourceKey, templates);
        if (refused.isPresent()) {
            return refuse(file.id(), stamp, sourceKey, refused.get(), guard);
        }
        Optional<String> previous = index.storedHash(file.id());
        if (previous.isPresent() && cleanTexts.intact(file.id(), out.cleanFile(file.id()))) {
            Optional<VersionKey> before = VersionKey.decode(previous.get());
            if (before.isPresent() && before.get().sameSource(source)
                    && before.get().actors().equals(ChangeDetector.actorListSignature(actorLists, out, file.id()))) {
                fingerprint.add(file.id(), previous.get());
                return RunTally.Change.UNCHANGED;
            }
        }
        long t0 = System.nanoTime();
        CleanDocument read;
        try {
            read = reader.read(file.id(), bytes, sourceKey);
        } catch (InputRejectedException e) {
            return refuse(file.id(), stamp, sourceKey, e.getMessage(), guard);
        } finally {
            timer.add(Stage.CLEANING, System.nanoTime() - t0);
        }
        String key = source.withActors(actorLists.signature(read.text())).encode();
        CleanDocument document = new CleanDocument(read.id(), read.format(), read.metadata(), read.text(), read.paragraphs(),
                read.blockQuotes(), key);
        Analysis analysis = analyzer.get().analyse(document, timer);
        long t1 = System.nanoTime();
        if (!guard.claimWrite()) {
            throw new InputRejectedException("abandoned after its time budget");
        }
        AtomicFiles.writeString(out.cleanFile(file.id()), document.text());
        cleanTexts.wrote(file.id(), out.cleanFile(file.id()), document.text());
        index.put(analysis, stamp, file.path());
        fingerprint.add(file.id(), key);
        timer.add(Stage.INDEX, System.nanoTime() - t1);
        return previous.isPresent() ? RunTally.Change.UPDATED : RunTally.Change.ADDED;
    }

    /** Rejects a file, remembering why for the next run (unless the supervisor gave up on it meanwhile). */
    private RunTally.Change refuse(String id, String stamp, String key, String reason, DocumentTask.Guard guard)
            throws InputRejectedException {
        if (guard.claimWrite()) {
            memory.remember(id, stamp, key, reason);
        }
        throw new InputRejectedException(reason);
    }
}
