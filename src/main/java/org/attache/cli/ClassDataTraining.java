package org.attache.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the launcher runs once per build to record the classes of a run, a re-run, a search and the
 * shard path (templates, two shards, their merge) for Java's class-data sharing archive:
 * {@code ClassDataTraining INPUT_DIR OUTPUT_DIR}. It adds a web page and a Markdown file to INPUT_DIR,
 * so the HTML and Markdown readers' classes are archived too (every run's and shard's JVM loads them
 * otherwise from the jar, verifying each). Not a command: its output is of no use to anyone.
 */
public final class ClassDataTraining {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Ministers agree on a new plan</title>
            <meta name="date" content="2024-03-05"></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <article><h1>Ministers agree on a new plan</h1>
            <p>Defence ministers met in Oslo on 5 March 2024. "We will act together," Jonas Berg said.</p>
            <blockquote>The plan starts next year.</blockquote></article>
            <footer>Contact us | Privacy</footer></body></html>
            """;

    private static final String NOTE = """
            # Talks resume in Geneva

            *Published 6 March 2024*

            Envoys of Canada and Japan met in Geneva. "The talks were useful," Anna Keller told reporters.
            """;

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try {
            Files.writeString(in.resolve("page.html"), PAGE);
            Files.writeString(in.resolve("note.md"), NOTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String templates = out.resolveSibling("templates.bin").toString();
        String one = out.resolveSibling("shard-1").toString();
        String two = out.resolveSibling("shard-2").toString();
        // the writers a real start makes (the launcher discards what they print)
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        for (String[] command : new String[][] {{"run", in.toString(), "--out", out.toString(), "--quiet"},
            {"run", in.toString(), "--out", out.toString(), "--quiet"}, {"search", "NATO", "--out", out.toString()},
            {"templates", in.toString(), "--out", templates, "--quiet"},
            {"run", in.toString(), "--shard", "1/2", "--templates", templates, "--out", one, "--quiet"},
            {"run", in.toString(), "--shard", "2/2", "--templates", templates, "--out", two, "--quiet"},
            {"merge", one, two, "--out", out.resolveSibling("merged").toString(), "--quiet"}}) {
            Main.execute(stdout, stderr, command);
        }
    }
}
