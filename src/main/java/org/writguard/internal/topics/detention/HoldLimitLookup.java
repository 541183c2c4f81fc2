package org.writguard.internal.topics.detention;

import org.writguard.internal.tables.TableLookup;

/**
 * Asks the hold-limit policy table which 48-hour measure applies to a hold (DOMAIN.md 6.7
 * {@code hold_limit_policy}, keyed by state and detainer form). The topic asks the specific key and the
 * wildcard {@code ANY} for each column and keeps the most specific answer.
 */
public final class HoldLimitLookup extends TableLookup {
    private final String state;
    private final String form;

    public HoldLimitLookup(String state, String form) {
        this.state = state;
        this.form = form;
    }

    public String getState() { return state; }
    public String getForm() { return form; }
}
