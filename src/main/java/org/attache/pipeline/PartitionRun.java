package org.attache.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.index.DocumentIndex;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.Templates;
import org.attache.model.Rejection;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;

/**
 * One share of a corpus analysed where the corpus was listed and its templates learned elsewhere (a
 * Spark task): the same {@link DocumentProcessor} and {@link LocalWorkers} as a run, into a fresh
 * folder that holds what {@link ShardMerge} takes from a shard (its index, clean texts and
 * {@code shard.json}), and no reports: the merge writes them once for the whole corpus.
 */
public final class PartitionRun {

    private PartitionRun() {
    }

    /**
     * Analyses {@code files} (the share {@code shard} of the corpus, whose {@code skipped} files are listed
     * as such) with {@code templates} into {@code config.out()}, which must be empty or missing; returns the
     * shard record it wrote there last. Of {@code config}, only the output folder, threads, size limit,
     * time budget and actor lists count.
     */
    public static ShardRecord run(ShardSpec shard, List<SourceFile> files, List<Rejection> skipped, Templates templates,
                                  String corpusCheck, List<String> inputs, RunConfig config, AnalysisModels analyzers)
            throws IOException, InterruptedException {
        OutputLayout out = new OutputLayout(config.out());
        Files.createDirectories(out.root());
        String build = BuildInfo.id();
        StageTimer timer = new StageTimer();
        RunTally tally = new RunTally();
        DocumentReader reader = new DocumentReader(config.maxBytes(), new Cleaners(templates));
        RejectionMemory memory = RejectionMemory.load(out.rejectedFiles(), build, config.maxBytes());
        CleanTexts cleanTexts = CleanTexts.load(out.root());
        try (DocumentIndex index = DocumentIndex.openSortedById(out.index())) { // the merge copies it as it is
            DocumentProcessor processor = new DocumentProcessor(reader, index, out, memory, cleanTexts,
                    config.actorLists(), build, timer, tally.fingerprint, new ReadAhead(0, id -> false));
            Progress silent = new Progress(new PrintWriter(Writer.nullWriter()), false, files.size());
            new LocalWorkers(config.threads(), config.docTimeoutSeconds(), analyzers)
                    .run(files, processor, index, tally, silent);
            index.commit();
        }
        List<Rejection> lost = InputLedger.unaccounted(files, tally.indexed, tally.rejected);
        List<Rejection> rejected = new ArrayList<>(tally.rejected);
        rejected.addAll(lost);
        rejected.sort(null);
        Map<Stage, Double> seconds = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            seconds.put(s, timer.seconds(s));
        }
        ShardRecord record = new ShardRecord(shard, corpusCheck, inputs, files.size() + skipped.size(), tally.added(),
                tally.updated(), tally.unchanged(), 0, lost.size(), rejected, skipped, seconds, analyzers.models());
        record.write(out.root());
        return record;
    }

    /**
     * What a merge checks its shards against: every file id of the corpus (skipped ones too) with the
     * templates' fingerprint, hashed (as a sharded run computes it).
     */
    public static String corpusCheck(List<String> ids, List<Rejection> skipped, Templates templates) {
        StringBuilder sb = new StringBuilder(templates.fingerprint()).append('\n');
        ids.forEach(id -> sb.append(id).append('\n'));
        skipped.forEach(r -> sb.append(r.document()).append('\t').append(r.reason()).append('\n'));
        return HexFormat.of().formatHex(CorpusFingerprint.sha256(sb.toString()));
    }
}
