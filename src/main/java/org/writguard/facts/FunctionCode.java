package org.writguard.facts;

/** Function vocabulary: the codes of DOMAIN Table 1.3-A plus four non-delegated acts (DOMAIN 6.4). */
public enum FunctionCode {
    INTERROGATE_STATUS(true),
    WARRANTLESS_ARREST_CIVIL(true),
    WARRANTLESS_ARREST_IMMIGRATION_FELONY(true),
    SERVE_ARREST_WARRANT_I200(true),
    SERVE_REMOVAL_WARRANT_I205(true),
    ADMINISTER_OATHS_PROCESS(true),
    PREPARE_CHARGING_DOCS(true),
    ISSUE_DETAINER(true),
    PREPARE_I213(true),
    DETAIN_TRANSPORT(true),
    TAKE_MAINTAIN_CUSTODY(true),
    HOLD_ON_DETAINER(false),
    SHARE_INFO_WITH_ICE(false),
    PROVIDE_RELEASE_DATE(false),
    TRANSFER_TO_ICE(false);

    private final boolean delegable;

    FunctionCode(boolean delegable) {
        this.delegable = delegable;
    }

    /**
     * Whether the function needs a 287(g) delegation (the DELEGABLE set of DOMAIN 8.2).
     * INTERROGATE_STATUS counts only when done under claimed 287(g) authority; that condition
     * is on the event ({@code claimed_authority}), so rules must check it themselves.
     */
    public boolean delegable() {
        return delegable;
    }
}
