package org.writguard.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the aggregates take from one assessed case (docs/pipeline.md "Aggregates"):
 * <ul>
 *   <li>where its findings are counted: the agency, state and month of its first hold (agency_id,
 *       facility_state, the month of release_eligible_at, else hold_started_at), else of its first encounter
 *       (agency_id, state, started_at), else no agency and the month of as_of; a state left out is the agency's
 *       in the case's agencies list, else the USPS prefix of a roster-style agency id; unknown values are
 *       {@value #UNKNOWN};</li>
 *   <li>per agency, each encounter outside a jail (location_type neither LEA_JAIL nor OTHER_JAIL) is a stop; its
 *       suspicion_factors list, when known, either names APPARENT_ETHNICITY or not;</li>
 *   <li>per agency, each hold's duration: from hold_started_at (else release_eligible_at) to hold_ended_at, or
 *       to as_of when hold_end_reason is STILL_HELD; unknown when a moment is missing or not an exact datetime.</li>
 * </ul>
 */
final class RecordFacts {
    static final String UNKNOWN = "UNKNOWN";
    private static final Pattern MONTH = Pattern.compile("^\\d{4}-\\d{2}.*");
    private static final Pattern USPS = Pattern.compile("^([A-Z]{2})-.*");

    private RecordFacts() { }

    /** The finding-count key (state, agency, month) of a case. */
    static String[] place(JsonNode c) {
        JsonNode hold = first(c, "holds");
        JsonNode enc = first(c, "encounters");
        String agency;
        String state;
        String month;
        if (hold != null) {
            agency = text(hold, "agency_id");
            state = text(hold, "facility_state");
            month = month(hold.get("release_eligible_at"));
            if (month == null) month = month(hold.get("hold_started_at"));
        } else if (enc != null) {
            agency = text(enc, "agency_id");
            state = text(enc, "state");
            month = month(enc.get("started_at"));
        } else {
            agency = null;
            state = null;
            month = null;
        }
        if (month == null) month = month(c.get("as_of"));
        if (state == null) state = stateOf(c, agency);
        return new String[] {orUnknown(state), orUnknown(agency), orUnknown(month)};
    }

    /** Adds a case's stops and holds to per-agency statistics. */
    static void addPatterns(JsonNode c, Map<String, AgencyStats> byAgency) {
        JsonNode encounters = c.get("encounters");
        if (encounters != null && encounters.isArray()) {
            for (JsonNode e : encounters) {
                String loc = text(e, "location_type");
                if ("LEA_JAIL".equals(loc) || "OTHER_JAIL".equals(loc)) continue;
                String agency = orUnknown(text(e, "agency_id"));
                AgencyStats s = byAgency.computeIfAbsent(agency, k -> new AgencyStats());
                String st = text(e, "state");
                s.state(st != null ? st : stateOf(c, text(e, "agency_id")));
                JsonNode factors = e.get("suspicion_factors");
                Boolean eth = null;
                if (factors != null && factors.isArray()) {
                    eth = false;
                    for (JsonNode f : factors) if ("APPARENT_ETHNICITY".equals(f.asText())) eth = true;
                }
                s.stop(eth);
            }
        }
        JsonNode holds = c.get("holds");
        if (holds != null && holds.isArray()) {
            for (JsonNode h : holds) {
                String agency = orUnknown(text(h, "agency_id"));
                AgencyStats s = byAgency.computeIfAbsent(agency, k -> new AgencyStats());
                String st = text(h, "facility_state");
                s.state(st != null ? st : stateOf(c, text(h, "agency_id")));
                s.hold(holdSeconds(c, h));
            }
        }
    }

    static Long holdSeconds(JsonNode c, JsonNode h) {
        OffsetDateTime start = instant(h.get("hold_started_at"));
        if (start == null) start = instant(h.get("release_eligible_at"));
        OffsetDateTime end = instant(h.get("hold_ended_at"));
        if (end == null && "STILL_HELD".equals(text(h, "hold_end_reason"))) end = instant(c.get("as_of"));
        if (start == null || end == null) return null;
        long s = Duration.between(start, end).getSeconds();
        return s < 0 ? null : s;
    }

    private static String stateOf(JsonNode c, String agency) {
        if (agency == null) return null;
        JsonNode agencies = c.get("agencies");
        if (agencies != null && agencies.isArray()) {
            for (JsonNode a : agencies) {
                if (agency.equals(text(a, "agency_id"))) {
                    String s = text(a, "state");
                    if (s != null) return s;
                }
            }
        }
        var m = USPS.matcher(agency);
        return m.matches() ? m.group(1) : null;
    }

    private static OffsetDateTime instant(JsonNode n) {
        if (n == null || !n.isTextual()) return null;
        try {
            return OffsetDateTime.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String month(JsonNode n) {
        if (n == null || !n.isTextual()) return null;
        String t = n.asText();
        return MONTH.matcher(t).matches() ? t.substring(0, 7) : null;
    }

    private static JsonNode first(JsonNode c, String field) {
        JsonNode a = c.get(field);
        return a != null && a.isArray() && a.size() > 0 ? a.get(0) : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String orUnknown(String s) { return s == null || s.isEmpty() ? UNKNOWN : s; }
}
