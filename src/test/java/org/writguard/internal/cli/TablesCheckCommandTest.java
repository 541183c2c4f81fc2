package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableWriter;
import org.writguard.internal.topics.authority.AuthorityTables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesCheckCommandTest {
    static final String MATRIX = "decision-tables/authority/model-function-matrix.drl.xlsx";

    @TempDir
    Path tmp;

    /** The shipped matrix rows as column-key maps (sheet rows 10, 11, ...). */
    static List<Map<String, String>> matrixRows(Path root) {
        var t = new TableReader(Modules.schemaSet()).read(root.resolve(MATRIX), MATRIX).table().orElseThrow();
        List<Map<String, String>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new LinkedHashMap<>(r.values())));
        return rows;
    }

    @Test
    void theShippedTablesAreCleanEvenUnderStrict() {
        Cli r = Cli.run("tables", "check", Cli.copyRuleBook(tmp).resolve("decision-tables").toString(), "--strict");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().contains(": 0 errors, 0 warnings"), r.toString());
    }

    @Test
    void lintWarningsAreListedAndFailOnlyUnderStrict() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        List<Map<String, String>> rows = matrixRows(root);
        int n = rows.size();
        Map<String, String> repeat = new LinkedHashMap<>(rows.get(0));
        repeat.put(TableSchema.ROW_ID, "JEM-01-COPY");
        Map<String, String> contradiction = new LinkedHashMap<>(rows.get(1));
        contradiction.put(TableSchema.ROW_ID, "JEM-02-YES");
        contradiction.put(AuthorityTables.ALLOWED, "YES");
        rows.get(2).put(TableSchema.LABEL, "U");
        rows.add(repeat);
        rows.add(contradiction);
        TableWriter.write(AuthorityTables.MATRIX, null, rows, root.resolve(MATRIX));

        // The matrix's hit policy is UNIQUE: a repeated or contradicting row is an error naming both cells (issue 13
        // item 1), and the rule book does not build; the [U] row stays a warning.
        Cli check = Cli.run("tables", "check", root.resolve("decision-tables").toString());
        assertEquals(ExitCodes.RULE_BOOK, check.code(), check.toString());
        int repeatRow = 10 + n;
        int contradictionRow = 11 + n;
        assertEquals(List.of(
                "error: " + MATRIX + "!Matrix!A" + repeatRow + ": rows 10 and " + repeatRow + " (cells A10 and A" + repeatRow
                        + ") can both match Model JEM, Template revision 2025-02-15, Function INTERROGATE_STATUS, but the"
                        + " table's hit policy is UNIQUE (one row per question): make their conditions differ, or delete one",
                "error: " + MATRIX + "!Matrix!A" + contradictionRow + ": rows 11 and " + contradictionRow + " (cells A11 and A"
                        + contradictionRow + ") can both match Model JEM, Template revision 2025-02-15, Function"
                        + " WARRANTLESS_ARREST_CIVIL, but the table's hit policy is UNIQUE (one row per question): make their"
                        + " conditions differ, or delete one",
                "warning: " + MATRIX + "!Matrix!K12: row 12 is labelled [U] but marked verified; an uncertain row is"
                        + " treated as unverified (MEDIUM at most, confidence LOW): set Verified to FALSE or change the label",
                shippedTables() + " tables, " + (shippedRows() + 2) + " rows: 2 errors, 1 warnings"),
                check.out().lines().toList(), check.toString());

        // Without the two rows the build passes and the warning fails only under --strict.
        TableWriter.write(AuthorityTables.MATRIX, null, rows.subList(0, n), root.resolve(MATRIX));
        Cli lenient = Cli.run("tables", "check", root.resolve("decision-tables").toString());
        assertEquals(ExitCodes.OK, lenient.code(), lenient.toString());
        Cli strict = Cli.run("tables", "check", root.resolve("decision-tables").toString(), "--strict");
        assertEquals(ExitCodes.RULE_BOOK, strict.code(), strict.toString());
        assertTrue(strict.out().endsWith("0 errors, 1 warnings (--strict)\n"), strict.toString());
    }

    @Test
    void aBrokenCellIsAnErrorNamingTheCellAndExitsThree() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        List<Map<String, String>> rows = matrixRows(root);
        rows.get(0).put(AuthorityTables.ALLOWED, "MAYBE");
        // TableWriter refuses nothing: it writes what it is given, as an analyst's Excel would.
        TableWriter.write(AuthorityTables.MATRIX, null, rows, root.resolve(MATRIX));
        Cli r = Cli.run("tables", "check", root.resolve("decision-tables").toString());
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.out().startsWith("error: " + MATRIX + "!Matrix!E10: \"MAYBE\" is not one of YES, NO, UNCERTAIN"
                + " (column Allowed)\n"), r.toString());
        assertTrue(r.out().contains(": 1 errors, 0 warnings"), r.toString());
    }

    @Test
    void aMissingDirectoryIsBadInput() {
        Cli r = Cli.run("tables", "check", tmp.resolve("nope").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("no such tables directory"), r.toString());
        assertTrue(Files.notExists(tmp.resolve("nope")));
    }

    private static int shippedTables() { return org.writguard.testing.TestRuleBook.get().tables().size(); }

    private static int shippedRows() {
        return org.writguard.testing.TestRuleBook.get().tables().values().stream().mapToInt(t -> t.rows().size()).sum();
    }
}
