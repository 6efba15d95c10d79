package org.attache.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few top-level facts of a run.json that {@code stats} shows. run.json is our own flat output,
 * so a pattern per key is enough; a key that is missing reads as empty.
 *
 * @param complete false when the run was killed or is still going
 */
record LastRun(String started, String finished, boolean complete, long documents) {

    static Optional<LastRun> read(Path runJson) throws IOException {
        String json;
        try {
            json = Files.readString(runJson, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new LastRun(string(json, "started"), string(json, "finished"),
                "true".equals(raw(json, "complete")), number(json, "documents")));
    }

    private static String string(String json, String key) {
        Matcher m = Pattern.compile("^  \"" + key + "\": \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE).matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String raw(String json, String key) {
        Matcher m = Pattern.compile("^  \"" + key + "\": ([^,\\n]+)", Pattern.MULTILINE).matcher(json);
        return m.find() ? m.group(1).strip() : "";
    }

    private static long number(String json, String key) {
        try {
            return Long.parseLong(raw(json, key));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
