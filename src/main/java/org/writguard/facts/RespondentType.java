package org.writguard.facts;

/** Who the remedy would be sought against (DOMAIN 6.6). */
public enum RespondentType {
    FEDERAL_AGENCY_OR_OFFICER,
    STATE_OR_LOCAL_OFFICER,
    BOTH
}
