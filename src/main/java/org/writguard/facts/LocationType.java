package org.writguard.facts;

/** Where an encounter or function event took place (DOMAIN 6.4). */
public enum LocationType {
    LEA_JAIL,
    OTHER_JAIL,
    COURTHOUSE,
    ROADSIDE,
    STREET_PUBLIC,
    WORKPLACE,
    RESIDENCE_CURTILAGE,
    RESIDENCE_INTERIOR,
    OTHER
}
