package org.writguard.facts;

import java.util.Map;
import java.util.Optional;

/** Federal judicial circuit (DOMAIN 8.4). */
public enum Circuit {
    C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, DC;

    private static final Map<String, Circuit> BY_STATE = Map.ofEntries(
            Map.entry("ME", C1), Map.entry("MA", C1), Map.entry("NH", C1), Map.entry("RI", C1), Map.entry("PR", C1),
            Map.entry("CT", C2), Map.entry("NY", C2), Map.entry("VT", C2),
            Map.entry("DE", C3), Map.entry("NJ", C3), Map.entry("PA", C3), Map.entry("VI", C3),
            Map.entry("MD", C4), Map.entry("NC", C4), Map.entry("SC", C4), Map.entry("VA", C4), Map.entry("WV", C4),
            Map.entry("LA", C5), Map.entry("MS", C5), Map.entry("TX", C5),
            Map.entry("KY", C6), Map.entry("MI", C6), Map.entry("OH", C6), Map.entry("TN", C6),
            Map.entry("IL", C7), Map.entry("IN", C7), Map.entry("WI", C7),
            Map.entry("AR", C8), Map.entry("IA", C8), Map.entry("MN", C8), Map.entry("MO", C8), Map.entry("NE", C8),
            Map.entry("ND", C8), Map.entry("SD", C8),
            Map.entry("AK", C9), Map.entry("AZ", C9), Map.entry("CA", C9), Map.entry("HI", C9), Map.entry("ID", C9),
            Map.entry("MT", C9), Map.entry("NV", C9), Map.entry("OR", C9), Map.entry("WA", C9), Map.entry("GU", C9),
            Map.entry("MP", C9),
            Map.entry("CO", C10), Map.entry("KS", C10), Map.entry("NM", C10), Map.entry("OK", C10), Map.entry("UT", C10),
            Map.entry("WY", C10),
            Map.entry("AL", C11), Map.entry("FL", C11), Map.entry("GA", C11),
            Map.entry("DC", DC));

    /** The circuit of a USPS state or territory code, or empty when DOMAIN 8.4 does not list it. */
    public static Optional<Circuit> forState(String usps) {
        return usps == null ? Optional.empty() : Optional.ofNullable(BY_STATE.get(usps));
    }
}
