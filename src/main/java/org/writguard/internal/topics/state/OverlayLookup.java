package org.writguard.internal.topics.state;

import org.writguard.internal.tables.TableLookup;

/** Asks the state-overlay table for every row about one state and one action code; dates are judged in Java. */
public final class OverlayLookup extends TableLookup {
    private final String state;
    private final String actionCode;

    public OverlayLookup(String state, String actionCode) {
        this.state = state;
        this.actionCode = actionCode;
    }

    public String getState() { return state; }
    public String getActionCode() { return actionCode; }
}
