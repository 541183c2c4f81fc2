package org.writguard.internal.topics.attorney;

import org.writguard.internal.tables.TableLookup;

/** Asks the notice-of-claim table for every row of one state or territory (USPS code). */
public final class NoticeOfClaimLookup extends TableLookup {
    private final String state;

    public NoticeOfClaimLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
