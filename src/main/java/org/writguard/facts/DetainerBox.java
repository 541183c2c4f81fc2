package org.writguard.facts;

/** Box checked on the detainer form (DOMAIN 6.5). */
public enum DetainerBox {
    BOX1_DETAIN,
    BOX2_TRANSFER_REQUEST,
    NOTIFY_ONLY,
    UNKNOWN
}
