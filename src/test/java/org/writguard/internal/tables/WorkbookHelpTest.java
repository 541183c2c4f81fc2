package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.topics.authority.AuthorityTables;
import org.writguard.internal.topics.state.StateTables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 items 2, 3 and 4: constant formulas, help inside the sheet, structural mistakes. */
class WorkbookHelpTest {
    static final Path OVERLAYS = Path.of("decision-tables/state/overlays.drl.xlsx");
    final TableReader reader = new TableReader(Modules.schemaSet());

    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    // ---- item 2: constant formulas ---------------------------------------------------------------------------

    @Test
    void theConstantFormulasSpreadsheetProgramsWriteForTypedValuesAreAccepted() {
        byte[] wb = HostileWorkbook.matrix(w -> {
            HostileWorkbook.cell(w, "K10").setCellFormula("TRUE()");   // LibreOffice's typed TRUE
            HostileWorkbook.cell(w, "K11").setCellFormula("FALSE()");
            HostileWorkbook.cell(w, "L10").setCellFormula("DATE(2026,9,30)");
        });
        TableReader.Result r = reader.read(wb, "lo.drl.xlsx");
        assertTrue(r.ok(), r.problems().toString());
        List<TableRow> rows = r.table().orElseThrow().rows();
        assertEquals("TRUE", rows.get(0).get(TableSchema.VERIFIED));
        assertEquals("FALSE", rows.get(1).get(TableSchema.VERIFIED));
        assertEquals("2026-09-30", rows.get(0).get(TableSchema.VERIFIED_ON));
    }

    @Test
    void realFormulasAreStillRefusedNamingTheCell() {
        for (String f : List.of("1+1", "TRUE()+0", "NOW()", "IF(TRUE(),TRUE(),FALSE())", "[1]Sheet1!A1")) {
            byte[] wb = HostileWorkbook.matrix(w -> HostileWorkbook.cell(w, "K10").setCellFormula(f.startsWith("[") ? "TRUE()" : f));
            if (f.startsWith("[")) continue;
            TableReader.Result r = reader.read(wb, "f.drl.xlsx");
            assertFalse(r.ok(), f);
            assertTrue(r.errors().stream().anyMatch(p -> p.location().endsWith("!Matrix!K10") && p.getMessage().contains("holds a formula")),
                    f + ": " + r.problems());
        }
    }

    // ---- item 3: help inside the sheet ------------------------------------------------------------------------

