package org.writguard.facts;

/** Authority an officer claimed for a function event (DOMAIN 6.4). */
public enum ClaimedAuthority {
    MOA_287G,
    ICE_REQUEST_1357G10,
    STATE_LAW,
    NONE
}
