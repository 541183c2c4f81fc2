package org.writguard.internal.topics.remedies;

import org.writguard.internal.tables.TableLookup;

/** Asks the sheriff-capacity table whether a state's sheriffs act for the State or the county in a function. */
public final class SheriffCapacityLookup extends TableLookup {
    private final String state;
    private final String act;

    public SheriffCapacityLookup(String state, String function) {
        this.state = state == null ? "" : state;
        this.act = function == null ? "" : function;
    }

    public String getState() { return state; }
    public String getAct() { return act; }
}
