package org.writguard.internal.engine;

import org.writguard.engine.*;

/**
 * A legal topic's Java side: it puts questions to its decision tables ({@link #plan}) and, once the table
 * rows have answered, turns the answers into the facts its DRL rules reason on ({@link #resolve}).
 * Topics run in rounds: every topic of round 0 plans, the tables fire, every topic of round 0 resolves;
 * then round 1, and so on. The roster resolves agencies in round 0 so that later rounds see their MOAs.
 */
public interface Topic {
    /** Lower rounds run first. */
    default int round() { return 1; }

    /** Inserts the lookup facts this topic's tables answer. */
    void plan(AssessmentContext ctx);

    /** Reads the answered lookups and inserts resolved facts (or records input errors). */
    void resolve(AssessmentContext ctx);
}
