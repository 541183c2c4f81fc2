package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.engine.DevLookupForTables;
import org.writguard.internal.engine.Modules;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.engine.ParametersTopic;
import org.writguard.findings.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 items 1, 5 and 6: hit policies, dated parameters, where a value came from. */
class HitPolicyTest {
    static final String PARAMS = "decision-tables/parameters/analyst-parameters.drl.xlsx";
    static final Path SCENARIO_1 = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");

    @TempDir
    Path tmp;

    static TableSchema schema(HitPolicy policy) {
        return TableSchema.builder("Laws").packageName("org.writguard.rules.laws").lookup(DevLookupForTables.class)
                .hitPolicy(policy)
                .condition("STATE", "State", "name", ColumnType.STATE, true, "")
                .condition("ACT", "Act", "count", ColumnType.ENUM, false, "", "HOLD", "ARREST")
                .action("RESULT", "Result", ColumnType.ENUM, true, "", "PROHIBITED", "REQUIRED")
                .dated()
                .build();
    }

    static Map<String, String> row(String id, String act, String result, String from, String to) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STATE", "CA");
        if (act != null) m.put("ACT", act);
        m.put(TableSchema.ROW_ID, id);
        m.put("RESULT", result);
        if (from != null) m.put(TableSchema.EFFECTIVE_FROM, from);
        if (to != null) m.put(TableSchema.EFFECTIVE_TO, to);
        m.put(TableSchema.CITATION, "Cal. Gov. Code § 7284.6");
        m.put(TableSchema.VERIFIED, "TRUE");
        m.put(TableSchema.LABEL, "P");
        return m;
    }

    static List<TableProblem> overlaps(TableSchema s, List<Map<String, String>> rows) {
        List<TableRow> list = new ArrayList<>();
        int r = TableSchema.FIRST_DATA_ROW + 1;
        for (Map<String, String> m : rows) list.add(new TableRow(r++, m));
        return TableLint.overlaps(new LoadedTable("laws.drl.xlsx", s, list, "", List.of()));
    }

    @Test
    void underUniqueTwoRowsThatCanMatchOneQuestionAreAnErrorNamingBothCellsEvenWhenTheyAgree() {
        // An empty Act matches any act, so row 11 (HOLD) and row 10 (any) answer "CA, HOLD" together.
        List<TableProblem> p = overlaps(schema(HitPolicy.UNIQUE), List.of(
                row("CA-1", null, "PROHIBITED", null, null), row("CA-2", "HOLD", "PROHIBITED", null, null)));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).isError());
        assertEquals("laws.drl.xlsx!Laws!A11: rows 10 and 11 (cells A10 and A11) can both match State CA, Act HOLD on"
                + " any date .. open end, but the table's hit policy is UNIQUE (one row per question): make their conditions"
                + " or effective dates differ, or delete one", p.get(0).toString());
    }

    @Test
    void underUniqueRowsWhoseEffectiveDatesDoNotOverlapAreFine() {
        assertEquals(List.of(), overlaps(schema(HitPolicy.UNIQUE), List.of(
                row("CA-1", "HOLD", "PROHIBITED", null, "2025-12-31"), row("CA-2", "HOLD", "REQUIRED", "2026-01-01", null))));
        List<TableProblem> touching = overlaps(schema(HitPolicy.UNIQUE), List.of(
                row("CA-1", "HOLD", "PROHIBITED", null, "2026-01-01"), row("CA-2", "HOLD", "REQUIRED", "2026-01-01", null)));
        assertEquals(1, touching.size(), "both rows are in force on 2026-01-01: " + touching);
    }

    @Test
    void underPriorityTheMoreSpecificRowWinsButTwoEquallySpecificRowsThatDisagreeAreAnError() {
        assertEquals(List.of(), overlaps(schema(HitPolicy.PRIORITY), List.of(
                row("CA-ANY", null, "PROHIBITED", null, null), row("CA-HOLD", "HOLD", "REQUIRED", null, null))));
        List<TableProblem> p = overlaps(schema(HitPolicy.PRIORITY), List.of(
                row("CA-1", "HOLD", "PROHIBITED", null, null), row("CA-2", "HOLD", "REQUIRED", null, null)));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).isError() && p.get(0).getMessage().contains("PRIORITY") && p.get(0).getMessage().contains("A10 and A11"), p.toString());
    }

    @Test
    void underCollectOverlapsStayWarnings() {
        List<TableProblem> p = overlaps(schema(HitPolicy.COLLECT), List.of(
                row("CA-1", "HOLD", "PROHIBITED", null, null), row("CA-2", "HOLD", "REQUIRED", null, null)));
        assertEquals(1, p.size());
        assertFalse(p.get(0).isError());
    }

    @Test
    void choosingFollowsThePolicyNotTheRowOrder() {
        TableSchema s = schema(HitPolicy.PRIORITY);
        Map<Integer, TableRow> rows = Map.of(10, new TableRow(10, row("CA-ANY", null, "PROHIBITED", null, null)),
                11, new TableRow(11, row("CA-HOLD", "HOLD", "REQUIRED", null, null)));
        List<RowHit> hits = List.of(new RowHit("Laws_10"), new RowHit("Laws_11"));
        assertEquals("Laws_11", HitPolicy.PRIORITY.choose(s, hits, rows).get(0).rule());
        assertEquals("Laws_10", HitPolicy.FIRST.choose(s, hits, rows).get(0).rule());
        assertEquals(2, HitPolicy.COLLECT.choose(s, hits, rows).size());
    }

    /** The shipped parameters with extra rows, written into a copy of the rule book. */
    private Path withParameterRows(List<Map<String, String>> extra, java.util.function.Consumer<List<Map<String, String>>> edit)
            throws IOException {
        Path root = tmp.resolve("book" + System.nanoTime());
        for (String dir : new String[] {"decision-tables", "rules"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path to = root.resolve(p.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        LoadedTable t = new TableReader(Modules.schemaSet()).read(Path.of(PARAMS), PARAMS).table().orElseThrow();
        List<Map<String, String>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new LinkedHashMap<>(r.values())));
        edit.accept(rows);
        rows.addAll(extra);
        TableWriter.write(ParametersTopic.SCHEMA, null, rows, root.resolve(PARAMS));
        return root;
    }

    private static Map<String, String> detainerRow(String id, String value, String from, String to) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PARAMETER", "detainer_hold_max_hours");
        m.put(TableSchema.ROW_ID, id);
        m.put(ParametersTopic.VALUE, value);
        m.put(ParametersTopic.UNIT, "hours");
        if (from != null) m.put(TableSchema.EFFECTIVE_FROM, from);
        if (to != null) m.put(TableSchema.EFFECTIVE_TO, to);
        m.put(TableSchema.CITATION, "8 C.F.R. § 287.7(d)");
        m.put(TableSchema.VERIFIED, "TRUE");
        m.put(TableSchema.LABEL, "P");
        return m;
    }

    private static Engine book(Path root) {
        return Engine.build(RuleBookInputs.fromDirectories(root.resolve("decision-tables"), root.resolve("rules")));
    }

    private static boolean f13Regulatory(Report r) {
        return r.getFindings().stream().anyMatch(f -> f.getCode().getNumber().equals("F13") && "REGULATORY".equals(f.getVariant())
                && f.getStatus().name().equals("FIRED"));
    }

    @Test
    void aSecondParameterRowForTheSameQuestionNoLongerSilentlyWinsTheBuildRefusesIt() throws IOException {
        Path root = withParameterRows(List.of(detainerRow("P-DETAINER-72", "72", null, null)), rows -> { });
        RuleBookException e = assertThrows(RuleBookException.class, () -> book(root));
        List<TableProblem> errors = e.getProblems().stream().filter(TableProblem::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        String m = errors.get(0).toString();
        assertTrue(m.contains("analyst-parameters.drl.xlsx!Parameters!A") && m.contains("hit policy is UNIQUE")
                && m.matches(".*cells A\\d+ and A\\d+.*") && m.contains("Parameter detainer_hold_max_hours"), m);
    }

    @Test
    void theParameterValueInForceWhenTheHoldBeganApplies() throws IOException {
        // scenario 1: the hold began on 2026-06-12 and lasted 49 business hours.
        var caseFile = new CaseReader().read(SCENARIO_1);
        Path later = withParameterRows(List.of(detainerRow("P-DETAINER-72", "72", "2026-07-01", null)),
                rows -> rows.stream().filter(r -> "detainer_hold_max_hours".equals(r.get("PARAMETER")))
                        .forEach(r -> r.put(TableSchema.EFFECTIVE_TO, "2026-06-30")));
        Report r = book(later).assess(caseFile, "scenario-01");
        assertTrue(f13Regulatory(r), "the 72-hour limit starts after the hold: 48 applies");
        Finding f = r.getFindings().stream().filter(x -> x.getCode().getNumber().equals("F13") && "REGULATORY".equals(x.getVariant()))
                .findFirst().orElseThrow();
        assertEquals(48, ((Number) f.getComputed().get("limit_hours")).intValue());
        assertTrue(f.getComputed().get("limit_hours_source").toString().startsWith("table row "), f.getComputed().toString());
        assertTrue(f.getComputed().get("limit_hours_source").toString().contains("to 2026-06-30"), f.getComputed().toString());

        Path earlier = withParameterRows(List.of(detainerRow("P-DETAINER-72", "72", "2026-06-01", null)),
                rows -> rows.stream().filter(r2 -> "detainer_hold_max_hours".equals(r2.get("PARAMETER")))
                        .forEach(r2 -> r2.put(TableSchema.EFFECTIVE_TO, "2026-05-31")));
        assertFalse(f13Regulatory(book(earlier).assess(caseFile, "scenario-01")), "72 hours was in force when the hold began");
    }

    @Test
    void aCaseOverrideSaysSoInComputedAndTheReportNamesTheHitPolicy() {
        Engine book = Engine.load(Path.of("decision-tables"), Path.of("rules"));
        Report r = book.assess(new CaseReader().read(Path.of("examples/scenario-10-i130-delay-dc.yaml")), "scenario-10");
        Finding trac = r.getFindings().stream().filter(f -> f.getComputed().containsKey("trac_cutoff")).findFirst().orElseThrow();
        assertEquals("case parameters", trac.getComputed().get("trac_cutoff_source"));
        assertEquals("case parameters", trac.getComputed().get("delay_threshold_days_source"));
        assertTrue(trac.getComputed().get("trac_weights").toString().contains("(table row "), trac.getComputed().toString());

        Report wso = book.assess(new CaseReader().read(Path.of("examples/scenario-02-wso-interrogation-fl.yaml")), "scenario-02");
        String json = ReportWriter.json(wso);
        assertTrue(json.contains("\"rule\" : \"ModelFunctionMatrix_") && json.contains("\"hit_policy\" : \"UNIQUE\""), json);
    }

    @Test
    void everyShippedTableDeclaresItsPolicyAndShowsItInCellB4() throws IOException {
        for (TableSchema s : Modules.schemaSet().all()) {
            assertTrue(s.hitPolicy() != null, s.name());
        }
        TableReader reader = new TableReader(Modules.schemaSet());
        try (Stream<Path> files = Files.walk(Path.of("decision-tables"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl.xlsx")).toList()) {
                TableReader.Result res = reader.read(p, p.toString());
                assertTrue(res.ok(), res.problems().toString());
                assertEquals(List.of(), res.problems(), "no warning (a missing hit-policy cell is one)");
            }
        }
    }
}
