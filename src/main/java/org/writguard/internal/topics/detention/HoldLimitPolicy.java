package org.writguard.internal.topics.detention;

/**
 * Which 48-hour measure F13 applies (DOMAIN.md 6.7 {@code hold_limit_policy}): calendar hours (the
 * I-247A request, variant FORM_REQUEST), hours excluding weekends and holidays (8 C.F.R. § 287.7(d),
 * variant REGULATORY), or both.
 */
public enum HoldLimitPolicy {
    CALENDAR_48, BUSINESS_48, BOTH;

    /** The REGULATORY variant (business hours) is evaluated. */
    public boolean regulatory() { return this != CALENDAR_48; }

    /** The FORM_REQUEST variant (calendar hours) is evaluated. */
    public boolean formRequest() { return this != BUSINESS_48; }
}
