package org.writguard.facts;

/** What shows a person's U.S. citizenship (DOMAIN.md 13.1). */
public enum CitizenshipEvidence {
    US_BIRTH_RECORD(true),
    US_PASSPORT(true),
    NATURALIZATION_CERTIFICATE(true),
    CITIZENSHIP_CERTIFICATE(true),
    DERIVATION_CLAIM(false),
    STATEMENT_ONLY(false),
    NONE(false);

    private final boolean documentary;

    CitizenshipEvidence(boolean documentary) { this.documentary = documentary; }

    /** A birth record, passport, or naturalization or citizenship certificate. */
    public boolean documentary() { return documentary; }
}
