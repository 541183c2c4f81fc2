package org.writguard.facts;

/** Who issued a detainer (DOMAIN 6.5). */
public enum DetainerIssuer {
    ICE,
    OFFICER_287G,
    /** DOMAIN.md 13.3: a DHS detainer under 8 C.F.R. § 287.7, analysed exactly as ICE's. */
    CBP,
    /** DOMAIN.md 13.3: another DHS officer's detainer under 8 C.F.R. § 287.7. */
    OTHER_DHS
}
