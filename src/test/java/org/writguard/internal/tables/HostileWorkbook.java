package org.writguard.internal.tables;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.writguard.internal.topics.authority.AuthorityTables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds hostile variants of a valid model-function matrix workbook with POI: start from the layout
 * writguard writes, then let a test edit any cell, sheet or merge the way an attacker with Excel would.
 */
public final class HostileWorkbook {
    /** The payload every test tries to run; the property must stay unset. */
    public static final String PROPERTY = "pwned";

    private HostileWorkbook() { }

    /** Three valid rows of the matrix (sheet rows 10-12). */
    public static List<Map<String, String>> validRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("JEM", "2025-02-15", "INTERROGATE_STATUS", "JEM-01", "YES", "LEA_JAIL"));
        rows.add(row("JEM", "2025-02-15", "ISSUE_DETAINER", "JEM-08", "YES", "LEA_JAIL"));
        rows.add(row("WSO", "2025-02-15", "INTERROGATE_STATUS", "WSO-01", "NO", null));
        return rows;
    }

    private static Map<String, String> row(String model, String rev, String fn, String id, String allowed, String place) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("MODEL", model);
        m.put("REVISION", rev);
        m.put("FUNCTION", fn);
        m.put(TableSchema.ROW_ID, id);
        m.put(AuthorityTables.ALLOWED, allowed);
        if (place != null) m.put(AuthorityTables.PLACE, place);
        m.put(AuthorityTables.MOA_TERM, "template words");
        m.put(TableSchema.CITATION, "JEM MOA App. A");
        m.put(TableSchema.VERIFIED, "TRUE");
        m.put(TableSchema.VERIFIED_ON, "2026-09-30");
        m.put(TableSchema.LABEL, "P");
        return m;
    }

    /** A valid matrix workbook edited by {@code edit}. */
    public static byte[] matrix(Consumer<XSSFWorkbook> edit) {
        try {
            byte[] clean = TableWriter.toBytes(AuthorityTables.MATRIX, null, validRows());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(clean))) {
                edit.accept(wb);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an A1 reference of the table sheet, created when missing. */
    public static Cell cell(XSSFWorkbook wb, String a1) {
        return cell(wb.getSheet(AuthorityTables.MATRIX.sheet()), a1);
    }

    public static Cell cell(Sheet sheet, String a1) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        Row row = sheet.getRow(ref.getRow());
        if (row == null) row = sheet.createRow(ref.getRow());
        Cell c = row.getCell(ref.getCol());
        return c == null ? row.createCell(ref.getCol()) : c;
    }

    /** Sets a text cell. */
    public static Consumer<XSSFWorkbook> text(String a1, String value) {
        return wb -> cell(wb, a1).setCellValue(value);
    }
}