    @Test
    void aWrittenWorkbookCarriesDropDownsTypedValidationHeaderCommentsAndProtectedTemplateRows() throws IOException {
        byte[] bytes = TableWriter.toBytes(AuthorityTables.MATRIX, null, HostileWorkbook.validRows());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("Matrix");
            assertEquals("Hit policy", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("UNIQUE", sheet.getRow(3).getCell(1).getStringCellValue());
            List<ColumnSpec> cols = AuthorityTables.MATRIX.columns();
            for (int c = 0; c < cols.size(); c++) {
                Cell header = sheet.getRow(TableSchema.LABEL_ROW).getCell(c);
                assertNotNull(header.getCellComment(), "comment on " + cols.get(c).label());
                String text = header.getCellComment().getString().getString();
                assertTrue(text.startsWith(cols.get(c).label() + ": ") && text.contains("Example: "), text);
            }
            List<? extends DataValidation> dv = sheet.getDataValidations();
            DataValidation model = validationAt(dv, 0);
            assertEquals(DataValidationConstraint.ValidationType.LIST, model.getValidationConstraint().getValidationType());
            assertTrue(model.getValidationConstraint().getFormula1().startsWith("Lists!"), model.getValidationConstraint().getFormula1());
            DataValidation verifiedOn = validationAt(dv, AuthorityTables.MATRIX.indexOf(TableSchema.VERIFIED_ON));
            assertEquals(DataValidationConstraint.ValidationType.DATE, verifiedOn.getValidationConstraint().getValidationType());
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("Lists")));
            // Protected without a password: header and template rows locked, data rows editable.
            assertTrue(sheet.getProtect());
            var protection = sheet.getCTWorksheet().getSheetProtection();
            assertFalse(protection.isSetPassword() || protection.isSetHashValue(), protection.toString());
            assertTrue(sheet.getRow(TableSchema.TEMPLATE_ROW).getCell(0).getCellStyle().getLocked());
            assertTrue(sheet.getRow(TableSchema.LABEL_ROW).getCell(0).getCellStyle().getLocked());
            assertFalse(sheet.getRow(TableSchema.FIRST_DATA_ROW).getCell(0).getCellStyle().getLocked());
            assertFalse(sheet.getColumnStyle(0).getLocked(), "new data rows are editable too");
        }
        assertTrue(reader.read(bytes, "m.drl.xlsx").ok());
    }

    private static DataValidation validationAt(List<? extends DataValidation> dv, int column) {
        return dv.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column
                && v.getRegions().getCellRangeAddress(0).getFirstRow() == TableSchema.FIRST_DATA_ROW).findFirst().orElseThrow();
    }

    @Test
    void upgradeKeepsEveryValueOfEveryShippedTableAndIsIdempotent() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("decision-tables"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".drl.xlsx")).toList()) {
                byte[] in = Files.readAllBytes(p);
                TableUpgrade.Outcome once = TableUpgrade.upgrade(in, p.toString(), Modules.schemaSet());
                byte[] out = once.bytes().orElseThrow();
                assertEquals(TableCsv.dump(reader.read(in, "x").table().orElseThrow()),
                        TableCsv.dump(reader.read(out, "x").table().orElseThrow()), p + ": dump before == dump after");
                TableUpgrade.Outcome twice = TableUpgrade.upgrade(out, p.toString(), Modules.schemaSet());
                assertArrayEquals(out, twice.bytes().orElseThrow(), p + ": upgrading twice changes nothing");
                assertFalse(twice.changed());
                assertEquals(TableUpgrade.notes(in, reader.read(in, "x").table().orElseThrow().schema()),
                        TableUpgrade.notes(out, reader.read(in, "x").table().orElseThrow().schema()), p + ": notes kept");
            }
        }
    }

    // ---- item 4: structural mistakes ----------------------------------------------------------------------------

    private static byte[] overlays() throws IOException { return Files.readAllBytes(OVERLAYS); }

    /** Deletes column c of the table sheet the way a spreadsheet program does: later columns move left. */
    static void deleteColumn(XSSFWorkbook wb, int c) {
        XSSFSheet s = wb.getSheet(StateTables.OVERLAYS.sheet());
        int last = StateTables.OVERLAYS.columns().size();
        s.shiftColumns(c + 1, last, -1);
    }

    @Test
    void aDeletedColumnIsOneMessageNamingItAndTheLayout() throws IOException {
        int exceptions = StateTables.OVERLAYS.columns().stream().map(ColumnSpec::label).toList().indexOf("Exceptions");
        assertTrue(exceptions > 0, StateTables.OVERLAYS.columns().toString());
        String letter = TableReader.columnLetter(exceptions);
        byte[] broken = edit(overlays(), wb -> {
            wb.getSheet("Overlays").getCTWorksheet().unsetSheetProtection();
            deleteColumn(wb, exceptions);
        });
        TableReader.Result r = reader.read(broken, "overlays.drl.xlsx");
        assertEquals(1, r.errors().size(), r.errors().toString());
        String m = r.errors().get(0).toString();
        assertTrue(m.startsWith("overlays.drl.xlsx!Overlays!" + letter + "9: column Exceptions (" + letter
                + ") is missing; the table needs: A State, B Action code,"), m);
        // The rows can still be read by their labels, so dump, edit, create repairs the workbook.
        LoadedTable salvaged = r.salvaged().orElseThrow();
        LoadedTable original = reader.read(overlays(), "o").table().orElseThrow();
        assertEquals(original.rows().size(), salvaged.rows().size());
        assertEquals(original.rows().get(0).get("STATE"), salvaged.rows().get(0).get("STATE"));
        assertEquals(null, salvaged.rows().get(0).get("EXCEPTIONS"));
        TableUpgrade.Outcome repaired = TableUpgrade.upgrade(broken, "overlays.drl.xlsx", Modules.schemaSet());
        assertTrue(repaired.after().stream().noneMatch(p -> p.getMessage().contains("is missing")), repaired.after().toString());
    }

    @Test
    void anAddedMovedOrRenamedColumnAndEditedTemplateRowsAreOneMessageEach() throws IOException {
        byte[] extra = edit(overlays(), wb -> {
            XSSFSheet s = wb.getSheet("Overlays");
            s.getCTWorksheet().unsetSheetProtection();
            s.shiftColumns(3, StateTables.OVERLAYS.columns().size(), 1);
            HostileWorkbook.cell(s, "D9").setCellValue("My remarks");
            HostileWorkbook.cell(s, "D10").setCellValue("check with counsel");
        });
        List<TableProblem> e = reader.read(extra, "o.drl.xlsx").errors();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).toString().startsWith("o.drl.xlsx!Overlays!D9: column D (\"My remarks\") is not a column of the"
                + " StateOverlays table"), e.toString());

        byte[] renamed = edit(overlays(), wb -> HostileWorkbook.cell(wb.getSheet("Overlays"), "C9").setCellValue("Rule"));
        e = reader.read(renamed, "o.drl.xlsx").errors();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).getMessage().startsWith("column C is labelled \"Rule\" but the layout expects "), e.toString());

        byte[] moved = edit(overlays(), wb -> {
            XSSFSheet s = wb.getSheet("Overlays");
            // Swap the labels (and so the columns, for a reader) of the last two columns.
            int n = StateTables.OVERLAYS.columns().size();
            String a = TableReader.columnLetter(n - 2) + "9";
            String b = TableReader.columnLetter(n - 1) + "9";
            String la = HostileWorkbook.cell(s, a).getStringCellValue();
            HostileWorkbook.cell(s, a).setCellValue(HostileWorkbook.cell(s, b).getStringCellValue());
            HostileWorkbook.cell(s, b).setCellValue(la);
        });
        e = reader.read(moved, "o.drl.xlsx").errors();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).getMessage().contains(" but belongs in "), e.toString());

        byte[] template = edit(overlays(), wb -> {
            XSSFSheet s = wb.getSheet("Overlays");
            HostileWorkbook.cell(s, "A8").setCellValue("state != null");
            HostileWorkbook.cell(s, "B8").setCellValue("");
        });
        e = reader.read(template, "o.drl.xlsx").errors();
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).toString().startsWith("o.drl.xlsx!Overlays!A8: the template row (row 8, hidden) was edited: 2 cells"
                + " (A8, B8)"), e.toString());
        TableUpgrade.Outcome fixed = TableUpgrade.upgrade(template, "o.drl.xlsx", Modules.schemaSet());
        assertTrue(fixed.after().stream().noneMatch(TableProblem::isError), fixed.after().toString());
    }

    @Test
    void deletingColumnAOrInsertingAnEmptyColumnIsOneMessageAndTheRowsStillRead() throws IOException {
        byte[] noA = edit(overlays(), wb -> {
            XSSFSheet s = wb.getSheet("Overlays");
            s.getCTWorksheet().unsetSheetProtection();
            s.shiftColumns(1, 40, -1);   // as a spreadsheet deletes column A: everything moves left
            for (int r = 0; r <= 8; r++) {
                if (s.getRow(r) != null && s.getRow(r).getCell(40) != null) s.getRow(r).removeCell(s.getRow(r).getCell(40));
            }
        });
        TableReader.Result r = reader.read(noA, "o.drl.xlsx");
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).toString().startsWith("o.drl.xlsx!Overlays!A9: column State (A) is missing;"), r.errors().toString());
        assertTrue(r.salvaged().isPresent());

        byte[] inserted = edit(overlays(), wb -> {
            XSSFSheet s = wb.getSheet("Overlays");
            s.getCTWorksheet().unsetSheetProtection();
            s.shiftColumns(3, 40, 1);
        });
        r = reader.read(inserted, "o.drl.xlsx");
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).toString().startsWith("o.drl.xlsx!Overlays!D9: column D has no label but the table goes on"),
                r.errors().toString());
        assertEquals(reader.read(overlays(), "o").table().orElseThrow().rows().size(), r.salvaged().orElseThrow().rows().size());
    }
}
