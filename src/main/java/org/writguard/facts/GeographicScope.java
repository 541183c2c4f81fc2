package org.writguard.facts;

/** Geographic scope override of an MOA (DOMAIN 6.2). */
public enum GeographicScope {
    JAIL_ONLY,
    LEA_JURISDICTION
}
