package org.writguard.facts;

import java.util.Set;

/** USPS codes accepted for a state field: the 50 states, DC and the territories. */
public final class UsStates {
    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "VI", "GU", "MP", "AS");

    private UsStates() {
    }

    /** Every accepted code, sorted. */
    public static java.util.List<String> codes() {
        return CODES.stream().sorted().toList();
    }

    /** True for an upper-case USPS state or territory code such as {@code GA}. */
    public static boolean isUspsCode(String code) {
        return code != null && CODES.contains(code);
    }
}
