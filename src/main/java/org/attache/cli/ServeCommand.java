package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;
import org.attache.cli.args.Option;
import org.attache.cli.args.Option.Kind;
import org.attache.cli.args.Parameters;
import org.attache.index.IndexBrowser;
import org.attache.index.NoIndexException;
import org.attache.pipeline.OutputLayout;
import org.attache.serve.WebServer;

/**
 * {@code attache serve}: the analysts' workbench, a local web application over a run's index. The
 * web stack is loaded only here (inside {@link #call}), so other commands never pay for it.
 */
public final class ServeCommand implements Command {

    static final Option OUT = RunFolderOption.OUT;
    static final Option PORT = Option.value("--port", Kind.INTEGER, "N", "Port to listen on (default: {default}; "
            + "0: any free port).").withDefault(8765);
    static final Option HOST = Option.value("--host", Kind.TEXT, "HOST", "Address to listen on (default: {default}, "
            + "this machine only). Another address lets other machines read the index: there is no login.")
            .withDefault("127.0.0.1");

    static final CommandSpec SPEC = new CommandSpec("serve", List.of(
            "Serves the analysts' workbench over the index a run built: search with facets and a date "
                    + "histogram, quotations, documents with their actors and quotes marked, actor pages, CSV "
                    + "export and a JSON API. Read-only; picks up the index of a later run by itself. Stop with Ctrl-C.",
            "",
            "Exit codes: 0 stopped, 1 no index in --out or the port is taken, 2 bad option."),
            Parameters.NONE, List.of(OUT, PORT, HOST));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int call(Arguments args, Console console) throws IOException {
        Path out = args.path(OUT);
        int port = args.integer(PORT);
        String host = args.text(HOST);
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
            console.err().println("attache serve: WARNING: listening on " + host + ": anyone who can reach this "
                    + "machine can read the index (there is no login)");
            console.err().flush();
        }
        PrintWriter pw = console.out();
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
