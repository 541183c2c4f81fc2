package org.writguard.facts;

/** ICE supervision during a function event (DOMAIN 6.4). */
public enum IceSupervision {
    PRESENT,
    REMOTE_CONTACT,
    NONE
}
