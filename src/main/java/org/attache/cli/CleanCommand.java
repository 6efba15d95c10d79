package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attache.ingest.CleanedPage;
import org.attache.ingest.Cleaners;
import org.attache.ingest.FormatDetector;
import org.attache.ingest.Removal;
import org.attache.ingest.TextDecoder;
import org.attache.model.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache clean FILE [--explain]}: the clean text of one page, and optionally why each removed line went. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Prints the clean main text of one page (HTML, Markdown with front matter, or a text dump), "
                + "after its title, date and publisher.",
                "With --explain, also lists every removed line or block with the name of the rule that removed it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the page was cleaned", "2:bad usage (unknown option, missing or unreadable file, file too large)"})
public final class CleanCommand implements Callable<Integer> {

    private static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The page to clean.")
    private Path file;

    @Option(names = "--explain", description = "List every removed line or block with its rule name.")
    private boolean explain;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    private long maxBytes = DEFAULT_MAX_BYTES;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        byte[] bytes = read();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = new TextDecoder().decode(bytes, name);
        SourceFormat format = new FormatDetector().detect(text, name);
        CleanedPage page = new Cleaners().forFormat(format).clean(text, name);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Title: " + page.metadata().title());
        out.println("Date: " + page.metadata().date());
        out.println("Publisher: " + page.metadata().publisher());
        out.println("Format: " + format);
        out.println();
        out.println(page.text());
        if (explain) {
            out.println();
            out.println("Removed (" + page.removals().size() + "):");
            int width = page.removals().stream().mapToInt(r -> r.rule().length()).max().orElse(0);
            for (Removal r : page.removals()) {
                out.println("  " + pad(r.rule(), width) + "  " + abbreviate(r.text()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private byte[] read() {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserException("no such file: " + file + " (give the path of a page to clean)", ExitCodes.USAGE);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UserException(file + " is " + size + " bytes, over the limit of " + maxBytes
                        + " (raise it with --max-bytes)", ExitCodes.USAGE);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 159) + "…" : one;
    }
}
