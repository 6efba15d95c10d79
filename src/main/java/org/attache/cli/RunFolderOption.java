package org.attache.cli;

import org.attache.cli.args.Option;
import org.attache.cli.args.Option.Kind;

/** {@code --out} on the commands that read what a run wrote (search, stats). */
final class RunFolderOption {

    static final Option OUT = Option.value("--out", Kind.PATH, "DIR", "Output folder of the run (default: {default}).")
            .withDefault("output");

    private RunFolderOption() {
    }
}
