package org.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.pipeline.RunConfig;
import org.attache.pipeline.TemplatesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache templates}: the first pass of a split corpus, learning its site templates once. */
@Command(name = "templates", description = {
        "Learns the site templates (lines repeated across a site's pages) of the whole corpus and writes them to "
                + "FILE, for the shards of a split corpus: 'attache run CORPUS --shard I/N --templates FILE' then "
                + "reads only its own share instead of the whole corpus.",
        "Learn them again when files are added, removed or changed; a file learned for another corpus is refused.",
        "",
        "Exit codes: 0 done, 1 failed, 2 usage error."})
public final class TemplatesCommand extends BaseCommand {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Corpus folders or files, as given to 'attache run'. Default: corpus/ in the current folder.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The templates file to write (keep it outside the corpus folders).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "As 'attache run --max-bytes' (default: ${DEFAULT-VALUE}); the runs must use the same.")
    long maxBytes = RunConfig.DEFAULT_MAX_BYTES;

    @Option(names = "--follow-links", description = "As 'attache run --follow-links'; the runs must use the same.")
    boolean followLinks;

    @Option(names = "--quiet", description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads, ExitCodes.USAGE);
        }
        if (maxBytes < 1) {
            throw new UserException("--max-bytes must be positive, got " + maxBytes, ExitCodes.USAGE);
        }
        if (Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a folder; name the templates file", ExitCodes.USAGE);
        }
        List<Path> roots = inputs.isEmpty() ? List.of(Path.of("corpus")) : inputs;
        try {
            int sites = TemplatesFile.learn(roots, followLinks, maxBytes, threads, out);
            if (!quiet) {
                err().println("Learned the templates of " + sites + " sites: " + out);
                err().flush();
            }
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            throw new UserException("input not found: " + e.getFile(), ExitCodes.USAGE);
        }
    }
}
