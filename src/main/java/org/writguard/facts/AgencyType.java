package org.writguard.facts;

/** Kind of law-enforcement agency (DOMAIN 6.1). */
public enum AgencyType {
    SHERIFF,
    MUNICIPAL_POLICE,
    STATE_POLICE,
    STATE_DOC,
    COUNTY_CORRECTIONS,
    OTHER
}
