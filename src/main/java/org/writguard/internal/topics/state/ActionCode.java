package org.writguard.internal.topics.state;

/**
 * What a state overlay row is about (DOMAIN.md F19-F22): the acts F19 and F21 judge, the agreement F20
 * judges, and the mandate F22 judges. Function events, holds and encounters are mapped to these codes by
 * {@link Acts}.
 */
public enum ActionCode {
    INQUIRE_STATUS,
    HOLD_ON_DETAINER,
    ARREST_ON_CIVIL_WARRANT,
    PERFORM_287G_FUNCTION,
    PROVIDE_RELEASE_DATE,
    SHARE_PERSONAL_INFO,
    TRANSFER_TO_ICE,
    ICE_FACILITY_ACCESS,
    /** The agency has a 287(g) agreement (F20). */
    HAVE_287G_AGREEMENT,
    /** A civil immigration arrest or detention by a state or local officer (F21). */
    CIVIL_IMMIGRATION_ARREST,
    /** The agency must have a 287(g) agreement (F22). */
    REQUIRE_287G_AGREEMENT
}
