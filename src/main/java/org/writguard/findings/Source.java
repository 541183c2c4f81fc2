package org.writguard.findings;

/**
 * The decision-table row or DRL rule that produced a finding, so an analyst can open it and see why.
 *
 * <p>{@code file}: decision-table workbook or DRL file, as the rule book names it
 * <br>{@code sheet}: the sheet (tables only)
 * <br>{@code row}: 1-based sheet row (tables only)
 * <br>{@code rule}: the rule name (table rules are {@code Table_Row})
 * <br>{@code rowId}: the row's stable id (tables only)
 * <br>{@code hitPolicy}: the table's hit policy that chose the row (UNIQUE, FIRST, PRIORITY, COLLECT; tables only)
 */
public final class Source {
    private final String file;
    private final String sheet;
    private final Integer row;
    private final String rule;
    private final String rowId;
    private final String hitPolicy;

    public Source(String file, String sheet, Integer row, String rule, String rowId, String hitPolicy) {
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.rule = rule;
        this.rowId = rowId;
        this.hitPolicy = hitPolicy;
    }

    public String getFile() { return file; }
    public String getSheet() { return sheet; }
    public Integer getRow() { return row; }
    public String getRule() { return rule; }
    public String getRowId() { return rowId; }
    public String getHitPolicy() { return hitPolicy; }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof Source o)) return false;
        return java.util.Objects.equals(file, o.file) && java.util.Objects.equals(sheet, o.sheet) && java.util.Objects.equals(row, o.row) && java.util.Objects.equals(rule, o.rule) && java.util.Objects.equals(rowId, o.rowId) && java.util.Objects.equals(hitPolicy, o.hitPolicy);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(file, sheet, row, rule, rowId, hitPolicy); }

    @Override
    public String toString() { return "Source[file=" + file + ", sheet=" + sheet + ", row=" + row + ", rule=" + rule + ", rowId=" + rowId + ", hitPolicy=" + hitPolicy + "]"; }
    public Source(String file, String sheet, Integer row, String rule, String rowId) {
        this(file, sheet, row, rule, rowId, null);
    }

    public static Source drl(String file, String rule) { return new Source(file, null, null, rule, null, null); }
}
