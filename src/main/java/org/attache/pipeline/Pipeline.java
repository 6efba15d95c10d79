package org.attache.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.attache.index.ActorNames;
import org.attache.index.DocumentIndex;
import org.attache.index.SavedVersions;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.ingest.TemplateLearner;
import org.attache.ingest.Templates;
import org.attache.model.Analysis;
import org.attache.model.Document;
import org.attache.model.Rejection;
import org.attache.nlp.Analyzers;
import org.attache.nlp.DocumentAnalyzer;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.report.AtomicFiles;
import org.attache.report.CsvFile;
import org.attache.report.CsvReport;
import org.attache.report.ReportFiles;
import org.attache.report.ReportFilter;
import org.attache.report.Reports;

/**
 * Runs a corpus through ingest → analyse → index → report. Documents are analysed on worker
 * threads behind a bounded queue; one failing document becomes a rejection, never the end of the run.
 * The index is the record of what was analysed: unchanged documents (same content hash) are not
 * analysed again, and the reports are rebuilt from the index.
 */
public final class Pipeline {

    private static final int COMMIT_EVERY = 500;

    private final RunConfig config;
    private final Analyzers analyzers;
    private final PrintWriter err;
    private final StageTimer timer = new StageTimer();
    private final String build = BuildInfo.id();
    private final CorpusFingerprint fingerprint = new CorpusFingerprint();
    // what this run did, document by document (a pipeline runs once)
    private final List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> indexed = Collections.synchronizedSet(new HashSet<>());
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger analysedSinceCommit = new AtomicInteger();
    private CleanTexts cleanTexts; // what the clean texts were when written; loaded at the start of the run
    private boolean corpusUnchanged;
    private boolean ran;
    private int lost;
    private RejectionMemory memory;

    public Pipeline(RunConfig config, Analyzers analyzers, PrintWriter err) {
        this.config = config;
        this.analyzers = analyzers;
        this.err = err;
    }

    public StageTimer timer() {
        return timer;
    }

    /** How many inputs the run found no outcome for (listed as lost in errors.csv); 0 in a sound run. */
    public int lost() {
        return lost;
    }

    /** Runs the corpus through; once per pipeline (it keeps the run's counts). */
    public RunOutcome run() throws IOException, InterruptedException {
        if (ran) {
            throw new IllegalStateException("a pipeline runs once; make a new one for another run");
        }
        ran = true;
        long t0 = System.nanoTime();
        OutputLayout out = new OutputLayout(config.out());
        Files.createDirectories(out.root());
        cleanTexts = CleanTexts.load(out.root());
        CorpusScan.Result scan = CorpusScan.scan(config.inputs(), out.root(), config.followLinks());
        StaleFiles.removeTemporaries(out);
        memory = RejectionMemory.load(out.rejectedFiles(), build, config.maxBytes());
        int removed;
        Progress progress = new Progress(err, !config.quiet(), scan.files().size());
        // Without an index, every document will be analysed: the template pass and the model loading start
        // now, beside the opening of the index (Lucene's start-up costs half a second on one core).
        TemplatePass early = noCommittedIndex(out) && !scan.files().isEmpty() ? startTemplatePass(scan.files()) : null;
        // A re-run of an unchanged corpus is decided from the saved copy of the index's version table,
        // without opening the index (Lucene's start-up was a third of such a run).
        Optional<Map<String, DocumentIndex.Stored>> saved = early == null ? SavedVersions.read(out.index())
                : Optional.empty();
        Optional<UnchangedCorpus> savedKeys = saved.isPresent() ? UnchangedCorpus.check(scan.files(), saved.get(), out, memory, build, config,
                id -> actorListSignature(out, id), cleanTexts)
                : Optional.empty();
        if (savedKeys.isPresent()) {
            corpusUnchanged = true;
            unchanged.addAndGet(acceptUnchanged(scan.files(), savedKeys.get(), progress));
            removed = 0;
        } else {
            try (DocumentIndex index = DocumentIndex.open(out.index())) {
                Prepared prepared = prepare(scan.files(), index, out, early);
                DocumentReader reader = new DocumentReader(config.maxBytes(), prepared.cleaners());
                corpusUnchanged = prepared.unchanged();
                if (corpusUnchanged) {
                    // every document was checked against the index already: nothing to read or analyse
                    unchanged.addAndGet(acceptUnchanged(scan.files(), prepared.keys(), progress));
                    removed = 0;
                    memory = null; // nothing changed: the memory on disk stays as it is
                } else {
                    analyse(scan.files(), reader, index, out, progress);
                    removed = index.removeIf(id -> {
                        boolean gone = !indexed.contains(id);
                        if (gone) {
                            deleteQuietly(out, id);
                        }
                        return gone;
                    });
                    index.commit();
                }
                saveVersionsQuietly(index); // after a commit, or because the saved copy was missing or stale
                if (memory != null) {
                    memory.saveQuietly();
                }
            }
        }
        progress.finish();
        rejected.addAll(ScanRecheck.appeared(config.inputs(), out.root(), config.followLinks(), scan));
        if (!corpusUnchanged) {
            List<Rejection> lost = InputLedger.unaccounted(scan.files(), indexed, rejected);
            this.lost = lost.size();
            rejected.addAll(lost);
        }
        for (Rejection r : rejected) {
            deleteQuietly(out, r.document()); // one document's stale file never ends the run
        }
        List<Rejection> sortedRejected = rejected.stream().sorted().toList();
        Set<String> rejectedIds = new HashSet<>(sortedRejected.stream().map(Rejection::document).toList());
        cleanTexts.save(out.root(),
                scan.files().stream().map(SourceFile::id).filter(id -> !rejectedIds.contains(id)).toList());
        CsvReport.Totals totals = report(out, sortedRejected, scan.skipped());
        return new RunOutcome(scan.files().size() + scan.skipped().size(), added.get(), updated.get(), unchanged.get(),
                removed, sortedRejected, scan.skipped(), totals, (System.nanoTime() - t0) / 1e9);
    }

