package org.attache.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.io.AtomicFiles;
import org.attache.nlp.ModelInfo;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.report.Json;

/** Writes run.json: marked incomplete when a run starts, completed with its figures when it ends. */
public final class RunRecord {

    private final OutputLayout out;
    private final String version;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Supplier<List<ModelInfo>> models;

    public RunRecord(OutputLayout out, String version, List<ModelInfo> models) {
        this(out, version, () -> models);
    }

    /** The models are asked for only when the run is finished (hashing them may still be under way at the start). */
    public RunRecord(OutputLayout out, String version, Supplier<List<ModelInfo>> models) {
        this.out = out;
        this.version = version;
        this.models = models;
    }

    public void started(List<String> inputs) throws IOException {
        Map<String, Object> json = head(false, List.of());
        json.put("inputs", inputs);
        AtomicFiles.writeString(out.runJson(), Json.write(json));
    }

    public void finished(List<String> inputs, RunOutcome o, StageTimer timer) throws IOException {
        Map<String, Object> json = head(true, models.get());
        json.put("finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("inputs", inputs);
        json.put("inputs_seen", o.seen());
        json.put("documents", o.totals().documents());
        json.put("documents_analysed", o.added() + o.updated());
        json.put("documents_added", o.added());
        json.put("documents_updated", o.updated());
        json.put("documents_unchanged", o.unchanged());
        json.put("documents_removed", o.removed());
        json.put("rejected", o.rejected().size());
        json.put("skipped", o.skipped().size());
        json.put("words", o.totals().words());
        json.put("mentions", o.totals().mentions());
        json.put("actors", o.totals().actors());
        json.put("quotes", o.totals().quotes());
        json.put("statements", o.totals().statements());
        json.put("elapsed_seconds", o.seconds());
        Map<String, Object> stages = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            stages.put(s.name().toLowerCase(Locale.ROOT), timer.seconds(s));
        }
        json.put("stage_seconds", stages);
        AtomicFiles.writeString(out.runJson(), Json.write(json));
    }

    private Map<String, Object> head(boolean complete, List<ModelInfo> models) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", "attache");
        json.put("version", version);
        json.put("complete", complete);
        json.put("started", started.toString());
        List<Object> m = new ArrayList<>();
        for (ModelInfo info : models) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", info.name());
            e.put("sha256", info.sha256());
            m.add(e);
        }
        json.put("models", m);
        return json;
    }
}
