package org.writguard.facts;

/** How immigration status was inquired into (DOMAIN 6.4). */
public enum InquiryKind {
    QUESTIONING,
    DB_QUERY,
    ICE_CALL,
    DOCUMENT_DEMAND
}
