package org.writguard.internal.generate;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The time zone of most of a state's jails (IANA). Thirteen states span two zones (e.g. the Florida panhandle,
 * El Paso, west Kentucky); the generator uses the zone of the state's larger part, which is what most of its
 * jails keep. Arizona keeps no DST (America/Phoenix); Hawaii and the territories neither.
 */
public final class StateZones {
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        put("America/New_York", "CT", "DE", "DC", "FL", "GA", "IN", "KY", "ME", "MD", "MA", "MI", "NH", "NJ", "NY",
                "NC", "OH", "PA", "RI", "SC", "VT", "VA", "WV");
        put("America/Chicago", "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN",
                "TX", "WI");
        put("America/Denver", "CO", "ID", "MT", "NM", "UT", "WY");
        put("America/Phoenix", "AZ");
        put("America/Los_Angeles", "CA", "NV", "OR", "WA");
        put("America/Anchorage", "AK");
        put("Pacific/Honolulu", "HI");
        put("America/Puerto_Rico", "PR");
        put("America/St_Thomas", "VI");
        put("Pacific/Guam", "GU");
        put("Pacific/Saipan", "MP");
        put("Pacific/Pago_Pago", "AS");
    }

    private StateZones() { }

    private static void put(String zone, String... states) {
        for (String s : states) ZONES.put(s, ZoneId.of(zone));
    }

    /** The zone of a USPS state code, or null for a code that is not a state, DC or a territory. */
    public static ZoneId zone(String state) { return state == null ? null : ZONES.get(state); }
}
