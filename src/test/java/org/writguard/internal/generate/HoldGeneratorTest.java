package org.writguard.internal.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.writguard.internal.batch.HoldsCsvFormat;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.time.HolidayCalendar;
import org.writguard.testing.TestRuleBook;

import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: the generator is deterministic, grounded in the roster, and its calendar rates are a calendar's. */
class HoldGeneratorTest {
    static LoadedTable roster() { return TestRuleBook.get().tables().get("RosterAgreements"); }

    static HoldGenerator gen(long seed) {
        return new HoldGenerator(HoldGenerator.agreements(roster()), seed, HoldGenerator.DEFAULT_UNKNOWN_SHARE,
                HoldGenerator.DEFAULT_FROM, HoldGenerator.DEFAULT_TO);
    }

    @Test
    void theSameSeedGivesTheSameRecordsWhateverTheCountAndAnotherSeedOthers() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        gen(42).write(a, 300, HoldGenerator.Format.ndjson);
        gen(42).write(b, 500, HoldGenerator.Format.ndjson);
        assertTrue(b.toString().startsWith(a.toString()), "record i depends on the seed and i only");
        StringWriter c = new StringWriter();
        gen(43).write(c, 300, HoldGenerator.Format.ndjson);
        assertNotEquals(a.toString(), c.toString());
        assertEquals(gen(42).csvRow(7), gen(42).csvRow(7));
    }

    @Test
    void recordsAreGroundedInTheRosterWithTheStatesZoneAndSayTheyAreSynthetic() {
        Map<String, Set<String>> rosterStates = new HashMap<>();
        for (HoldGenerator.Agreement a : HoldGenerator.agreements(roster())) {
            rosterStates.computeIfAbsent(a.agencyId(), k -> new HashSet<>()).add(a.state());
        }
        HoldGenerator g = gen(9);
        HolidayCalendar holidays = HolidayCalendar.federal(2022, 2027, true);
        int n = 6000;
        int weekend = 0;
        int holiday = 0;
        int dstCrossings = 0;
        int unknownPc = 0;
        int encounters = 0;
        int ethnicity = 0;
        Set<String> agencies = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ObjectNode rec = g.record(i, true);
            JsonNode h = rec.get("holds").get(0);
            String agency = h.get("agency_id").asText();
            agencies.add(agency);
            assertTrue(rosterStates.containsKey(agency), agency + " is not a roster agency");
            String state = h.get("facility_state").asText();
            assertTrue(rosterStates.get(agency).contains(state), agency + " in " + state);
            assertEquals(StateZones.zone(state).getId(), h.get("facility_tz").asText());
            assertTrue(h.get("hold_id").asText().startsWith("SYNTHETIC-"), "ids say the record is synthetic");
            if (!h.get("detainer").has("pc_basis")) unknownPc++;
            if (rec.has("encounters")) {
                encounters++;
                JsonNode f = rec.get("encounters").get(0).get("suspicion_factors");
                if (f.isArray() && f.toString().contains("APPARENT_ETHNICITY")) ethnicity++;
            }
            JsonNode start = h.get("hold_started_at");
            if (start == null) continue;
            ZoneId zone = ZoneId.of(h.get("facility_tz").asText());
            var s = OffsetDateTime.parse(start.asText()).atZoneSameInstant(zone);
            if (s.getDayOfWeek() == DayOfWeek.SATURDAY || s.getDayOfWeek() == DayOfWeek.SUNDAY) weekend++;
            if (holidays.contains(s.toLocalDate())) holiday++;
            JsonNode end = h.get("hold_ended_at");
            if (end != null && !OffsetDateTime.parse(end.asText()).getOffset().equals(OffsetDateTime.parse(start.asText()).getOffset())) {
                dstCrossings++;
            }
        }
        int known = n - (int) (n * 0.08);
        // A uniformly drawn day: 2/7 are weekend days, about 11/365 federal holidays; DST changes are crossed by
        // the holds that span a Sunday in March or November.
        double w = (double) weekend / known;
        assertTrue(w > 0.24 && w < 0.33, "weekend share " + w);
        double hol = (double) holiday / known;
        assertTrue(hol > 0.015 && hol < 0.05, "holiday share " + hol);
        assertTrue(dstCrossings > 10, "DST crossings: " + dstCrossings);
        double u = (double) unknownPc / n;
        assertTrue(u > 0.05 && u < 0.11, "unknown pc_basis share " + u);
        assertTrue(encounters > n / 2 && encounters < n * 0.7, "encounters " + encounters);
        assertTrue(ethnicity > 0, "some stops rest on apparent ethnicity");
        assertTrue(agencies.size() > 300, "records spread over the roster: " + agencies.size());
    }

    @Test
    void csvRowsReadAsHoldsCsvCases() throws Exception {
        HoldsCsvFormat f = new HoldsCsvFormat("gen.csv");
        f.header(HoldGenerator.csvHeader());
        HoldGenerator g = gen(5);
        for (int i = 0; i < 200; i++) {
            JsonNode tree = f.toTree(g.csvRow(i), i + 2);
            JsonNode same = g.record(i, false);
            assertEquals(same.get("as_of"), tree.get("as_of"));
            assertEquals(same.get("holds").get(0).get("hold_id"), tree.get("holds").get(0).get("hold_id"));
            assertFalse(tree.has("encounters"));
        }
    }

    @Test
    void everyStateDcAndTerritoryHasAZone() {
        for (String s : List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
                "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
                "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
                "PR", "VI", "GU", "MP", "AS")) {
            assertTrue(StateZones.zone(s) != null, s);
        }
    }
}
