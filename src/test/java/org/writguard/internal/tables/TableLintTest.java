package org.writguard.internal.tables;

import org.junit.jupiter.api.Test;
import org.writguard.internal.engine.DevLookupForTables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableLintTest {
    /** COLLECT: every matching row applies, so overlaps are warnings (UNIQUE makes them errors: HitPolicyTest). */
    static final TableSchema LAWS = TableSchema.builder("Laws").packageName("org.writguard.rules.laws")
            .lookup(DevLookupForTables.class).hitPolicy(HitPolicy.COLLECT)
            .condition("STATE", "State", "name", ColumnType.STATE, true, "")
            .condition("ACT", "Act", "count", ColumnType.ENUM, false, "", "HOLD", "ARREST")
            .action("RESULT", "Result", ColumnType.ENUM, true, "", "PROHIBITED", "REQUIRED")
            .action("EFFECTIVE_FROM", "Effective from", ColumnType.DATE, true, "")
            .action("EFFECTIVE_TO", "Effective to", ColumnType.DATE, false, "")
            .action("FINDINGS", "Findings", ColumnType.TEXT, false, "")
            .action("CONFIDENCE", "Confidence", ColumnType.ENUM, true, "", "HIGH", "MEDIUM", "LOW")
            .build();
    static final Set<String> CODES = Set.of("F19", "F20", "F21");

    static Map<String, String> row(String id, String state, String act, String result, String from, String to) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STATE", state);
        if (act != null) m.put("ACT", act);
        m.put(TableSchema.ROW_ID, id);
        m.put("RESULT", result);
        m.put("EFFECTIVE_FROM", from);
        if (to != null) m.put("EFFECTIVE_TO", to);
        m.put("FINDINGS", "F19");
        m.put("CONFIDENCE", "MEDIUM");
        m.put(TableSchema.CITATION, "Cal. Gov. Code § 7284.6");
        m.put(TableSchema.VERIFIED, "TRUE");
        m.put(TableSchema.LABEL, "P");
        return m;
    }

    static LoadedTable table(List<Map<String, String>> rows) {
        List<TableRow> list = new ArrayList<>();
        int r = TableSchema.FIRST_DATA_ROW + 1;
        for (Map<String, String> m : rows) list.add(new TableRow(r++, new LinkedHashMap<>(m)));
        return new LoadedTable("decision-tables/state/laws.drl.xlsx", LAWS, list, "", List.of());
    }

    static List<String> lint(List<Map<String, String>> rows) {
        return TableLint.lint(table(rows), CODES).stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    @Test
    void rowsForDifferentStatesActsOrDatesDoNotClash() {
        assertEquals(List.of(), lint(List.of(
                row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", "2020-12-31"),
                row("CA-2", "CA", "HOLD", "REQUIRED", "2021-01-01", null),
                row("CA-3", "CA", "ARREST", "REQUIRED", "2018-01-01", null),
                row("TX-1", "TX", "HOLD", "REQUIRED", "2018-01-01", null))));
    }

    @Test
    void overlappingDatesWithADifferentOutcomeContradict() {
        List<String> out = lint(List.of(
                row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", "2021-06-30"),
                row("CA-2", "CA", "HOLD", "REQUIRED", "2021-01-01", null)));
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("W decision-tables/state/laws.drl.xlsx!Laws!D11: row 11 contradicts row 10"), out.get(0));
        assertTrue(out.get(0).contains("2021-01-01 .. 2021-06-30"), out.get(0));
        assertTrue(out.get(0).contains("Result is REQUIRED here and PROHIBITED there"), out.get(0));
    }

    @Test
    void anEmptyConditionMatchesAnythingSoItCanContradictOrCoverAnotherRow() {
        List<String> contradiction = lint(List.of(
                row("CA-ANY", "CA", null, "PROHIBITED", "2018-01-01", null),
                row("CA-HOLD", "CA", "HOLD", "REQUIRED", "2018-01-01", null)));
        assertEquals(1, contradiction.size(), contradiction.toString());
        assertTrue(contradiction.get(0).contains("Act HOLD"), contradiction.get(0));
        List<String> covered = lint(List.of(
                row("CA-ANY", "CA", null, "PROHIBITED", "2018-01-01", null),
                row("CA-HOLD", "CA", "HOLD", "PROHIBITED", "2019-01-01", "2019-12-31")));
        assertEquals(1, covered.size(), covered.toString());
        assertTrue(covered.get(0).contains("!Laws!C11: row 11 can never change an answer: row 10"), covered.get(0));
    }

    @Test
    void aRepeatedRowIsReportedOnceAtItsRowId() {
        List<String> out = lint(List.of(
                row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", null),
                row("CA-2", "CA", "HOLD", "PROHIBITED", "2018-01-01", null),
                row("CA-3", "CA", "HOLD", "PROHIBITED", "2018-01-01", null)));
        assertEquals(List.of(
                "W decision-tables/state/laws.drl.xlsx!Laws!C11: row 11 repeats row 10 (same cells but the row id); delete one",
                "W decision-tables/state/laws.drl.xlsx!Laws!C12: row 12 repeats row 10 (same cells but the row id); delete one"), out);
    }

    @Test
    void anUnknownFindingCodeInAFindingColumnIsAnError() {
        Map<String, String> r = row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", null);
        r.put("FINDINGS", "F19; F99");
        List<String> out = lint(List.of(r));
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("E decision-tables/state/laws.drl.xlsx!Laws!G10: names finding F99"), out.get(0));
    }

    @Test
    void anUncertainRowMayNotClaimVerificationOrHighConfidence() {
        Map<String, String> r = row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", null);
        r.put(TableSchema.LABEL, "U");
        r.put("CONFIDENCE", "HIGH");
        List<String> out = lint(List.of(r));
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).contains("!Laws!J10: row 10 is labelled [U] but marked verified"), out.get(0));
        assertTrue(out.get(1).contains("!Laws!H10: row 10 is labelled [U] but claims HIGH confidence"), out.get(1));
    }

    @Test
    void aPlaceholderCitationIsFlagged() {
        Map<String, String> r = row("CA-1", "CA", "HOLD", "PROHIBITED", "2018-01-01", null);
        r.put(TableSchema.CITATION, "TBD");
        List<String> out = lint(List.of(r));
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).contains("!Laws!I10: \"TBD\" is a placeholder"), out.get(0));
    }
}
