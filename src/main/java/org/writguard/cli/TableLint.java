package org.writguard.cli;

import org.writguard.engine.RuleBook;
import org.writguard.tables.LoadedTable;
import org.writguard.tables.TableProblem;
import org.writguard.tables.TableRow;
import org.writguard.tables.TableSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lint over loaded tables: duplicate rows and [U] rows that claim to be verified. */
final class TableLint {
    private TableLint() { }

    static List<TableProblem> lint(RuleBook book) {
        List<TableProblem> out = new ArrayList<>();
        for (LoadedTable t : book.tables().values()) {
            Map<Map<String, String>, Integer> seen = new HashMap<>();
            for (TableRow r : t.rows()) {
                Map<String, String> content = new HashMap<>(r.values());
                content.remove(TableSchema.ROW_ID);
                content.remove(TableSchema.NOTES);
                Integer prev = seen.putIfAbsent(content, r.sheetRow());
                if (prev != null) {
                    out.add(TableProblem.warning(t.file(), t.schema().sheet(), "A" + r.sheetRow(),
                            "row " + r.sheetRow() + " repeats row " + prev + " (same cells but the row id)"));
                }
                if ("U".equals(r.get(TableSchema.LABEL)) && "TRUE".equals(r.get(TableSchema.VERIFIED))) {
                    out.add(TableProblem.warning(t.file(), t.schema().sheet(), t.cellRef(r.sheetRow(), TableSchema.VERIFIED)
                                    .substring(t.cellRef(r.sheetRow(), TableSchema.VERIFIED).lastIndexOf('!') + 1),
                            "row " + r.sheetRow() + " is labelled [U] but marked verified; an uncertain row is treated as"
                                    + " unverified (MEDIUM at most, confidence LOW)"));
                }
            }
        }
        return out;
    }
}
