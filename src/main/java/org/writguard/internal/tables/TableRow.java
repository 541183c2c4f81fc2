package org.writguard.internal.tables;

import java.util.Collections;
import java.util.Map;

/**
 * A validated data row of a decision table.
 *
 * @param sheetRow 1-based row in the sheet
 * @param values   column key to normalised value; empty cells are absent
 */
public record TableRow(int sheetRow, Map<String, String> values) {
    public TableRow {
        values = Collections.unmodifiableMap(values);
    }

    public String get(String key) { return values.get(key); }

    public String rowId() { return values.get(TableSchema.ROW_ID); }
}
