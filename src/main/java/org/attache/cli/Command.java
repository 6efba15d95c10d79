package org.attache.cli;

import org.attache.cli.args.Arguments;
import org.attache.cli.args.CommandSpec;

/**
 * One subcommand: it declares what it accepts, and runs with arguments already parsed and checked
 * against that. It writes only to the console it is given, so tests capture what it prints, and it
 * reports problems by throwing ({@link UserException} for what the user can fix); only
 * {@link Main#main} exits.
 */
interface Command {

    CommandSpec spec();

    /** Runs the command; returns its exit code ({@link ExitCodes}). */
    int call(Arguments args, Console console) throws Exception;
}
