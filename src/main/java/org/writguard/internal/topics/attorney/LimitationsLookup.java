package org.writguard.internal.topics.attorney;

import org.writguard.internal.tables.TableLookup;

/** Asks the § 1983 limitations table for every row of one state or territory (USPS code). */
public final class LimitationsLookup extends TableLookup {
    private final String state;

    public LimitationsLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
