package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.attache.index.IndexBrowser;
import org.attache.index.NoIndexException;
import org.attache.pipeline.OutputLayout;
import org.attache.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache serve}: the analysts' workbench, a local web application over a run's index. The
 * web stack is loaded only here (inside {@link #call()}), so other commands never pay for it.
 */
@Command(name = "serve", description = {
        "Serves the analysts' workbench over the index a run built: search with facets and a date "
                + "histogram, quotations, documents with their actors and quotes marked, actor pages, CSV "
                + "export and a JSON API. Read-only; picks up the index of a later run by itself. Stop with Ctrl-C.",
        "",
        "Exit codes: 0 stopped, 1 no index in --out or the port is taken, 2 bad option."})
public final class ServeCommand extends BaseCommand {

    @Mixin
    RunFolderOption runFolder;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; "
            + "0: any free port).")
    int port = 8765;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only). Another address lets other machines read the index: there is no login.")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws IOException {
        Path out = runFolder.out;
        if (port < 0 || port > 65_535) {
            throw new UserException("--port must be from 0 to 65535, got " + port, ExitCodes.USAGE);
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserException("--host: unknown address '" + host + "'", ExitCodes.USAGE);
        }
        IndexBrowser index;
        try {
            index = IndexBrowser.open(new OutputLayout(out).index(), SearchCommand.defaultActorNames());
        } catch (NoIndexException e) {
            throw SearchCommand.noIndex(e, out);
        }
        WebServer server;
        try {
            server = WebServer.start(index, host, port);
        } catch (RuntimeException e) {
            index.close();
            throw new UserException("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); choose another with --port", ExitCodes.FAILED);
        }
        if (!loopback) {
            err().println("attache serve: WARNING: listening on " + host + ": anyone who can reach this "
                    + "machine can read the index (there is no login)");
            err().flush();
        }
        PrintWriter pw = out();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        pw.println("Attaché workbench on http://" + shown + ":" + server.port() + "/ (index: " + out
                + "; Ctrl-C stops it)");
        pw.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
