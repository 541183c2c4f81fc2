package org.writguard.internal.topics.attorney;

import org.writguard.internal.tables.TableLookup;

/** Asks the federal-districts table for every row of one state or territory (USPS code). */
public final class DistrictLookup extends TableLookup {
    private final String state;

    public DistrictLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
