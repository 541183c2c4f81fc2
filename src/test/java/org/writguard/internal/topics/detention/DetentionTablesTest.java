package org.writguard.internal.topics.detention;

import org.junit.jupiter.api.Test;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableWriter;
import org.writguard.testing.TestRuleBook;
import org.writguard.internal.time.HolidayCalendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetentionTablesTest {
    @Test
    void theShippedHolidayTableIsExactlyTheGeneratedCalendarForTwoThousandToTwentyForty() {
        LoadedTable t = TestRuleBook.get().tables().get(DetentionTables.HOLIDAYS.name());
        List<Map<String, String>> expected = DetentionTables.holidayRows(HolidayCalendar.federal(2000, 2040, true));
        List<Map<String, String>> actual = new ArrayList<>();
        for (TableRow r : t.rows()) actual.add(new HashMap<>(r.values()));
        List<Map<String, String>> want = new ArrayList<>();
        for (Map<String, String> m : expected) want.add(new HashMap<>(m));
        assertEquals(want, actual, "regenerate with: bin/writguard tables generate-holidays --from 2000 --to 2040");
    }

    @Test
    void legalHolidaysAreVerifiedPrimaryRowsAndObservedDaysAreFlaggedUncertain() {
        List<Map<String, String>> rows = DetentionTables.holidayRows(HolidayCalendar.federal(2026, 2026, true));
        Map<String, String> july3 = rows.stream().filter(r -> r.get(DetentionTables.DATE).equals("2026-07-03")).findFirst().orElseThrow();
        assertEquals("TRUE", july3.get(DetentionTables.OBSERVED));
        assertEquals("U", july3.get(TableSchema.LABEL));
        assertEquals("FALSE", july3.get(TableSchema.VERIFIED));
        Map<String, String> labor = rows.stream().filter(r -> r.get(DetentionTables.DATE).equals("2026-09-07")).findFirst().orElseThrow();
        assertEquals("Labor Day", labor.get(DetentionTables.NAME));
        assertEquals("FALSE", labor.get(DetentionTables.OBSERVED));
        assertEquals("5 U.S.C. § 6103(a)", labor.get(TableSchema.CITATION));
        assertEquals("2026", labor.get(DetentionTables.YEAR));
    }

    @Test
    void aHolidayRowFiledUnderTheWrongYearIsRejectedWithItsCell() throws Exception {
        List<Map<String, String>> rows = DetentionTables.holidayRows(HolidayCalendar.federal(2026, 2026, false));
        rows.get(0).put(DetentionTables.YEAR, "2025");
        byte[] bytes = TableWriter.toBytes(DetentionTables.HOLIDAYS, null, rows);
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(bytes, "bad-holidays.drl.xlsx");
        assertFalse(r.ok());
        assertTrue(r.problems().toString().contains("does not match the date 2026-01-01"), r.problems().toString());
    }

    @Test
    void aPolicyRowNamingAnUnknownStateIsRejected() throws Exception {
        Map<String, String> row = new HashMap<>(Map.of(DetentionTables.STATE, "XX", DetentionTables.FORM, "ANY",
                TableSchema.ROW_ID, "R1", DetentionTables.POLICY, "BOTH", TableSchema.CITATION, "test",
                TableSchema.VERIFIED, "FALSE", TableSchema.LABEL, "U"));
        byte[] bytes = TableWriter.toBytes(DetentionTables.HOLD_LIMIT_POLICY, null, List.of(row));
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(bytes, "bad-policy.drl.xlsx");
        assertFalse(r.ok());
        assertTrue(r.problems().toString().contains("XX"), r.problems().toString());
    }

    @Test
    void policyKeysAreAskedFromTheMostSpecificToTheWildcard() {
        List<String[]> keys = DetentionTopic.keys("CA", "I247A");
        assertEquals(List.of("CA/I247A", "CA/ANY", "ANY/I247A", "ANY/ANY"),
                keys.stream().map(k -> k[0] + "/" + k[1]).toList());
        assertEquals(List.of("ANY/ANY"), DetentionTopic.keys(null, null).stream().map(k -> k[0] + "/" + k[1]).toList());
    }

    @Test
    void theShippedPolicyDefaultsToBothMeasures() {
        LoadedTable t = TestRuleBook.get().tables().get(DetentionTables.HOLD_LIMIT_POLICY.name());
        TableRow any = t.rows().stream().filter(r -> "ANY".equals(r.get(DetentionTables.STATE))
                && "ANY".equals(r.get(DetentionTables.FORM))).findFirst().orElseThrow();
        assertEquals("BOTH", any.get(DetentionTables.POLICY));
    }
}
