package org.writguard.facts;

/** Who issued a detainer (DOMAIN 6.5). */
public enum DetainerIssuer {
    ICE,
    OFFICER_287G
}
