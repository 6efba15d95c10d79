package org.attache.cli;

import picocli.CommandLine.Option;

/** {@code --debug} on every command: {@link ErrorHandler} then prints the stack trace of an internal error. */
final class DebugOption {

    @Option(names = "--debug", description = "Show stack traces of internal errors (or set ATTACHE_DEBUG=1).")
    boolean debug;
}
