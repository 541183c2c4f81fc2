package org.writguard.facts;

/** Remedy the requester asks about (DOMAIN 6.6). */
public enum RequestedRemedy {
    MANDAMUS,
    APA_706_1,
    HABEAS,
    S1983,
    FTCA,
    NONE
}
