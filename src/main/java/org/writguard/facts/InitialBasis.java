package org.writguard.facts;

/** Why an encounter began (DOMAIN 6.4). */
public enum InitialBasis {
    TRAFFIC_INFRACTION,
    CRIMINAL_RS,
    CRIMINAL_PC,
    CRIMINAL_WARRANT,
    CONSENSUAL,
    IMMIGRATION_ONLY,
    BOOKING,
    OTHER
}
