package org.writguard.internal.topics.authority;

/** Whether an agency's 287(g) agreements were in effect at a moment (F01 variants, DOMAIN.md 12.1). */
public enum MoaState { ACTIVE, NO_MOA, NOT_YET_EFFECTIVE, EXPIRED, SUSPENDED, TERMINATED }
