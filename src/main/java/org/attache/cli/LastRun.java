package org.attache.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.attache.report.Json;

/**
 * The few top-level facts of a run.json that {@code stats} shows; a key that is missing reads as
 * empty (a run still going has no "finished").
 *
 * @param complete false when the run was killed or is still going
 */
record LastRun(String started, String finished, boolean complete, long documents) {

    static Optional<LastRun> read(Path runJson) throws IOException {
        String text;
        try {
            text = Files.readString(runJson, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Map<String, Object> json = Json.read(text);
        long documents = json.get("documents") instanceof Number n ? n.longValue() : -1;
        return Optional.of(new LastRun(string(json, "started"), string(json, "finished"),
                Boolean.TRUE.equals(json.get("complete")), documents));
    }

    private static String string(Map<String, Object> json, String key) {
        return json.get(key) instanceof String s ? s : "";
    }
}
