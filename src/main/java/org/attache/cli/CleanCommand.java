package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.ingest.CleanedPage;
import org.attache.ingest.Cleaners;
import org.attache.ingest.DocumentReader;
import org.attache.ingest.InputRejectedException;
import org.attache.ingest.MetadataCandidate;
import org.attache.ingest.Removal;
import org.attache.pipeline.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache clean FILE [--explain]}: the clean text of one page, and optionally why each removed line went. */
@Command(name = "clean", description = {
        "Prints the clean main text of one page (HTML, Markdown with front matter, a text dump or a PDF), "
                + "after its title, date and publisher.",
        "With --explain, also lists every removed line or block with the name of the rule that removed it.",
        "",
        "Exit codes: 0 the page was cleaned, 2 bad usage (unknown option, missing or unreadable file, "
                + "file too large), 3 the file is not a document (binary, scanned or encrypted PDF, no text): "
                + "the reason is printed, as run would list it in errors.csv."})
public final class CleanCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", description = "The page to clean.")
    Path file;

    @Option(names = "--explain", description = "List the title and date candidates with their scores, and every "
            + "removed line or block with its rule name.")
    boolean explain;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Refuse files larger than this, as a run does (default: ${DEFAULT-VALUE}).")
    long maxBytes = RunConfig.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        byte[] bytes = read(file, maxBytes);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        DocumentReader.Cleaned cleaned;
        try {
            cleaned = new DocumentReader(maxBytes, new Cleaners()).clean(name, bytes);
        } catch (InputRejectedException e) {
            throw new UserException(file + ": " + e.getMessage(), ExitCodes.REJECTED_INPUTS);
        }
        CleanedPage page = cleaned.page();
        PrintWriter out = out();
        out.println("Title: " + page.metadata().title());
        out.println("Date: " + page.metadata().date());
        out.println("Publisher: " + page.metadata().publisher());
        out.println("Format: " + cleaned.format());
        out.println();
        out.println(page.text());
        if (explain) {
            out.println();
            out.println("Metadata candidates (" + page.candidates().size() + ", best first; * = chosen):");
            for (MetadataCandidate c : page.candidates()) {
                String chosen = switch (c.field()) {
                    case "title" -> page.metadata().title();
                    case "date" -> page.metadata().date();
                    default -> page.metadata().publisher();
                };
                out.println("  " + (c.value().equals(chosen) ? "* " : "  ") + pad(c.field(), 9) + " " + pad(Integer.toString(c.score()), 3)
                        + "  " + abbreviate(c.value()) + "  <- " + c.source());
            }
            out.println();
            out.println("Removed (" + page.removals().size() + "):");
            int width = page.removals().stream().mapToInt(r -> r.rule().length()).max().orElse(0);
            for (Removal r : page.removals()) {
                out.println("  " + pad(r.rule(), width) + "  " + abbreviate(r.text()));
            }
            if (!page.spared().isEmpty()) {
                out.println();
                out.println("Kept against a rule, as they hold most of the page's main text (" + page.spared().size() + "):");
                int sparedWidth = page.spared().stream().mapToInt(r -> r.rule().length()).max().orElse(0);
                for (Removal r : page.spared()) {
                    out.println("  " + pad(r.rule(), sparedWidth) + "  " + abbreviate(r.text()));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static byte[] read(Path file, long maxBytes) {
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
