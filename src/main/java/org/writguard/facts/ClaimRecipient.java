package org.writguard.facts;

/** To whom a person claimed U.S. citizenship (DOMAIN.md 13.1). */
public enum ClaimRecipient {
    LOCAL_OFFICER,
    JAIL_STAFF,
    ICE,
    COURT
}
