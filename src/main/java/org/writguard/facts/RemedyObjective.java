package org.writguard.facts;

/** What the requester wants to achieve (DOMAIN 6.6). */
public enum RemedyObjective {
    ADJUDICATE_APPLICATION,
    RELEASE_FROM_CUSTODY,
    BOND_HEARING,
    STOP_REMOVAL,
    DAMAGES,
    OTHER
}
