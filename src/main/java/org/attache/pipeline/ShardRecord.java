package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attache.io.AtomicFiles;
import org.attache.model.Rejection;
import org.attache.nlp.ModelInfo;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.report.Json;

/**
 * What a shard's run leaves for the merge in {@code OUT_I/shard.json}: which share it is, what it saw of
 * the whole corpus (so that shards of different corpora are refused), its counts, its rejected and
 * skipped files with their reasons (errors.csv of the merge is made from them, not parsed back from
 * CSV), its stage times and models. Written last, so a shard killed before the end has none.
 */
public record ShardRecord(ShardSpec shard, String corpusCheck, List<String> inputs, int seen, int added,
                          int updated, int unchanged, int removed, int lost, List<Rejection> rejected,
                          List<Rejection> skipped, Map<Stage, Double> stageSeconds, List<ModelInfo> models) {

    static final String FILE = "shard.json";

    public ShardRecord {
        inputs = List.copyOf(inputs);
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
        stageSeconds = Map.copyOf(stageSeconds);
        models = List.copyOf(models);
    }

    /** The record of a finished shard run. */
    public static ShardRecord of(ShardSpec shard, Pipeline pipeline, List<String> inputs, RunOutcome o,
                                 List<ModelInfo> models) {
        Map<Stage, Double> seconds = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            seconds.put(s, pipeline.timer().seconds(s));
        }
        return new ShardRecord(shard, pipeline.corpusCheck(), inputs, o.seen(), o.added(), o.updated(), o.unchanged(),
                o.removed(), pipeline.lost(), o.rejected(), o.skipped(), seconds, models);
    }

    public void write(Path outDir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shard", shard.toString());
        json.put("corpus_check", corpusCheck);
        json.put("inputs", inputs);
        json.put("inputs_seen", seen);
        json.put("documents_added", added);
        json.put("documents_updated", updated);
        json.put("documents_unchanged", unchanged);
        json.put("documents_removed", removed);
        json.put("lost", lost);
        json.put("rejected", rows(rejected));
        json.put("skipped", rows(skipped));
        Map<String, Object> stages = new LinkedHashMap<>();
        stageSeconds.forEach((s, v) -> stages.put(s.name().toLowerCase(Locale.ROOT), v));
        json.put("stage_seconds", new TreeMap<>(stages));
        json.put("models", models.stream().map(m -> List.of(m.name(), m.sha256())).toList());
        AtomicFiles.writeString(outDir.resolve(FILE), Json.write(json));
    }

    /** Removes the record: a shard run under way has none, so a merge never takes a half-done shard. */
    public static void clear(Path outDir) throws IOException {
        Files.deleteIfExists(outDir.resolve(FILE));
    }

    /** Reads {@code OUT_I/shard.json}; fails naming the folder when it is missing or not a shard's. */
    static ShardRecord read(Path outDir) throws IOException {
        Path file = outDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(outDir + " holds no finished shard (no " + FILE + "): run the shard (again) with "
                    + "--shard I/N --out " + outDir);
        }
        try {
            Map<String, Object> j = Json.read(Files.readString(file));
            Map<Stage, Double> seconds = new LinkedHashMap<>();
            Map<?, ?> stages = (Map<?, ?>) j.get("stage_seconds");
            for (Stage s : Stage.values()) {
                Object v = stages.get(s.name().toLowerCase(Locale.ROOT));
                seconds.put(s, v == null ? 0.0 : ((Number) v).doubleValue());
            }
            List<ModelInfo> models = new ArrayList<>();
            for (Object m : (List<?>) j.get("models")) {
                models.add(new ModelInfo((String) ((List<?>) m).get(0), (String) ((List<?>) m).get(1)));
            }
            return new ShardRecord(ShardSpec.parse((String) j.get("shard")), (String) j.get("corpus_check"),
                    ((List<?>) j.get("inputs")).stream().map(String.class::cast).toList(), number(j, "inputs_seen"),
                    number(j, "documents_added"), number(j, "documents_updated"), number(j, "documents_unchanged"),
                    number(j, "documents_removed"), number(j, "lost"), rejections(j.get("rejected")),
                    rejections(j.get("skipped")), seconds, models);
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a shard record: " + e.getMessage(), e);
        }
    }

    private static int number(Map<String, Object> j, String key) {
        return ((Number) j.get(key)).intValue();
    }

    private static List<List<String>> rows(List<Rejection> rs) {
        return rs.stream().map(r -> List.of(r.document(), r.reason())).toList();
    }

    private static List<Rejection> rejections(Object rows) {
        List<Rejection> out = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            out.add(new Rejection((String) ((List<?>) row).get(0), (String) ((List<?>) row).get(1)));
        }
        return out;
    }

    /** The stage times as a timer, for run.json. */
    static StageTimer timer(Map<Stage, Double> seconds) {
        StageTimer t = new StageTimer();
        seconds.forEach((s, v) -> t.add(s, Math.round(v * 1e9)));
        return t;
    }
}
