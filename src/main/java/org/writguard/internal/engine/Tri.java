package org.writguard.internal.engine;

import org.writguard.engine.*;

/**
 * Three-valued truth for facts that may be unknown (DOMAIN.md section 0, item 4: unknown is not false).
 * A finding whose condition is UNKNOWN is reported UNDETERMINED with the facts that were missing.
 */
public enum Tri {
    YES, NO, UNKNOWN;

    public static Tri of(Boolean b) { return b == null ? UNKNOWN : (b ? YES : NO); }

    public static Tri of(boolean b) { return b ? YES : NO; }

    public Tri and(Tri o) {
        if (this == NO || o == NO) return NO;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return YES;
    }

    public Tri or(Tri o) {
        if (this == YES || o == YES) return YES;
        if (this == UNKNOWN || o == UNKNOWN) return UNKNOWN;
        return NO;
    }

    public Tri not() {
        return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }

    public boolean isYes() { return this == YES; }
}
