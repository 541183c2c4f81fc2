package org.writguard.internal.reading;

import org.writguard.internal.tables.TableLookup;

/** Asks the state-habeas table for the row of one state (USPS code). */
public final class StateHabeasLookup extends TableLookup {
    private final String state;

    public StateHabeasLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
