package org.writguard.internal.reading;

import org.writguard.internal.tables.TableLookup;

/** Asks the fact-questions table for the row of one fact path pattern ({@code holds[*].release_eligible_at}). */
public final class FactQuestionLookup extends TableLookup {
    private final String pattern;

    public FactQuestionLookup(String pattern) { this.pattern = pattern; }

    public String getPattern() { return pattern; }
}
