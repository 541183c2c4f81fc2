package org.writguard.internal.cli;

/** Exit codes of bin/writguard: documented API (README, "Exit codes"). */
public final class ExitCodes {
    /** Success: evaluated (findings are output, not failure), all fixtures passed, tables clean. */
    public static final int OK = 0;
    /** A bug in writguard itself; rerun with --verbose and report it. */
    public static final int SOFTWARE = 1;
    /** Bad input: usage, a malformed case or fixture file, an unknown agency, an unreadable spreadsheet given as input. */
    public static final int BAD_INPUT = 2;
    /** The decision tables or DRL rules do not build (or `tables check` found errors). */
    public static final int RULE_BOOK = 3;
    /** replay: at least one fixture failed. */
    public static final int FIXTURES_FAILED = 4;
    /** Output could not be written (disk full, permission). */
    public static final int OUTPUT = 5;

    private ExitCodes() { }
}