    private enum Change { ADDED, UPDATED, UNCHANGED }

    /** Analyses (or finds unchanged) every file on worker threads behind a bounded queue. */
    private void analyse(List<SourceFile> files, DocumentReader reader, DocumentIndex index, OutputLayout out,
                         Progress progress) throws InterruptedException {
        ThreadLocal<DocumentAnalyzer> perThread = ThreadLocal.withInitial(analyzers::newAnalyzer);
        java.util.function.Supplier<DocumentAnalyzer> analyzer = perThread::get;
        ExecutorService supervisors = Executors.newFixedThreadPool(config.threads(), daemon("attache-run"));
        // Work threads are made on demand: one stuck in an abandoned document is replaced, not waited for.
        ExecutorService work = Executors.newCachedThreadPool(daemon("attache-worker"));
        Semaphore queue = new Semaphore(config.threads() * 4);
        try {
            for (SourceFile file : files) {
                queue.acquire();
                supervisors.execute(() -> {
                    try {
                        Change change = DocumentTask.run(work, config.docTimeoutSeconds(),
                                guard -> process(file, reader, index, analyzer, out, guard));
                        switch (change) {
                            case ADDED -> added.incrementAndGet();
                            case UPDATED -> updated.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                        }
                        indexed.add(file.id());
                        if (change != Change.UNCHANGED && analysedSinceCommit.incrementAndGet() % COMMIT_EVERY == 0) {
                            index.commit(); // a killed run keeps what it finished; the next run skips it
                        }
                    } catch (InputRejectedException | DocumentTask.TimedOut e) {
                        rejected.add(new Rejection(file.id(), e.getMessage()));
                    } catch (Throwable e) { // out of memory, stack overflow, anything: a row, never a lost input
                        rejected.add(new Rejection(file.id(), FailureReason.of(e)));
                    } finally {
                        progress.documentDone();
                        queue.release();
                    }
                });
            }
            // queued behind every document: a supervisor with no document left writes a buffer of the
            // index while the others finish theirs, instead of the commit writing them all alone
            for (int i = 0; i < config.threads(); i++) {
                supervisors.execute(() -> flushQuietly(index));
            }
        } finally {
            supervisors.shutdown();
            supervisors.awaitTermination(365, TimeUnit.DAYS);
            work.shutdownNow();
        }
    }

    /**
     * Counts every file as unchanged: a document with the version key the index holds for it, a
     * rejected file with the reason it was rejected for; returns how many documents.
     */
    private int acceptUnchanged(List<SourceFile> files, UnchangedCorpus same, Progress progress) {
        int documents = 0;
        for (int i = 0; i < files.size(); i++) {
            if (same.reasons()[i] != null) {
                rejected.add(new Rejection(files.get(i).id(), same.reasons()[i]));
            } else {
                fingerprint.add(files.get(i).id(), same.keys()[i]);
                documents++;
            }
            progress.documentDone();
        }
        return documents;
    }


