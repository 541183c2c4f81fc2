package org.writguard.facts;

/** Factors offered for suspicion of unlawful presence (DOMAIN 6.4). */
public enum SuspicionFactor {
    APPARENT_ETHNICITY,
    LANGUAGE_OR_ACCENT,
    LOCATION_TYPE,
    OCCUPATION,
    NO_ID,
    FOREIGN_ID,
    ADMISSION_OF_STATUS,
    DB_RECORD_MATCH,
    PRIOR_REMOVAL_RECORD,
    OTHER_ARTICULABLE
}
