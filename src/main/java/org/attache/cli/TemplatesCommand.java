package org.attache.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attache.pipeline.TemplatesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache templates}: the first pass of a split corpus, learning its site templates once. */
@Command(name = "templates", description = {
        "Learns the site templates (lines repeated across a site's pages) of the whole corpus and writes them to "
                + "FILE, for the shards of a split corpus: 'attache run CORPUS --shard I/N --templates FILE' then "
                + "reads only its own share instead of the whole corpus.",
        "Learn them again when files are added, removed or changed; a file learned for another corpus is refused.",
        "Give the runs the same inputs, --max-bytes and --follow-links.",
        "",
        "Exit codes: 0 done, 1 failed, 2 usage error."})
public final class TemplatesCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The templates file to write (keep it outside the corpus folders).")
    Path out;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--quiet", description = "No summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        corpus.check();
        if (Files.isDirectory(out)) {
            throw new UserException("--out " + out + " is a folder; name the templates file", ExitCodes.USAGE);
        }
        try {
            int sites = TemplatesFile.learn(corpus.roots(), corpus.followLinks, corpus.maxBytes, corpus.threads,
                    out);
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
