package org.writguard.facts;

/** Detainer form received (DOMAIN 6.5). */
public enum DetainerForm {
    I247A,
    I247D,
    I247N,
    I247X,
    I247_LEGACY,
    OTHER,
    NONE
}
