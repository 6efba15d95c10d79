package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What tests compare between output folders that must be the same: a single run, merged shards, a Spark job. */
public final class OutputFolders {

    private OutputFolders() {
    }

    /** Every report and clean text by its path in the output folder (run.json holds times, the index is binary,
     *  dot files are the run's records). */
    public static Map<String, String> reportsAndTexts(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = out.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith("index/") && !name.startsWith(".") && !name.equals("run.json")) {
                    files.put(name, Files.readString(p));
                }
            }
        }
        return files;
    }

    /** The JSON of `attache search QUERY --out OUT --format json --limit 50 MORE...`, which must succeed. */
    public static String searchJson(Path out, String query, String... more) {
        List<String> args = new ArrayList<>(List.of("search", query, "--out", out.toString(), "--format", "json",
                "--limit", "50"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.attache(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
