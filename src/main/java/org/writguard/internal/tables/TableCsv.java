package org.writguard.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-text views of a table: CSV with one line per row (file, sheet, row, then the columns), for code
 * review and diffs, and the reverse (CSV with the column labels as header) for creating a workbook.
 */
public final class TableCsv {
    private TableCsv() { }

    /** One header line, then one line per row: file, sheet, row, then every column. */
    public static String dump(LoadedTable t) {
        return dump(t, true);
    }

    /**
     * As {@link #dump(LoadedTable)}; without the file column when {@code withFile} is false, so that the
     * same table gives the same text wherever it is stored (git's textconv hands over a temporary copy).
     */
    public static String dump(LoadedTable t, boolean withFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(policyLine(t.schema()));
        List<String> head = new ArrayList<>(withFile ? List.of("file", "sheet", "row") : List.of("sheet", "row"));
        for (ColumnSpec c : t.schema().columns()) head.add(c.label());
        sb.append(line(head));
        for (TableRow r : t.rows()) {
            List<String> cells = new ArrayList<>(withFile ? List.of(t.file(), t.schema().sheet(), Integer.toString(r.sheetRow()))
                    : List.of(t.schema().sheet(), Integer.toString(r.sheetRow())));
            for (ColumnSpec c : t.schema().columns()) cells.add(r.values().getOrDefault(c.key(), ""));
            sb.append(line(cells));
        }
        return sb.toString();
    }

    /** The comment line a dump starts with: the table and its hit policy ({@link #parse} skips it). */
    public static String policyLine(TableSchema s) {
        return "# " + s.name() + ": hit policy " + s.hitPolicy().name() + " (" + s.hitPolicy().meaning() + ")\n";
    }

    /**
     * One line per row naming every filled cell by its column, e.g.
     * {@code Circuits row 11 [CIR-MA]: State=MA | Circuit=C2 | ...}: git's textconv diff then shows which
     * column an edited line changed (docs/tables-in-git.md).
     */
    public static String named(LoadedTable t) {
        StringBuilder sb = new StringBuilder(policyLine(t.schema()));
        for (TableRow r : t.rows()) {
            sb.append(t.schema().sheet()).append(" row ").append(r.sheetRow());
            if (r.rowId() != null) sb.append(" [").append(r.rowId()).append(']');
            sb.append(':');
            String sep = " ";
            for (ColumnSpec c : t.schema().columns()) {
                String v = r.get(c.key());
                if (v == null || c.key().equals(TableSchema.ROW_ID)) continue;
                sb.append(sep).append(c.label()).append('=').append(v);
                sep = " | ";
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads CSV whose header names the schema's columns (labels or keys, any order; unknown headers are an
     * error) into rows for {@link TableWriter}.
     */
    public static List<Map<String, String>> parse(TableSchema schema, String csv) {
        // Comment lines (a dump's "# Table: hit policy ...") are not rows.
        StringBuilder kept = new StringBuilder();
        for (String l : csv.split("\n", -1)) {
            if (!l.startsWith("#")) kept.append(l).append('\n');
        }
        List<List<String>> records = records(kept.toString());
        if (records.isEmpty()) return List.of();
        List<String> header = records.get(0);
        List<String> keys = new ArrayList<>();
        for (String h : header) {
            String key = null;
            for (ColumnSpec c : schema.columns()) {
                if (c.label().equalsIgnoreCase(h.strip()) || c.key().equalsIgnoreCase(h.strip())) key = c.key();
            }
            if (key == null && !List.of("file", "sheet", "row").contains(h.strip().toLowerCase())) {
                throw new IllegalArgumentException("CSV column \"" + h + "\" is not a column of " + schema.name());
            }
            keys.add(key);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < rec.size() && i < keys.size(); i++) {
                if (keys.get(i) != null && !rec.get(i).isBlank()) m.put(keys.get(i), rec.get(i).strip());
            }
            if (!m.isEmpty()) rows.add(m);
        }
        return rows;
    }

    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append('\n').toString();
    }

    static List<List<String>> records(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                rec.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') i++;
                rec.add(cell.toString());
                cell.setLength(0);
                if (!(rec.size() == 1 && rec.get(0).isEmpty())) out.add(rec);
                rec = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !rec.isEmpty()) {
            rec.add(cell.toString());
            out.add(rec);
        }
        return out;
    }
}
