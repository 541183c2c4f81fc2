package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites a workbook in the current layout with the help writguard puts inside it (hit policy, header
 * comments, drop-downs, typed validation, protection), keeping every value and the Notes cell: the data rows
 * are read by their header labels, so a workbook with a missing, added or moved column, or edited template
 * rows, is repaired too (a column the layout gained comes out empty). Idempotent: upgrading an upgraded
 * workbook gives the same bytes.
 */
public final class TableUpgrade {
    private TableUpgrade() { }

    /**
     * The outcome for one workbook.
     *
     * @param bytes    the upgraded workbook, or empty when no table could be read from it
     * @param changed  whether the bytes differ from the input
     * @param before   problems of the input
     * @param after    problems of the upgraded workbook (cell errors the analyst must still fix)
     * @param rows     data rows kept
     */
    public record Outcome(Optional<byte[]> bytes, boolean changed, List<TableProblem> before, List<TableProblem> after,
                          int rows) { }

    public static Outcome upgrade(byte[] input, String name, TableSchemas schemas) {
        TableReader reader = new TableReader(schemas);
        TableReader.Result r = reader.read(input, name);
        if (r.salvaged().isEmpty()) return new Outcome(Optional.empty(), false, r.problems(), List.of(), 0);
        LoadedTable t = r.salvaged().get();
        List<Map<String, String>> rows = new ArrayList<>();
        for (TableRow row : t.rows()) rows.add(row.values());
        byte[] out;
        try {
            out = TableWriter.toBytes(t.schema(), notes(input, t.schema()), rows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TableReader.Result after = reader.read(out, name);
        return new Outcome(Optional.of(out), !java.util.Arrays.equals(input, out), r.problems(), after.problems(),
                rows.size());
    }

    /** The text of the Notes cell (B3) of the table's sheet, else the schema's description. */
    static String notes(byte[] input, TableSchema schema) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(input), null)) {
            Sheet sheet = wb.getSheet(schema.sheet());
            if (sheet == null) return schema.description();
            Row row = sheet.getRow(TableSchema.NOTES_ROW);
            Cell cell = row == null ? null : row.getCell(1);
            if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
                return schema.description();
            }
            return cell.getStringCellValue();
        } catch (IOException | RuntimeException e) {
            return schema.description();
        }
    }
}
