package org.writguard.facts;

/** Basis of custody before a detainer hold (DOMAIN 6.5). */
public enum CustodyBasis {
    PRETRIAL,
    SENTENCE,
    ARREST_PRE_BOOKING,
    OTHER
}
