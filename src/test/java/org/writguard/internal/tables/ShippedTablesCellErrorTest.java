package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst who breaks one cell of any shipped table gets exactly one line naming file!Sheet!Cell and
 * what to type instead: for every table under decision-tables/, one wrong value per column (first data
 * row), and one required cell emptied.
 */
class ShippedTablesCellErrorTest {
    /** A value each column type refuses, and a word the message must contain to tell the analyst the fix. */
    static final Map<ColumnType, String[]> BAD = new EnumMap<>(ColumnType.class);

    static {
        BAD.put(ColumnType.ENUM, new String[] {"NOT_A_CODE", "is not one of"});
        BAD.put(ColumnType.ID, new String[] {"two words", "is not an id"});
        BAD.put(ColumnType.STATE, new String[] {"XX", "two-letter USPS state code"});
        BAD.put(ColumnType.TEXT, new String[] {"say \"hi\"", "use ' or"});
        BAD.put(ColumnType.DATE, new String[] {"2025-02-30", "YYYY-MM-DD"});
        BAD.put(ColumnType.INTEGER, new String[] {"12h", "whole number"});
        BAD.put(ColumnType.DECIMAL, new String[] {"1,5", "decimal point"});
        BAD.put(ColumnType.BOOLEAN, new String[] {"YES", "TRUE or FALSE"});
        BAD.put(ColumnType.LABEL, new String[] {"Q", "P, S, K, U"});
        BAD.put(ColumnType.REVISION, new String[] {"rev 1", "template revision"});
    }

    @TestFactory
    List<DynamicTest> oneBrokenCellGivesOneLineNamingTheCellAndTheFix() {
        RuleBookInputs shipped = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));
        TableReader reader = new TableReader(Modules.schemaSet());
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleBookInputs.Input table : shipped.tables()) {
            TableSchema schema = reader.read(table.bytes(), table.name()).table().orElseThrow().schema();
            for (int c = 0; c < schema.columns().size(); c++) {
                ColumnSpec col = schema.columns().get(c);
                String[] bad = BAD.get(col.type());
                tests.add(check(shipped, table, schema, c, bad[0], bad[1], col.label() + " = " + bad[0]));
            }
            int required = schema.indexOf(TableSchema.CITATION);
            tests.add(check(shipped, table, schema, required, "", "is empty; column Citation needs", "Citation emptied"));
        }
        return tests;
    }

    static DynamicTest check(RuleBookInputs shipped, RuleBookInputs.Input table, TableSchema schema, int col,
                             String value, String says, String what) {
        String cell = TableReader.columnLetter(col) + (TableSchema.FIRST_DATA_ROW + 1);
        return DynamicTest.dynamicTest(table.name() + " " + cell + " (" + what + ")", () -> {
            byte[] broken = edit(table.bytes(), schema.sheet(), col, value);
            // The broken table alone with the rules: the same build path, without re-reading the others.
            List<RuleBookInputs.Input> tables = List.of(new RuleBookInputs.Input(table.name(), broken));
            RuleBookException e = assertThrows(RuleBookException.class,
                    () -> Engine.build(new RuleBookInputs(tables, shipped.rules(), List.of())));
            assertEquals(1, e.getProblems().size(), e.getProblems().toString());
            TableProblem p = e.getProblems().get(0);
            assertEquals(table.name() + "!" + schema.sheet() + "!" + cell, p.location());
            assertTrue(p.getMessage().contains(says), p.getMessage());
            assertTrue(!p.getMessage().contains("\n"), "one line: " + p.getMessage());
        });
    }

    static byte[] edit(byte[] xlsx, String sheet, int col, String value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(sheet);
            Row row = s.getRow(TableSchema.FIRST_DATA_ROW);
            if (value.isEmpty()) {
                if (row.getCell(col) != null) row.removeCell(row.getCell(col));
            } else {
                (row.getCell(col) == null ? row.createCell(col) : row.getCell(col)).setCellValue(value);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
