package org.attache.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.index.DocumentIndex;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.model.Rejection;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.StageTimer;
import org.attache.report.CsvReport;

/**
 * Runs a corpus through ingest → analyse → index → report, putting the parts together: the change
 * detector (an unchanged corpus is neither read nor analysed), the template pass, the local worker
 * pool running the per-document processor, and the report writer. A shard ({@link RunConfig#shard})
 * learns the templates from the whole corpus and analyses only its share; {@link ShardMerge} joins shards.
 * The index is the record of what was analysed; the reports are rebuilt from it.
 */
public final class Pipeline {

    private final RunConfig config;
    private final AnalysisModels analyzers;
    private final PrintWriter err;
    private final Path templatesFile;
    private final StageTimer timer = new StageTimer();
    private final String build = BuildInfo.id();
    private final RunTally tally = new RunTally();
    private boolean ran;
    private int lost;
    private String corpusCheck = "";

    public Pipeline(RunConfig config, AnalysisModels analyzers, PrintWriter err) {
        this(config, analyzers, err, null);
    }

    /**
     * A run that cleans with the site templates of {@code templatesFile} (written by {@link TemplatesFile#learn}
     * over the same corpus) instead of learning them; null: learn them.
     */
    public Pipeline(RunConfig config, AnalysisModels analyzers, PrintWriter err, Path templatesFile) {
        this.config = config;
        this.analyzers = analyzers;
        this.err = err;
        this.templatesFile = templatesFile;
    }

    public StageTimer timer() {
        return timer;
    }

    /** How many inputs the run found no outcome for (listed as lost in errors.csv); 0 in a sound run. */
    public int lost() {
        return lost;
    }

    /**
     * What a shard saw of the whole corpus (every file's id and the site templates learned), so that a
     * merge can refuse shards run over different corpora; empty before the run, and for a run that did
     * not learn templates.
     */
    public String corpusCheck() {
        return corpusCheck;
    }

