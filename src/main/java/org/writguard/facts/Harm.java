package org.writguard.facts;

/** Harm caused by a delay (DOMAIN 6.6, TRAC factors 3 and 5). */
public enum Harm {
    HEALTH_SAFETY,
    FAMILY_SEPARATION,
    EMPLOYMENT_LOSS,
    TRAVEL_INABILITY,
    FINANCIAL,
    EDUCATION,
    OTHER
}
