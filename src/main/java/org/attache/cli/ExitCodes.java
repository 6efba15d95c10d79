package org.attache.cli;

/** The documented exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED_INPUTS = 3;

    private ExitCodes() {
    }
}
