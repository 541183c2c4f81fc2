package org.writguard.internal.tables;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.topics.authority.AuthorityTables;
import org.writguard.internal.topics.authority.MatrixLookup;
import org.writguard.internal.topics.roster.RosterLookup;
import org.writguard.internal.topics.roster.RosterTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Text a cell may hold (no quote, backslash, '$', line break or invisible character) is inert: it reaches
 * the engine as exactly the text the analyst typed, whatever DRL or Java it resembles.
 */
class AcceptedValuesRoundTripTest {
    static final List<String> INERT = List.of(
            "end rule evil when then " + HostileWorkbookTest.PWN_NO_QUOTES + "; end",
            "*/ " + HostileWorkbookTest.PWN_NO_QUOTES + "; /*",
            "// comment then code",
            "it's the agency's jail; see § 287.5(c)(1), (2)",
            "#{pwned} @{pwned} %s {0} ${", // refused: it holds a dollar sign
            "q.put(kcontext, 'ALLOWED', 'NO');",
            "when then end rule query function declare import global",
            "a, b, c; d",
            "ünïcødé — “curly quotes” ‘single’ ✓ 𝔘");

    @AfterEach
    void clear() { System.clearProperty(HostileWorkbook.PROPERTY); }

    @Test
    void inertTextReachesTheEngineVerbatimAndRunsNothing() {
        TableSchema schema = AuthorityTables.MATRIX;
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (String v : INERT) {
            if (ColumnType.TEXT.check(v, List.of()).isOk()) accepted.add(v);
            else assertTrue(v.contains("$"), "refused unexpectedly: " + v);
        }
        int i = 0;
        for (String v : accepted) {
            Map<String, String> m = new LinkedHashMap<>(HostileWorkbook.validRows().get(0));
            m.put("FUNCTION", AuthorityTables.DELEGABLE.get(i));
            m.put(TableSchema.ROW_ID, "R" + i++);
            m.put(AuthorityTables.MOA_TERM, v);
            m.put(TableSchema.NOTES, v);
            rows.add(m);
        }
        LoadedTable t = load(schema, rows);
        KieSession s = session(t);
        try {
            for (int k = 0; k < accepted.size(); k++) {
                MatrixLookup q = new MatrixLookup("JEM", "2025-02-15", AuthorityTables.DELEGABLE.get(k));
                s.insert(q);
                s.fireAllRules();
                assertEquals(1, q.hits().size(), accepted.get(k));
                assertEquals(accepted.get(k), q.hits().get(0).text(AuthorityTables.MOA_TERM));
                assertEquals(accepted.get(k), q.hits().get(0).text(TableSchema.NOTES));
            }
        } finally {
            s.dispose();
        }
        assertNull(System.getProperty(HostileWorkbook.PROPERTY));
    }

    @Test
    void extremeWholeNumbersSurviveTheSpreadsheetCompiler() {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] numbers = {"999999999", "-999999999", "0", "1"};
        for (int k = 0; k < numbers.length; k++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(RosterTable.AGENCY_ID, "TX-agency-" + k);
            m.put(TableSchema.ROW_ID, "R" + k);
            m.put(RosterTable.AGENCY_NAME, "Agency");
            m.put(RosterTable.STATE, "TX");
            m.put(RosterTable.MODEL, "TFM");
            m.put(RosterTable.SIGNED, "2025-01-01");
            m.put(RosterTable.MOA_LINK_STATE, "NONE");
            m.put(RosterTable.SOURCE_FILE, "f.xlsx");
            m.put(RosterTable.SOURCE_ROW, numbers[k]);
            m.put(TableSchema.CITATION, "ICE");
            m.put(TableSchema.VERIFIED, "TRUE");
            m.put(TableSchema.LABEL, "P");
            rows.add(m);
        }
        KieSession s = session(load(RosterTable.SCHEMA, rows));
        try {
            for (int k = 0; k < numbers.length; k++) {
                RosterLookup q = new RosterLookup("TX-agency-" + k);
                s.insert(q);
                s.fireAllRules();
                assertEquals(Integer.valueOf(numbers[k]), q.hits().get(0).integer(RosterTable.SOURCE_ROW));
            }
        } finally {
            s.dispose();
        }
    }

    static LoadedTable load(TableSchema schema, List<Map<String, String>> rows) {
        try {
            TableReader.Result r = new TableReader(Modules.schemaSet())
                    .read(TableWriter.toBytes(schema, null, rows), "t.drl.xlsx");
            if (!r.ok()) fail(r.problems().toString());
            return r.table().get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static KieSession session(LoadedTable t) {
        return new KieHelper().addContent(TableCompiler.compile(t).drl(), ResourceType.DRL).build().newKieSession();
    }
}
