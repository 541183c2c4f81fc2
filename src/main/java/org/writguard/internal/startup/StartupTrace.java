package org.writguard.internal.startup;

/**
 * Timestamps of a one-shot run's phases, for finding where a cold start goes (docs/performance.md, issue 17):
 * with {@code -Dwritguard.trace.startup=true} each {@link #mark} prints one line to standard error,
 * {@code writguard: startup <phase> <ms since the JVM started>}. Off by default; then a mark costs one read of a
 * static boolean.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("writguard.trace.startup");
    private static final long START_MS = ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() { }

    /** Whether marks are printed. */
    public static boolean on() { return ON; }

    /** Prints the phase just reached, with the milliseconds since the JVM started. */
    public static void mark(String phase) {
        if (ON) System.err.println("writguard: startup " + phase + " " + (System.currentTimeMillis() - START_MS));
    }
}
