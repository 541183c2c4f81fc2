package org.writguard.topics.jurisdiction;

import org.writguard.tables.TableLookup;

/** Asks the circuit table which federal circuit a state or territory sits in. */
public final class CircuitLookup extends TableLookup {
    private final String state;

    public CircuitLookup(String state) { this.state = state; }

    public String getState() { return state; }
}
