package org.writguard.facts;

/** What a complaint's allegation may lead to (DOMAIN 6.8). */
public enum AllegationOutcome {
    DISCIPLINE,
    CRIMINAL_INVESTIGATION,
    CIVIL_SUIT,
    MOA_VIOLATION
}
