package org.writguard.internal.topics.remedies;

import org.writguard.internal.tables.TableLookup;

/** Asks the adequate-alternatives table about a situation. */
public final class AlternativeLookup extends TableLookup {
    private final String situation;

    public AlternativeLookup(String situation) {
        this.situation = situation == null ? "" : situation;
    }

    public String getSituation() { return situation; }
}
