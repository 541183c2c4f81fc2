package org.writguard.internal.tables;

import java.util.List;

/**
 * One column of a decision table as writguard expects it. Conditions compare a field of the table's
 * lookup fact with the cell ({@code field == "value"}); actions hand the cell's value to the lookup
 * ({@code q.put(kcontext, "KEY", "value");}). The templates are derived from this spec, never read from
 * the workbook, so an edited header cannot smuggle code in.
 *
 * @param key      the stable key the engine reads the value by (also the action's column key)
 * @param label    the header text an analyst sees (row 9 of the sheet)
 * @param kind     condition or action
 * @param field    for a condition, the lookup fact's property compared with the cell
 * @param type     the cell type
 * @param required whether every data row must fill it
 * @param allowed  for {@link ColumnType#ENUM}, the allowed codes
 * @param help     one line that tells an analyst what goes in the column
 */
public record ColumnSpec(String key, String label, Kind kind, String field, ColumnType type, boolean required,
                         List<String> allowed, String help) {

    /** Condition or action. */
    public enum Kind { CONDITION, ACTION }

    public ColumnSpec {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        if (kind == Kind.CONDITION && (field == null || !field.matches("[a-z][A-Za-z0-9]*"))) {
            throw new IllegalArgumentException("condition column " + key + " needs a lookup field name");
        }
        if (!key.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("column key must be UPPER_SNAKE: " + key);
        }
    }

    /** The DRL snippet template the Drools decision-table compiler expands for this column. */
    public String template() {
        return kind == Kind.CONDITION
                ? field + " == \"$param\""
                : "q.put(kcontext, \"" + key + "\", \"$param\");";
    }

    public static ColumnSpec condition(String key, String label, String field, ColumnType type, boolean required,
                                       List<String> allowed, String help) {
        return new ColumnSpec(key, label, Kind.CONDITION, field, type, required, allowed, help);
    }

    public static ColumnSpec action(String key, String label, ColumnType type, boolean required,
                                    List<String> allowed, String help) {
        return new ColumnSpec(key, label, Kind.ACTION, null, type, required, allowed, help);
    }
}
