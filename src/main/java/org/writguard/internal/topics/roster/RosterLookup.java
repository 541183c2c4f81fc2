package org.writguard.internal.topics.roster;

import org.writguard.internal.tables.TableLookup;

/** Asks the roster table for every ICE-listed agreement of one agency id. */
public final class RosterLookup extends TableLookup {
    private final String agencyId;

    public RosterLookup(String agencyId) { this.agencyId = agencyId; }

    public String getAgencyId() { return agencyId; }
}
