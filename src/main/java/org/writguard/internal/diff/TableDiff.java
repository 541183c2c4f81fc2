package org.writguard.internal.diff;

import org.writguard.internal.tables.ColumnSpec;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of one table added, removed and changed between two versions, cell by cell with column names.
 * Rows are matched by row id (an analyst may move rows); a row without an id is matched by its sheet row.
 */
public record TableDiff(String table, String oldFile, String newFile, List<Map<String, Object>> added,
                        List<Map<String, Object>> removed, List<Map<String, Object>> changed) {

    public boolean isEmpty() { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }

    /** Either side may be null (a table only one version has). */
    public static TableDiff of(LoadedTable before, LoadedTable after) {
        LoadedTable any = after != null ? after : before;
        Map<String, TableRow> a = byId(before);
        Map<String, TableRow> b = byId(after);
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<ColumnSpec> cols = any.schema().columns();
        for (Map.Entry<String, TableRow> e : b.entrySet()) {
            TableRow old = a.get(e.getKey());
            if (old == null) {
                added.add(row(e.getKey(), e.getValue(), cols));
                continue;
            }
            List<Map<String, Object>> cells = new ArrayList<>();
            for (ColumnSpec c : cols) {
                String x = old.get(c.key());
                String y = e.getValue().get(c.key());
                if (!Objects.equals(x, y)) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("column", c.label());
                    cell.put("old", x == null ? "" : x);
                    cell.put("new", y == null ? "" : y);
                    cells.add(cell);
                }
            }
            if (!cells.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row_id", e.getKey());
                m.put("old_row", old.sheetRow());
                m.put("new_row", e.getValue().sheetRow());
                m.put("cells", cells);
                changed.add(m);
            }
        }
        for (Map.Entry<String, TableRow> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) removed.add(row(e.getKey(), e.getValue(), cols));
        }
        return new TableDiff(any.schema().name(), before == null ? null : before.file(),
                after == null ? null : after.file(), added, removed, changed);
    }

    private static Map<String, TableRow> byId(LoadedTable t) {
        Map<String, TableRow> m = new LinkedHashMap<>();
        if (t == null) return m;
        for (TableRow r : t.rows()) m.putIfAbsent(r.rowId() != null ? r.rowId() : "row " + r.sheetRow(), r);
        return m;
    }

    private static Map<String, Object> row(String id, TableRow r, List<ColumnSpec> cols) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row_id", id);
        m.put("row", r.sheetRow());
        Map<String, String> cells = new LinkedHashMap<>();
        for (ColumnSpec c : cols) if (r.get(c.key()) != null) cells.put(c.label(), r.get(c.key()));
        m.put("cells", cells);
        return m;
    }

    /** Text lines: the table, then one line per row added, removed or changed. */
    @SuppressWarnings("unchecked")
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(table + " (" + (newFile != null ? newFile : oldFile) + "):");
        for (Map<String, Object> m : added) out.add("  + row " + m.get("row") + " [" + m.get("row_id") + "] " + cells(m));
        for (Map<String, Object> m : removed) out.add("  - row " + m.get("row") + " [" + m.get("row_id") + "] " + cells(m));
        for (Map<String, Object> m : changed) {
            List<String> parts = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) m.get("cells")) {
                parts.add(c.get("column") + ": " + show(c.get("old")) + " -> " + show(c.get("new")));
            }
            out.add("  ~ row " + m.get("new_row") + " [" + m.get("row_id") + "] " + String.join("; ", parts));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String cells(Map<String, Object> m) {
        List<String> parts = new ArrayList<>();
        ((Map<String, String>) m.get("cells")).forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(" | ", parts);
    }

    private static String show(Object v) { return v == null || v.toString().isEmpty() ? "(empty)" : v.toString(); }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", table);
        m.put("old_file", oldFile);
        m.put("new_file", newFile);
        m.put("added", added);
        m.put("removed", removed);
        m.put("changed", changed);
        return m;
    }
}
