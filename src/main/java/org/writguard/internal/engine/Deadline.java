package org.writguard.internal.engine;

import org.writguard.engine.*;

/**
 * A time budget for the assessment running on this thread (assess-batch's --case-timeout). The engine checks
 * it between topics and before every rule firing, so a case over budget is abandoned within one step, not
 * left running on a core; {@link #check()} then throws {@link Exceeded}.
 */
public final class Deadline {
    private static final ThreadLocal<long[]> AT = new ThreadLocal<>();

    private Deadline() { }

    /** Starts a budget of {@code nanos} for this thread's next work. */
    public static void start(long nanos) {
        AT.set(new long[] {System.nanoTime() + nanos});
    }

    /** Ends this thread's budget. */
    public static void clear() {
        AT.remove();
    }

    /** Whether this thread has a budget at all. */
    static boolean active() {
        return AT.get() != null;
    }

    /** Whether this thread's budget is spent (or the thread was interrupted). */
    public static boolean passed() {
        long[] at = AT.get();
        return at != null && (System.nanoTime() - at[0] > 0 || Thread.currentThread().isInterrupted());
    }

    /** Throws {@link Exceeded} when this thread's budget is spent. */
    public static void check() {
        if (passed()) throw new Exceeded();
    }

    /** The assessment took longer than its budget. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() { super("the case took longer than its time budget", null, false, false); }
    }
}
