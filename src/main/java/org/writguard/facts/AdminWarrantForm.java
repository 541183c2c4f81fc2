package org.writguard.facts;

/** Administrative warrant an arrest relied on (DOMAIN 6.4). */
public enum AdminWarrantForm {
    NONE,
    I200,
    I205,
    I203
}
