package org.writguard.internal.topics.state;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableWriter;
import org.writguard.testing.TestRuleBook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** decision-tables/state/overlays.drl.xlsx against DOMAIN.md section 3 and the rows 12.11 says the tests rely on. */
class OverlayTableTest {
    static LoadedTable table() { return TestRuleBook.get().tables().get(StateTables.OVERLAYS.name()); }

    static List<TableRow> rows(String state, String code) {
        return table().rows().stream().filter(r -> r.get(StateTables.STATE).equals(state)
                && r.get(StateTables.ACTION_CODE).equals(code)).toList();
    }

    static TableRow one(String state, String code) {
        List<TableRow> list = rows(state, code);
        assertEquals(1, list.size(), state + " " + code);
        return list.get(0);
    }

    @Test
    @DisplayName("Every state of DOMAIN.md 3.1 and 3.2 has at least one row")
    void everyStateOfSectionThreeHasARow() {
        Set<String> states = table().rows().stream().map(r -> r.get(StateTables.STATE)).collect(Collectors.toCollection(TreeSet::new));
        for (String s : List.of("CA", "IL", "OR", "WA", "NJ", "MD", "NM", "CT", "DE", "ME", "VA", "NY", "MA", "CO",
                "FL", "TX", "TN", "NC")) {
            assertTrue(states.contains(s), "no row for " + s);
        }
    }

    @Test
    @DisplayName("The rows of DOMAIN.md 12.11 are encoded exactly")
    void clarificationElevenRows() {
        for (String code : List.of("INQUIRE_STATUS", "HOLD_ON_DETAINER", "ARREST_ON_CIVIL_WARRANT", "PERFORM_287G_FUNCTION",
                "HAVE_287G_AGREEMENT")) {
            TableRow r = one("CA", code);
            assertEquals("PROHIBITED", r.get(StateTables.RULE_TYPE));
            assertEquals("2018-01-01", r.get(StateTables.EFFECTIVE_FROM));
            assertTrue(r.get(TableSchema.CITATION).startsWith("cal-gov-7284-6 @ (a)"));
        }
        for (String code : List.of("HOLD_ON_DETAINER", "INQUIRE_STATUS", "HAVE_287G_AGREEMENT")) {
            TableRow r = one("OR", code);
            assertEquals("PROHIBITED", r.get(StateTables.RULE_TYPE));
            assertEquals("2021-07-19", r.get(StateTables.EFFECTIVE_FROM));
            // 12.11 hedged the first months at LOW; the 2026-11-30 check found HB 3265 in force on 2021-07-19
            // (docs/legal-sources.md), so the hedge is gone.
            org.junit.jupiter.api.Assertions.assertNull(r.get(StateTables.LOW_CONFIDENCE_BEFORE));
        }
        for (String code : List.of("HAVE_287G_AGREEMENT", "PERFORM_287G_FUNCTION")) {
            assertEquals("2019-09-27", one("NJ", code).get(StateTables.EFFECTIVE_FROM));
        }
        TableRow md = one("MD", "HAVE_287G_AGREEMENT");
        assertEquals("2026-02-17", md.get(StateTables.EFFECTIVE_FROM));
        assertEquals("2026-07-01", md.get(StateTables.TERMINATION_DEADLINE));
        assertEquals(1, table().rows().stream().filter(r -> r.get(StateTables.STATE).equals("MD")).count(),
                "the MD row bans the agreement only (scenario 6: F19 stays NOT_FIRED)");
        for (String code : List.of("CIVIL_IMMIGRATION_ARREST", "HOLD_ON_DETAINER")) {
            assertEquals("NO_STATE_AUTHORITY", one("MA", code).get(StateTables.RULE_TYPE));
            // DOMAIN.md 13.10: declared, not enacted - no start date; the decision date bounds the low confidence.
            assertEquals(null, one("MA", code).get(StateTables.EFFECTIVE_FROM));
            assertEquals("2017-07-24", one("MA", code).get(StateTables.LOW_CONFIDENCE_BEFORE));
            assertEquals("NO_STATE_AUTHORITY", one("NY", code).get(StateTables.RULE_TYPE));
            assertEquals("2018-11-14", one("NY", code).get(StateTables.LOW_CONFIDENCE_BEFORE));
            assertEquals("NO_STATE_AUTHORITY", one("MT", code).get(StateTables.RULE_TYPE));
            assertEquals("LOW", one("MN", code).get(StateTables.CONFIDENCE));
        }
        for (String s : List.of("FL", "TX", "TN", "NC")) {
            Set<String> codes = table().rows().stream().filter(r -> r.get(StateTables.STATE).equals(s))
                    .map(r -> r.get(StateTables.ACTION_CODE)).collect(Collectors.toSet());
            assertEquals(Set.of("REQUIRE_287G_AGREEMENT"), codes, s);
        }
        assertEquals("2026-12-01", one("TX", "REQUIRE_287G_AGREEMENT").get(StateTables.COMPLIANCE_DEADLINE));
        assertEquals("TRUE", one("FL", "REQUIRE_287G_AGREEMENT").get(StateTables.TERMINATION_NEEDS_APPROVAL));
    }

    @Test
    @DisplayName("Rows labelled [U] are never verified, so they can only give MEDIUM, confidence LOW")
    void uncertainRowsAreUnverified() {
        for (TableRow r : table().rows()) {
            if ("U".equals(r.get(TableSchema.LABEL))) assertEquals("FALSE", r.get(TableSchema.VERIFIED), r.toString());
        }
        assertEquals("FALSE", one("TN", "REQUIRE_287G_AGREEMENT").get(TableSchema.VERIFIED));
        assertEquals("FALSE", one("WA", "HAVE_287G_AGREEMENT").get(TableSchema.VERIFIED));
    }

    @Test
    @DisplayName("A row pairing a mandate with PROHIBITED, or naming an unknown exception, is refused with its cell")
    void inconsistentRowsAreRefusedWithTheirCell() throws Exception {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(StateTables.STATE, "CA");
        row.put(StateTables.ACTION_CODE, "REQUIRE_287G_AGREEMENT");
        row.put(TableSchema.ROW_ID, "X-1");
        row.put(StateTables.RULE_TYPE, "PROHIBITED");
        row.put(StateTables.EFFECTIVE_FROM, "2020-01-01");
        row.put(StateTables.EXCEPTIONS, "JUDICIAL_WARRANT_OR_PC, A_PARDON");
        row.put(StateTables.CONFIDENCE, "HIGH");
        row.put(StateTables.INSTRUMENT, "Test");
        row.put(TableSchema.CITATION, "Test");
        row.put(TableSchema.VERIFIED, "TRUE");
        row.put(TableSchema.LABEL, "S");
        byte[] bytes = TableWriter.toBytes(StateTables.OVERLAYS, null, List.of(row));
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(bytes, "bad-overlays.drl.xlsx");
        List<String> errors = r.problems().stream().filter(TableProblem::isError).map(TableProblem::toString).toList();
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("bad-overlays.drl.xlsx") && e.contains("does not fit action code")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("A_PARDON")), errors.toString());
    }
}
