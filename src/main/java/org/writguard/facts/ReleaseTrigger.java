package org.writguard.facts;

/** What made a person eligible for release (DOMAIN 6.5). */
public enum ReleaseTrigger {
    BOND_POSTED,
    CHARGES_DISMISSED,
    SENTENCE_COMPLETE,
    RELEASE_ORDERED,
    ROR,
    OTHER
}
