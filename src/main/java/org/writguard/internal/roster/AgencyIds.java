package org.writguard.internal.roster;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Roster agency ids: {@code <USPS state code>-<slug of the agency name>} (CASE-FORMAT.md,
 * "Agencies and the roster"), and the state-name to USPS-code table they need.
 */
public final class AgencyIds {


    private static final Map<String, String> USPS_BY_NAME = new TreeMap<>();

    static {
        String[][] pairs = {
            {"ALABAMA", "AL"}, {"ALASKA", "AK"}, {"ARIZONA", "AZ"}, {"ARKANSAS", "AR"},
            {"CALIFORNIA", "CA"}, {"COLORADO", "CO"}, {"CONNECTICUT", "CT"}, {"DELAWARE", "DE"},
            {"FLORIDA", "FL"}, {"GEORGIA", "GA"}, {"HAWAII", "HI"}, {"IDAHO", "ID"},
            {"ILLINOIS", "IL"}, {"INDIANA", "IN"}, {"IOWA", "IA"}, {"KANSAS", "KS"},
            {"KENTUCKY", "KY"}, {"LOUISIANA", "LA"}, {"MAINE", "ME"}, {"MARYLAND", "MD"},
            {"MASSACHUSETTS", "MA"}, {"MICHIGAN", "MI"}, {"MINNESOTA", "MN"}, {"MISSISSIPPI", "MS"},
            {"MISSOURI", "MO"}, {"MONTANA", "MT"}, {"NEBRASKA", "NE"}, {"NEVADA", "NV"},
            {"NEW HAMPSHIRE", "NH"}, {"NEW JERSEY", "NJ"}, {"NEW MEXICO", "NM"}, {"NEW YORK", "NY"},
            {"NORTH CAROLINA", "NC"}, {"NORTH DAKOTA", "ND"}, {"OHIO", "OH"}, {"OKLAHOMA", "OK"},
            {"OREGON", "OR"}, {"PENNSYLVANIA", "PA"}, {"RHODE ISLAND", "RI"}, {"SOUTH CAROLINA", "SC"},
            {"SOUTH DAKOTA", "SD"}, {"TENNESSEE", "TN"}, {"TEXAS", "TX"}, {"UTAH", "UT"},
            {"VERMONT", "VT"}, {"VIRGINIA", "VA"}, {"WASHINGTON", "WA"}, {"WEST VIRGINIA", "WV"},
            {"WISCONSIN", "WI"}, {"WYOMING", "WY"},
            {"DISTRICT OF COLUMBIA", "DC"}, {"PUERTO RICO", "PR"}, {"GUAM", "GU"},
            {"U.S. VIRGIN ISLANDS", "VI"}, {"US VIRGIN ISLANDS", "VI"}, {"VIRGIN ISLANDS", "VI"},
            {"NORTHERN MARIANA ISLANDS", "MP"}, {"AMERICAN SAMOA", "AS"},
        };
        for (String[] p : pairs) {
            USPS_BY_NAME.put(p[0], p[1]);
        }
    }

    private AgencyIds() {
    }

    /**
     * Lower-cased; straight and curly apostrophes removed; every other run of non-alphanumerics
     * becomes one {@code -}; leading and trailing {@code -} trimmed.
     * {@code "Colbert County Sheriff's Office"} gives {@code colbert-county-sheriffs-office}.
     */
    public static String slug(String name) {
        if (name == null) {
            throw new IllegalArgumentException("agency name is null");
        }
        // One pass instead of three regular expressions (issue 17, round 3: every case's agency ids are slugged);
        // AgencyIdsTest checks it against the expressions.
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018') continue;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) sb.append('-');
                dash = false;
                sb.append(c);
            } else {
                dash = true;
            }
        }
        return sb.toString();
    }

    /** {@code AL} and {@code Colbert County Sheriff's Office} give {@code AL-colbert-county-sheriffs-office}. */
    public static String id(String stateUsps, String name) {
        String state = stateUsps == null ? "" : stateUsps.strip().toUpperCase(Locale.ROOT);
        if (!USPS_BY_NAME.containsValue(state)) {
            throw new IllegalArgumentException("'" + stateUsps + "' is not a USPS state code");
        }
        String slug = slug(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("agency name '" + name + "' has no letters or digits");
        }
        return state + "-" + slug;
    }

    /**
     * The USPS code for a full state or territory name (50 states, DC, PR, GU, VI, MP, AS),
     * case-insensitive and trimmed; a USPS code itself is accepted too.
     */
    public static Optional<String> usps(String stateName) {
        if (stateName == null) {
            return Optional.empty();
        }
        String key = stateName.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        String code = USPS_BY_NAME.get(key);
        if (code != null) {
            return Optional.of(code);
        }
        return USPS_BY_NAME.containsValue(key) ? Optional.of(key) : Optional.empty();
    }
}
