package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attache.index.DocumentIndex;
import org.attache.index.IndexMerge;
import org.attache.model.Rejection;
import org.attache.nlp.ModelInfo;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.report.CsvReport;
import org.attache.report.CsvStyle;

/**
 * {@code attache merge}: joins the output folders of the shards of one corpus ({@code run --shard I/N})
 * into the output a single run would have written: one index sorted by document id, every clean text,
 * and the reports written from the merged index by the same {@link ReportWriter} (so duplicate groups
 * and language notes, which look across the corpus, are worked out over the whole corpus), with the
 * shards' rejected and skipped files in errors.csv. The shards are checked to be all the N shares of
 * the same corpus, each finished.
 */
public final class ShardMerge {

    /** Shards that do not make up one corpus: missing, repeated, unfinished, or run over different corpora. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** What the merge wrote, for run.json and the summary; {@code lost} sums the shards' lost inputs. */
    public record Result(RunOutcome outcome, int lost, StageTimer timer, List<String> inputs,
                         List<ModelInfo> models) {
    }

    private ShardMerge() {
    }

    /** Checks and merges {@code shardDirs} into {@code out}, replacing its index, clean texts and reports. */
    public static Result merge(List<Path> shardDirs, Path out, CsvStyle style, boolean keepDuplicates)
            throws IOException, Refused {
        long t0 = System.nanoTime();
        List<ShardRecord> records = check(shardDirs, out);
        OutputLayout layout = new OutputLayout(out);
        Files.createDirectories(out);
        deleteTree(layout.index());
        deleteTree(layout.cleanDir());
        for (String stale : List.of(CleanTexts.FILE, ReportStamp.FILE, ShardRecord.FILE)) {
            Files.deleteIfExists(out.resolve(stale));
        }
        // the rejected files are remembered as a single run remembers them: a later run need not read them
        RejectionMemory.join(shardDirs.stream().map(d -> new OutputLayout(d).rejectedFiles()).toList(),
                layout.rejectedFiles());
        // in shard order, whatever the order given: the merged index's segments then follow the shards'
        List<Path> byShard = new ArrayList<>();
        for (int i = 1; i <= records.size(); i++) {
            for (int j = 0; j < records.size(); j++) {
                if (records.get(j).shard().index() == i) {
                    byShard.add(new OutputLayout(shardDirs.get(j)).index());
                }
            }
        }
        IndexMerge.merge(byShard, layout.index());
        List<CleanTexts> shardTexts = new ArrayList<>();
        for (Path shard : shardDirs) {
            shardTexts.add(CleanTexts.load(shard)); // before copying: what each shard wrote, and its hash
            copyTree(new OutputLayout(shard).cleanDir(), layout.cleanDir());
        }
        long joined = System.nanoTime() - t0; // the merge's own index work, added to the shards' in run.json
        CorpusFingerprint fingerprint = new CorpusFingerprint();
        CleanTexts texts = CleanTexts.load(out);
        List<String> ids;
        try (DocumentIndex index = DocumentIndex.open(layout.index())) {
            Map<String, DocumentIndex.Stored> versions = index.storedVersions();
            versions.forEach((id, stored) -> fingerprint.add(id, stored.key()));
            ids = versions.keySet().stream().sorted().toList();
            index.saveVersions();
        }
        for (String id : ids) {
            // records each clean text as this merge wrote it: with the hash its shard recorded, unread
            int from = lastCopied(shardDirs, id);
            if (from >= 0) {
                texts.intactCopy(id, layout.cleanFile(id), shardTexts.get(from),
                        new OutputLayout(shardDirs.get(from)).cleanFile(id));
            } else {
                texts.intact(id, layout.cleanFile(id));
            }
        }
        texts.save(out, ids);
        List<Rejection> rejected = new ArrayList<>();
        List<Rejection> skipped = new ArrayList<>();
        int seen = 0, added = 0, updated = 0, unchanged = 0, removed = 0, lost = 0;
        Map<Stage, Double> seconds = new EnumMap<>(Stage.class);
        for (ShardRecord r : records) {
            rejected.addAll(r.rejected());
            skipped.addAll(r.skipped());
            seen += r.seen();
            added += r.added();
            updated += r.updated();
            unchanged += r.unchanged();
            removed += r.removed();
            lost += r.lost();
            r.stageSeconds().forEach((s, v) -> seconds.merge(s, v, Double::sum));
        }
        rejected.sort(null);
        skipped.sort(null);
        StageTimer timer = ShardRecord.timer(seconds);
        timer.add(Stage.INDEX, joined);
        CsvReport.Totals totals = new ReportWriter(layout, style, keepDuplicates, timer)
                .write(fingerprint.value(), rejected, skipped, false);
        RunOutcome outcome = new RunOutcome(seen, added, updated, unchanged, removed, rejected, skipped, totals,
                (System.nanoTime() - t0) / 1e9);
        return new Result(outcome, lost, timer, records.get(0).inputs(), records.get(0).models());
    }

    /** The shards' records, when they are the N shares 1..N of one corpus, each given once. */
    private static List<ShardRecord> check(List<Path> shardDirs, Path out) throws IOException, Refused {
        if (shardDirs.isEmpty()) {
            throw new Refused("give the output folders of the shards to merge");
        }
        List<ShardRecord> records = new ArrayList<>();
        for (Path dir : shardDirs) {
            if (dir.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new Refused("--out " + out + " is one of the shards; merge into another folder");
            }
            try {
                records.add(ShardRecord.read(dir));
            } catch (IOException e) {
                throw new Refused(e.getMessage());
            }
        }
        int count = records.get(0).shard().count();
        boolean[] seen = new boolean[count + 1];
        for (int i = 0; i < records.size(); i++) {
            ShardRecord r = records.get(i);
            Path dir = shardDirs.get(i);
            if (r.shard().count() != count) {
                throw new Refused(dir + " is shard " + r.shard() + ", " + shardDirs.get(0) + " is shard "
                        + records.get(0).shard() + ": all shards must split the corpus the same way");
            }
            if (seen[r.shard().index()]) {
                throw new Refused("shard " + r.shard() + " is given twice (" + dir + ")");
            }
            seen[r.shard().index()] = true;
            if (!r.corpusCheck().equals(records.get(0).corpusCheck()) || !r.inputs().equals(records.get(0).inputs())) {
                throw new Refused(dir + " (shard " + r.shard() + ") was run over another corpus, or the corpus or its "
                        + "site templates changed between the shards' runs: run every shard again");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!seen[i]) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new Refused("missing shards: " + String.join(", ", missing));
        }
        return records;
    }

    /** The last of the shards (in the order given, as {@link #copyTree} copies) holding a clean text of {@code id}; -1 if none. */
    private static int lastCopied(List<Path> shardDirs, String id) {
        for (int i = shardDirs.size() - 1; i >= 0; i--) {
            if (Files.isRegularFile(new OutputLayout(shardDirs.get(i)).cleanFile(id))) {
                return i;
            }
        }
        return -1;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