    /** Runs the corpus through; once per pipeline (it keeps the run's counts). */
    public RunOutcome run() throws IOException, InterruptedException {
        if (ran) {
            throw new IllegalStateException("a pipeline runs once; make a new one for another run");
        }
        ran = true;
        long t0 = System.nanoTime();
        ShardSpec shard = config.shard();
        OutputLayout out = new OutputLayout(config.out());
        Files.createDirectories(out.root());
        CleanTexts cleanTexts = CleanTexts.load(out.root());
        CorpusScan.Result scan = CorpusScan.scan(config.inputs(), out.root(), config.followLinks());
        List<SourceFile> mine = scan.files().stream().filter(f -> shard.includes(f.id())).toList();
        List<Rejection> skipped = scan.skipped().stream().filter(r -> shard.includes(r.document())).toList();
        StaleFiles.removeTemporaries(out);
        RejectionMemory memory = RejectionMemory.load(out.rejectedFiles(), build, config.maxBytes());
        ChangeDetector changes = new ChangeDetector(out, memory, build, config, cleanTexts);
        Progress progress = new Progress(err, !config.quiet(), mine.size());
        LocalWorkers workers = new LocalWorkers(config.threads(), config.docTimeoutSeconds(), analyzers);
        ReadAhead reads = ReadAhead.withinHeap(shard::includes); // the template pass reads, the documents' pass takes
        // Without an index every document will be analysed: the template pass and the model loading start
        // now, beside the opening of the index (Lucene's start-up costs half a second on one core). A shard
        // always learns the templates anew, from the whole corpus: its own files say nothing of the others.
        TemplatePass early = (shard.isShard() || ChangeDetector.noCommittedIndex(out)) && !scan.files().isEmpty()
                ? startTemplatePass(scan, workers, reads) : null;
        Optional<UnchangedCorpus> same = early == null ? changes.fromSavedCopy(mine) : Optional.empty();
        boolean corpusUnchanged = same.isPresent();
        int removed = 0;
        if (corpusUnchanged) {
            tally.countUnchanged(acceptUnchanged(mine, same.get(), progress));
        } else {
            // a shard writes its index sorted by id, so the merge copies it as it is
            try (DocumentIndex index = shard.isShard() ? DocumentIndex.openSortedById(out.index())
                    : DocumentIndex.open(out.index())) {
                same = early == null ? changes.fromIndex(mine, index) : Optional.empty();
                corpusUnchanged = same.isPresent();
                boolean keepMemory = corpusUnchanged; // nothing changed: the memory on disk stays as it is
                if (corpusUnchanged) {
                    // every document was checked against the index already: nothing to read or analyse
                    tally.countUnchanged(acceptUnchanged(mine, same.get(), progress));
                } else {
                    Cleaners cleaners = new Cleaners((early != null ? early : startTemplatePass(scan, workers, reads))
                            .templates());
                    DocumentReader reader = new DocumentReader(config.maxBytes(), cleaners);
                    corpusCheck = corpusCheck(scan, reader.templatesFingerprint());
                    DocumentProcessor processor = new DocumentProcessor(reader, index, out, memory, cleanTexts,
                            config.actorLists(), build, timer, tally.fingerprint, reads);
                    workers.run(mine, processor, index, tally, progress);
                    removed = index.removeIf(id -> {
                        boolean gone = !tally.indexed.contains(id);
                        if (gone) {
                            deleteQuietly(out, id);
                        }
                        return gone;
                    });
                    index.commit();
                }
                saveVersionsQuietly(index); // after a commit, or because the saved copy was missing or stale
                if (!keepMemory) {
                    memory.saveQuietly();
                }
            }
        }
        progress.finish();
        tally.rejected.addAll(ScanRecheck.appeared(config.inputs(), out.root(), config.followLinks(), scan).stream()
                .filter(r -> shard.includes(r.document())).toList());
        if (!corpusUnchanged) {
            List<Rejection> lostInputs = InputLedger.unaccounted(mine, tally.indexed, tally.rejected);
            this.lost = lostInputs.size();
            tally.rejected.addAll(lostInputs);
        }
        for (Rejection r : tally.rejected) {
            deleteQuietly(out, r.document()); // one document's stale file never ends the run
        }
        List<Rejection> sortedRejected = tally.rejected.stream().sorted().toList();
        Set<String> rejectedIds = new HashSet<>(sortedRejected.stream().map(Rejection::document).toList());
        cleanTexts.save(out.root(), mine.stream().map(SourceFile::id).filter(id -> !rejectedIds.contains(id)).toList());
        // Documents not fingerprinted in this run (rejected, gone) are removed from the index, so the
        // fingerprint covers exactly the indexed documents.
        // A shard writes no reports: the merge writes them once, over the whole corpus.
        CsvReport.Totals totals = shard.isShard() ? shardTotals(out)
                : new ReportWriter(out, config.csvStyle(), config.keepDuplicates(), timer)
                .write(tally.fingerprint.value(), sortedRejected, skipped, corpusUnchanged);
        return new RunOutcome(mine.size() + skipped.size(), tally.added(), tally.updated(), tally.unchanged(),
                removed, sortedRejected, skipped, totals, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Counts every file as unchanged: a document with the version key the index holds for it, a
     * rejected file with the reason it was rejected for; returns how many documents.
     */
    private int acceptUnchanged(List<SourceFile> files, UnchangedCorpus same, Progress progress) {
        int documents = 0;
        for (int i = 0; i < files.size(); i++) {
            if (same.reasons()[i] != null) {
                tally.rejected.add(new Rejection(files.get(i).id(), same.reasons()[i]));
            } else {
                tally.fingerprint.add(files.get(i).id(), same.keys()[i]);
                documents++;
            }
            progress.documentDone();
        }
        return documents;
    }

    /**
     * Starts the template pass over the corpus (or reads the templates file) and, since documents will be
     * analysed, the loading of the models (the name finder takes a second or two) beside it, so the first worker need not wait.
     */
    private TemplatePass startTemplatePass(CorpusScan.Result scan, LocalWorkers workers, ReadAhead reads)
            throws IOException {
        LocalWorkers.daemon("attache-models").newThread(workers::loadModelsQuietly).start();
        if (templatesFile != null) {
            return TemplatePass.done(TemplatesFile.read(templatesFile, scan, config.maxBytes()));
        }
        return TemplatePass.start(scan.files(), config.maxBytes(), config.threads(), timer, reads);
    }

    /** Every file id of the corpus (skipped ones too) and the templates fingerprint, hashed. */
    private static String corpusCheck(CorpusScan.Result scan, String templates) {
        StringBuilder sb = new StringBuilder(templates).append('\n');
        scan.files().forEach(f -> sb.append(f.id()).append('\n'));
        scan.skipped().forEach(r -> sb.append(r.document()).append('\t').append(r.reason()).append('\n'));
        return HexFormat.of().formatHex(CorpusFingerprint.sha256(sb.toString()));
    }

    /**
     * What a shard's run.json counts: the documents its index holds; words, mentions and quotations are
     * counted by the merge, which writes the reports. Stale reports of an earlier run are removed.
     */
    private CsvReport.Totals shardTotals(OutputLayout out) throws IOException {
        ReportStamp.clear(out.root());
        int documents = tally.unchanged() + tally.added() + tally.updated();
        return new CsvReport.Totals(documents, 0, 0, 0, 0, 0);
    }

    /** The saved copy only spares the next run a look into the index: failing to write it fails nothing. */
    private static void saveVersionsQuietly(DocumentIndex index) {
        try {
            index.saveVersions();
        } catch (IOException | RuntimeException e) {
            // a stale copy names another commit and is not used; the next run asks the index
        }
    }

    private static void deleteQuietly(OutputLayout out, String id) {
        try {
            Files.deleteIfExists(out.cleanFile(id));
        } catch (IOException | RuntimeException e) {
            // a stale clean text is harmless: it is no longer in any report
        }
    }
}
