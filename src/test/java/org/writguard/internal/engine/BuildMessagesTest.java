package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableCompiler;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableSchemas;
import org.writguard.internal.tables.TableWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildMessagesTest {
    static final TableSchema TYPO = TableSchema.builder("DevTypo").packageName("org.writguard.rules.devtypo")
            .lookup(DevLookup.class)
            .condition("NAME", "Name", "nmae", ColumnType.TEXT, true, "")
            .action("OUT", "Out", ColumnType.TEXT, true, "").build();
    static final TableSchema GOOD = TableSchema.builder("DevGood").packageName("org.writguard.rules.devgood")
            .lookup(DevLookup.class)
            .condition("NAME", "Name", "name", ColumnType.TEXT, true, "")
            .condition("COUNT", "Count", "count", ColumnType.TEXT, true, "")
            .action("OUT", "Out", ColumnType.TEXT, true, "").build();

    static List<Map<String, String>> rows(int n) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("NAME", "n" + i);
            m.put("COUNT", "5");
            m.put(TableSchema.ROW_ID, "R" + i);
            m.put("OUT", "o");
            m.put(TableSchema.CITATION, "c");
            m.put(TableSchema.VERIFIED, "TRUE");
            m.put(TableSchema.LABEL, "P");
            rows.add(m);
        }
        return rows;
    }

    static RuleBookInputs.Input table(String name, TableSchema s, int n) throws IOException {
        return new RuleBookInputs.Input(name, TableWriter.toBytes(s, null, rows(n)));
    }

    @Test
    void aTemplateErrorRepeatedOnEveryRowIsReportedOnceAtTheTemplateCell() throws IOException {
        RuleBookInputs in = new RuleBookInputs(List.of(table("decision-tables/dev/typo.drl.xlsx", TYPO, 5)), List.of(), List.of());
        RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.build(in, new TableSchemas(List.of(TYPO))));
        assertEquals(1, e.getProblems().size(), e.getProblems().toString());
        TableProblem p = e.getProblems().get(0);
        assertEquals("decision-tables/dev/typo.drl.xlsx!DevTypo!A8", p.location());
        assertTrue(p.getMessage().contains("DevLookup has no property 'nmae'"), p.getMessage());
        assertTrue(p.getMessage().contains("tell a developer"), p.getMessage());
        assertEquals(5, e.getRawMessages().size(), "the compiler's own messages stay available for --verbose");
    }

    @Test
    void aDrlErrorNamesTheRuleFileAndLineAsTheUserKnowsThem() throws IOException {
        String drl = "package org.writguard.rules.devx;\n\nrule \"A\"\nwhen\n  Strin(length > 2)\nthen\nend\n";
        RuleBookInputs in = new RuleBookInputs(List.of(table("decision-tables/dev/good.drl.xlsx", GOOD, 2)),
                List.of(new RuleBookInputs.Input("rules/dev/x.drl", drl.getBytes(StandardCharsets.UTF_8))), List.of());
        RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.build(in, new TableSchemas(List.of(GOOD))));
        assertEquals(1, e.getProblems().size(), e.getProblems().toString());
        assertEquals("rules/dev/x.drl:5", e.getProblems().get(0).location());
        assertTrue(e.getProblems().get(0).getMessage().contains("unknown fact type 'Strin'"), e.getProblems().get(0).getMessage());
    }

    @Test
    void aMessageAboutSomeRowsIsReportedOncePerCellEvenWhenRepeated() throws IOException {
        LoadedTable t = new TableReader(new TableSchemas(List.of(GOOD)))
                .read(TableWriter.toBytes(GOOD, null, rows(4)), "decision-tables/dev/good.drl.xlsx").table().orElseThrow();
        TableCompiler.Compiled c = TableCompiler.compile(t);
        String path = "src/main/resources/org/writguard/rules/devgood/table0.drl";
        Map<String, LoadedTable> tableByRule = new LinkedHashMap<>();
        Map<String, TableRow> rowByRule = new LinkedHashMap<>(c.rowsByRule());
        rowByRule.keySet().forEach(r -> tableByRule.put(r, t));
        int line = lineOf(c.drl(), "count == \"5\"", 2);
        Message m = message("org/writguard/rules/devgood/table0.drl", line,
                "Unable to Analyse Expression count == \"5\": [Error: something odd]");
        List<TableProblem> problems = BuildMessages.translate(List.of(m, m, m), Map.of(path, t.file()),
                Map.of(path, c.drl()), tableByRule, rowByRule);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("decision-tables/dev/good.drl.xlsx!DevGood!B11", problems.get(0).location());
        assertTrue(problems.get(0).getMessage().contains("row 11 (id R1), column Count"), problems.get(0).getMessage());
    }

    /** The line number of the n-th (1-based) line containing text. */
    static int lineOf(String drl, String text, int nth) {
        String[] lines = drl.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text) && ++seen == nth) return i + 1;
        }
        throw new AssertionError(text);
    }

    static Message message(String path, int line, String text) {
        return new Message() {
            public long getId() { return 1; }
            public Level getLevel() { return Level.ERROR; }
            public String getPath() { return path; }
            public int getLine() { return line; }
            public int getColumn() { return 0; }
            public String getText() { return text; }
        };
    }
}
