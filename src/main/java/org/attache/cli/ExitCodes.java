package org.attache.cli;

/** The documented exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED_INPUTS = 3;
    /** The run ended, but some inputs have no outcome (listed as lost in errors.csv): never expected. */
    public static final int LOST_INPUTS = 4;

    private ExitCodes() {
    }
}
