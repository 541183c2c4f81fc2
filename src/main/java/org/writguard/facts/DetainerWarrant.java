package org.writguard.facts;

/** Administrative warrant accompanying a detainer (DOMAIN 6.5, {@code accompanied_by}). */
public enum DetainerWarrant {
    NONE,
    I200,
    I205
}
