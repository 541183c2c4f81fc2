package org.writguard.facts;

/** Probable-cause basis stated on a detainer (DOMAIN 6.5). */
public enum PcBasis {
    FINAL_ORDER,
    PENDING_PROCEEDINGS,
    BIOMETRIC_MATCH_WITH_RECORDS,
    STATEMENTS_TO_ICE,
    DB_NO_MATCH_FOREIGN_BIRTH,
    INVESTIGATION_INITIATED,
    UNKNOWN
}
