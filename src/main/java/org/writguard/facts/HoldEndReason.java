package org.writguard.facts;

/** Why a detainer hold ended (DOMAIN 6.5). */
public enum HoldEndReason {
    ICE_ASSUMED_CUSTODY,
    RELEASED,
    DETAINER_CANCELLED,
    STILL_HELD
}
