package org.writguard.internal.topics.attorney;

import org.junit.jupiter.api.Test;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableIndex;
import org.writguard.internal.tables.TableLookup;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.testing.TestRuleBook;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped law tables of the attorney's read (issue 19), loaded from the project's own rule book. */
class AttorneyTablesTest {
    private static final Set<String> STATES_DC_PR = new TreeSet<>(List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
            "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS",
            "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
            "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR"));

    private static LoadedTable table(TableSchema schema) {
        LoadedTable t = TestRuleBook.get().tables().get(schema.name());
        assertNotNull(t, "the rule book has no " + schema.name() + " table");
        return t;
    }

    /** Asks a table the way the engine will: through the reference-data index. */
    private static List<RowHit> ask(TableSchema schema, TableLookup lookup) {
        assertTrue(new TableIndex(table(schema)).answer(lookup));
        return lookup.hits();
    }

    /** The limitations row in force for a claim arising on {@code day}. */
    private static RowHit limitation(String state, LocalDate day) {
        List<RowHit> inForce = ask(AttorneyTables.LIMITATIONS_1983, new LimitationsLookup(state)).stream()
                .filter(h -> h.date(AttorneyTables.ARISING_FROM) == null || !day.isBefore(h.date(AttorneyTables.ARISING_FROM)))
                .filter(h -> h.date(AttorneyTables.ARISING_UNTIL) == null || !day.isAfter(h.date(AttorneyTables.ARISING_UNTIL)))
                .toList();
        assertEquals(1, inForce.size(), state + " on " + day + ": " + inForce);
        return inForce.get(0);
    }

    @Test
    void everyStateDcAndPuertoRicoHasOneLimitationsPeriodOnAnyDay() {
        Set<String> seen = new TreeSet<>();
        for (TableRow r : table(AttorneyTables.LIMITATIONS_1983).rows()) seen.add(r.get(AttorneyTables.STATE));
        assertEquals(STATES_DC_PR, seen);
        for (String s : STATES_DC_PR) {
            for (LocalDate d : List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 4, 5), LocalDate.of(2024, 7, 1),
                    LocalDate.of(2026, 11, 30))) {
                limitation(s, d);
            }
        }
    }

    @Test
    void knownLimitationsPeriods() {
        LocalDate now = LocalDate.of(2026, 11, 30);
        Map<String, Integer> years = Map.of("GA", 2, "AL", 2, "PA", 2, "CA", 2, "NY", 3, "FL", 4, "TX", 2, "KY", 1,
                "TN", 1, "ME", 6);
        years.forEach((state, y) -> {
            RowHit h = limitation(state, now);
            assertEquals(y, h.integer(AttorneyTables.PERIOD), state);
            assertEquals("YEARS", h.text(AttorneyTables.UNIT), state);
        });
        RowHit ga = limitation("GA", now);
        assertTrue(ga.text(AttorneyTables.STATUTE).contains("9-3-33"), ga.toString());
        assertTrue(ga.verified(), "GA was checked against the statute and Eleventh Circuit case law");
        assertTrue(ga.text(AttorneyTables.ACCRUAL).contains("Wallace v. Kato"));
        // Periods that changed: Louisiana (2024 La. Acts No. 423) and Wisconsin (2017 Wis. Act 235).
        assertEquals(1, limitation("LA", LocalDate.of(2024, 6, 30)).integer(AttorneyTables.PERIOD));
        assertEquals(2, limitation("LA", LocalDate.of(2024, 7, 1)).integer(AttorneyTables.PERIOD));
        assertEquals(6, limitation("WI", LocalDate.of(2018, 4, 4)).integer(AttorneyTables.PERIOD));
        assertEquals(3, limitation("WI", LocalDate.of(2018, 4, 5)).integer(AttorneyTables.PERIOD));
    }

    @Test
    void noticeOfClaimPeriods() {
        List<RowHit> ny = ask(AttorneyTables.NOTICE_OF_CLAIM, new NoticeOfClaimLookup("NY"));
        assertEquals(1, ny.size());
        assertEquals(90, ny.get(0).integer(AttorneyTables.PERIOD));
        assertEquals("DAYS", ny.get(0).text(AttorneyTables.UNIT));
        assertTrue(ny.get(0).text(AttorneyTables.STATUTE).contains("50-e"));
        RowHit ca = ask(AttorneyTables.NOTICE_OF_CLAIM, new NoticeOfClaimLookup("CA")).get(0);
        assertEquals(6, ca.integer(AttorneyTables.PERIOD));
        assertEquals("MONTHS", ca.text(AttorneyTables.UNIT));
        assertTrue(ca.text(AttorneyTables.STATUTE).contains("911.2"));
        // Georgia: cities six months, counties twelve.
        Map<String, Integer> ga = ask(AttorneyTables.NOTICE_OF_CLAIM, new NoticeOfClaimLookup("GA")).stream()
                .collect(Collectors.toMap(h -> h.text(AttorneyTables.DEFENDANTS), h -> h.integer(AttorneyTables.PERIOD)));
        assertEquals(Map.of("MUNICIPALITY", 6, "COUNTY", 12), ga);
        // Every row says a notice-of-claim statute does not reach a § 1983 claim.
        for (TableRow r : table(AttorneyTables.NOTICE_OF_CLAIM).rows()) {
            assertTrue(r.get(TableSchema.CITATION).contains("Felder v. Casey"), r.toString());
        }
        assertTrue(ask(AttorneyTables.NOTICE_OF_CLAIM, new NoticeOfClaimLookup("VT")).isEmpty());
    }

    private static Map<String, RowHit> districts(String state) {
        Map<String, RowHit> m = new HashMap<>();
        for (RowHit h : ask(AttorneyTables.FEDERAL_DISTRICTS, new DistrictLookup(state))) {
            assertEquals(null, m.put(h.text(AttorneyTables.COUNTY), h), state + " lists a county twice");
        }
        return m;
    }

    @Test
    void everyStateHasItsDistrictsAndMultiDistrictStatesEveryCounty() {
        Set<String> seen = new TreeSet<>();
        for (TableRow r : table(AttorneyTables.FEDERAL_DISTRICTS).rows()) seen.add(r.get(AttorneyTables.STATE));
        assertEquals(STATES_DC_PR, seen);
        // County counts of the multi-district states of the project's examples (28 U.S.C. §§ 81-131).
        Map<String, Integer> counties = Map.of("AL", 67, "GA", 159, "FL", 67, "PA", 67, "CA", 58, "NY", 62,
                "TX", 254, "NC", 100);
        counties.forEach((state, n) -> assertEquals(n, districts(state).size(), state));
        Set<String> al = new LinkedHashSet<>();
        districts("AL").values().forEach(h -> al.add(h.text(AttorneyTables.DISTRICT_ABBR)));
        assertEquals(Set.of("N.D. Ala.", "M.D. Ala.", "S.D. Ala."), al);
        assertEquals("N.D. Ga.", districts("GA").get("Fulton").text(AttorneyTables.DISTRICT_ABBR));
        assertEquals("Atlanta", districts("GA").get("Fulton").text(AttorneyTables.DIVISION));
        assertEquals("S.D. Ga.", districts("GA").get("Chatham").text(AttorneyTables.DISTRICT_ABBR));
        assertEquals("M.D. Pa.", districts("PA").get("York").text(AttorneyTables.DISTRICT_ABBR));
        assertEquals("E.D.N.Y.", districts("NY").get("Suffolk").text(AttorneyTables.DISTRICT_ABBR));
        assertEquals("C.D. Cal.", districts("CA").get("Orange").text(AttorneyTables.DISTRICT_ABBR));
        assertEquals("M.D.N.C.", districts("NC").get("Durham").text(AttorneyTables.DISTRICT_ABBR));
        // A one-district state answers with one row for every county.
        Map<String, RowHit> md = districts("MD");
        assertEquals(Set.of(AttorneyTables.ANY), md.keySet());
        assertEquals("D. Md.", md.get(AttorneyTables.ANY).text(AttorneyTables.DISTRICT_ABBR));
        assertTrue(md.get(AttorneyTables.ANY).citation().contains("§ 100"));
    }

    @Test
    void authoritiesCarryJurisdictionAndTheIssuesCorrections() {
        Map<String, RowHit> a = new HashMap<>();
        for (TableRow r : table(AttorneyTables.AUTHORITIES).rows()) {
            String id = r.get(AttorneyTables.AUTHORITY);
            RowHit h = ask(AttorneyTables.AUTHORITIES, new AuthorityLookup(id)).get(0);
            assertEquals(null, a.put(id, h), "two rows for " + id);
            assertTrue(AttorneyTables.isJurisdiction(h.text(AttorneyTables.JURISDICTION)), id);
        }
        assertEquals("C3", a.get("galarza-2014").text(AttorneyTables.JURISDICTION));
        assertEquals(LocalDate.of(2014, 3, 4), a.get("galarza-2014").date(AttorneyTables.DECIDED));
        assertEquals("C1", a.get("morales-2015").text(AttorneyTables.JURISDICTION));
        assertEquals("US", a.get("mclaughlin-1991").text(AttorneyTables.JURISDICTION));
        // A district court binds no one: the D. Or. decision is persuasive even in the Ninth Circuit.
        assertEquals("DISTRICT_COURT", a.get("miranda-olivares-2014").text(AttorneyTables.KIND));
        // The reading's complaints: reporter and date for Yovo and Dang; Bian's later history; Cheejati's substitution.
        assertTrue(a.get("yovo-2023").citation().contains("W.D. Tenn. Dec. 14, 2023"));
        assertTrue(a.get("dang-2023").citation().contains("N.D. Cal. Nov. 17, 2023"));
        assertNotNull(a.get("bian-2010").text(AttorneyTables.LATER_HISTORY));
        assertTrue(a.get("cheejati-2024").text(AttorneyTables.LATER_HISTORY).contains("withdrawn"));
        // What could not be found stays unverified and uncertain.
        assertFalse(a.get("hernandez-causey").verified());
        assertEquals("U", a.get("hernandez-causey").label());
        assertTrue(a.containsKey("usc-8-1226e") && a.containsKey("cfr-8-241-2") && a.containsKey("egbert-2022"));
    }

    private static Map<String, String> problems(TableSchema schema, Map<String, String> row) {
        Map<String, String> out = new HashMap<>();
        schema.rowCheck().check(row, out::put);
        return out;
    }

    @Test
    void rowChecksRejectWhatWouldMisleadTheEngine() {
        assertTrue(problems(AttorneyTables.AUTHORITIES, Map.of(AttorneyTables.JURISDICTION, "C12"))
                .get(AttorneyTables.JURISDICTION).contains("C12"));
        assertTrue(problems(AttorneyTables.AUTHORITIES, Map.of(AttorneyTables.JURISDICTION, "C11")).isEmpty());
        assertTrue(problems(AttorneyTables.FEDERAL_DISTRICTS, Map.of(AttorneyTables.SOURCE_URL, "law.cornell.edu"))
                .containsKey(AttorneyTables.SOURCE_URL));
        assertTrue(problems(AttorneyTables.LIMITATIONS_1983, Map.of(AttorneyTables.ARISING_FROM, "2024-07-01",
                AttorneyTables.ARISING_UNTIL, "2024-06-30")).containsKey(AttorneyTables.ARISING_UNTIL));
        assertTrue(problems(AttorneyTables.NOTICE_OF_CLAIM, Map.of(AttorneyTables.PERIOD, "0"))
                .containsKey(AttorneyTables.PERIOD));
    }
}