    /** The saved copy only spares the next run a look into the index: failing to write it fails nothing. */
    private static void saveVersionsQuietly(DocumentIndex index) {
        try {
            index.saveVersions();
        } catch (IOException | RuntimeException e) {
            // a stale copy names another commit and is not used; the next run asks the index
        }
    }

    private static void flushQuietly(DocumentIndex index) {
        try {
            index.flushBuffer();
        } catch (IOException | RuntimeException e) {
            // the commit writes what is left and reports what is wrong
        }
    }

    private static void deleteQuietly(OutputLayout out, String id) {
        try {
            Files.deleteIfExists(out.cleanFile(id));
        } catch (IOException | RuntimeException e) {
            // a stale clean text is harmless: it is no longer in any report
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The cleaners for this run; when every document is unchanged since the last run, also each one's version key. */
    private record Prepared(Cleaners cleaners, boolean unchanged, UnchangedCorpus keys) {
    }

    /**
     * The cleaners for this run, with the site templates learned from the whole corpus (a first pass
     * that parses every document). When no document changed since the last run, nothing will be
     * cleaned, so the pass is skipped and the templates of the last run are named instead.
     * {@code early} is the pass already started when there was no index to compare with (else null).
     */
    private Prepared prepare(List<SourceFile> files, DocumentIndex index, OutputLayout out, TemplatePass early)
            throws IOException, InterruptedException {
        if (early != null) {
            return new Prepared(new Cleaners(early.templates()), false, null);
        }
        Optional<UnchangedCorpus> storedKeys = UnchangedCorpus.check(files, index.storedVersions(), out, memory, build, config,
                id -> actorListSignature(out, id), cleanTexts);
        if (storedKeys.isPresent()) {
            UnchangedCorpus keys = storedKeys.get();
            return new Prepared(Cleaners.assumingTemplates(keys.templates()), true, keys);
        }
        return new Prepared(new Cleaners(startTemplatePass(files).templates()), false, null);
    }

    /** The template pass under way on its own threads. */
    private final class TemplatePass {
        private final long t0 = System.nanoTime();
        private final TemplateLearner learner = new TemplateLearner();
        private final ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemon("attache-templates"));

        /** Waits for the pass to end; the templates it learned. */
        Templates templates() throws InterruptedException {
            pool.awaitTermination(365, TimeUnit.DAYS);
            timer.add(Stage.CLEANING, System.nanoTime() - t0);
            return learner.build();
        }
    }

    /**
     * Starts the template pass over {@code files} and, since documents will be analysed, the loading of
     * the models (the name finder takes a second or two) beside it, so the first worker need not wait.
     */
    private TemplatePass startTemplatePass(List<SourceFile> files) {
        Thread warmUp = daemon("attache-models").newThread(this::loadModelsQuietly);
        warmUp.start();
        DocumentReader plain = new DocumentReader(config.maxBytes(), new Cleaners());
        TemplatePass pass = new TemplatePass();
        for (SourceFile file : files) {
            pass.pool.execute(() -> {
                try {
                    byte[] bytes = plain.readBytes(file.path());
                    String text = DocumentReader.analysable(bytes) ? plain.decode(bytes, file.id()) : "";
                    if (!text.isEmpty() && DocumentReader.analysable(text)) { // too long to analyse: teaches nothing
                        pass.learner.add(file.id(), text);
                    }
                } catch (InputRejectedException | RuntimeException | Error e) {
                    // rejected (or failing, even out of memory) documents teach nothing; the main pass reports them
                }
            });
        }
        pass.pool.shutdown(); // the queued files are still read; the threads end with them
        return pass;
    }

    /** True when the output folder has no committed index yet: every document will be analysed. */
    private static boolean noCommittedIndex(OutputLayout out) {
        if (!Files.isDirectory(out.index())) {
            return true;
        }
        try (var names = Files.list(out.index())) {
            return names.noneMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false; // let the index itself say what is wrong
        }
    }

    /** Loads the shared models; a failure is left for the first worker, which then reports it per document. */
    private void loadModelsQuietly() {
        try {
            analyzers.newAnalyzer();
        } catch (RuntimeException | LinkageError e) {
            // the workers make their own analyzers and meet the same problem there
        }
    }

    /**
     * What the researcher's actor lists change in the document as last cleaned (its clean text on
     * disk): empty without lists, so no file is read then.
     */
    private String actorListSignature(OutputLayout out, String id) {
        if (config.actorLists().isEmpty()) {
            return "";
        }
        try {
            return config.actorLists().signature(Files.readString(out.cleanFile(id)));
        } catch (IOException e) {
            return "?"; // unreadable: analyse again
        }
    }

    /** Analyses one document unless it is unchanged; the analyzer (and so the models) is only made when needed. */
    private Change process(SourceFile file, DocumentReader reader, DocumentIndex index,
                           java.util.function.Supplier<DocumentAnalyzer> analyzer, OutputLayout out,
                           DocumentTask.Guard guard) throws InputRejectedException, IOException {
        String stamp = FileStamp.of(file.path()); // before reading: a change made meanwhile shows next time
        String templates = reader.templatesFingerprint();
        Optional<String> refused = memory.sameRejection(file.id(), stamp, "", templates);
        if (refused.isPresent()) {
            return refuse(file.id(), stamp, memory.previous(file.id()).orElseThrow().key(), refused.get(), guard);
        }
        byte[] bytes;
        try {
            bytes = reader.readBytes(file.path());
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
                    && before.get().actors().equals(actorListSignature(out, file.id()))) {
                fingerprint.add(file.id(), previous.get());
                return Change.UNCHANGED;
            }
        }
        long t0 = System.nanoTime();
        Document read;
        try {
            read = reader.read(file.id(), bytes, sourceKey);
        } catch (InputRejectedException e) {
            return refuse(file.id(), stamp, sourceKey, e.getMessage(), guard);
        } finally {
            timer.add(Stage.CLEANING, System.nanoTime() - t0);
        }
        String key = source.withActors(config.actorLists().signature(read.text())).encode();
        Document document = new Document(read.id(), read.format(), read.metadata(), read.text(), read.paragraphs(),
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
        return previous.isPresent() ? Change.UPDATED : Change.ADDED;
    }

    /** Rejects a file, remembering why for the next run (unless the supervisor gave up on it meanwhile). */
    private Change refuse(String id, String stamp, String key, String reason, DocumentTask.Guard guard)
            throws InputRejectedException {
        if (guard.claimWrite()) {
            memory.remember(id, stamp, key, reason);
        }
        throw new InputRejectedException(reason);
    }

    private CsvReport.Totals report(OutputLayout out, List<Rejection> rejected, List<Rejection> skipped)
            throws IOException {
        long t0 = System.nanoTime();
        // The reports are a function of the indexed documents (ids and version keys), the errors, the
        // CSV style and this build; a clean run writes that fingerprint next to them, and a run that
        // changed nothing and finds the same fingerprint keeps them instead of rebuilding them.
        List<Rejection> all = new ArrayList<>(rejected);
        all.addAll(skipped);
        all.sort(null);
        // Documents not fingerprinted in this run (rejected, gone) are removed from the index, so the
        // fingerprint covers exactly the indexed documents, and the errors are part of the stamp.
        ReportStamp stamp = ReportStamp.of(fingerprint.value(), all, config.csvStyle(), config.keepDuplicates());
        if (corpusUnchanged) {
            Optional<CsvReport.Totals> kept = stamp.keptTotals(out.root());
            if (kept.isPresent()) {
                timer.add(Stage.REPORT, System.nanoTime() - t0);
                return kept.get();
            }
        }
        ReportStamp.clear(out.root());
        CsvReport.Totals totals;
        List<Rejection> notes;
        try (var dir = FSDirectory.open(out.index()); DirectoryReader index = DirectoryReader.open(dir)) {
            totals = Reports.write(index, ReportFilter.ALL, ActorNames.asTyped(), out.root(), config.csvStyle(),
                    config.keepDuplicates());
            notes = LanguageNotes.of(index);
        }
        try (CsvFile errors = new CsvFile(out.root().resolve(ReportFiles.ERRORS), config.csvStyle(),
                "document", "reason")) {
            List<Rejection> rows = new ArrayList<>(all);
            rows.addAll(notes); // documents analysed in part: in documents.csv too, not rejected
            rows.sort(null);
            for (Rejection r : rows) {
                errors.row(r.document(), r.reason());
            }
            errors.commit();
        }
        stamp.save(out.root(), totals);
        timer.add(Stage.REPORT, System.nanoTime() - t0);
        return totals;
    }
}
