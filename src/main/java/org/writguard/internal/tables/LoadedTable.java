package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import java.util.List;

/**
 * A workbook that passed validation: its schema and its rows, ready to compile, dump or lint.
 *
 * @param file    the workbook as the user named it
 * @param schema  the layout it follows
 * @param rows    the data rows in sheet order
 * @param sha256  hash of the file's bytes (rule-book versioning)
 * @param warnings problems that do not stop the table from loading
 */
public record LoadedTable(String file, TableSchema schema, List<TableRow> rows, String sha256,
                          List<TableProblem> warnings) {
    public LoadedTable {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** {@code file!Sheet!CellRef} for a column of a row. */
    public String cellRef(int sheetRow, String key) {
        int col = schema.indexOf(key);
        return file + "!" + schema.sheet() + "!" + TableReader.columnLetter(col) + sheetRow;
    }
}
