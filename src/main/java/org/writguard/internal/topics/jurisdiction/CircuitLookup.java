package org.writguard.internal.topics.jurisdiction;

import org.writguard.internal.tables.TableLookup;

/** Asks the circuit table which federal circuit a state or territory sits in. */
public final class CircuitLookup extends TableLookup {
    private final String state;

    public CircuitLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
