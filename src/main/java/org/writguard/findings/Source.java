package org.writguard.findings;

/**
 * The decision-table row or DRL rule that produced a finding, so an analyst can open it and see why.
 *
 * @param file  decision-table workbook or DRL file, as the rule book names it
 * @param sheet the sheet (tables only)
 * @param row   1-based sheet row (tables only)
 * @param rule  the rule name (table rules are {@code Table_Row})
 * @param rowId the row's stable id (tables only)
 * @param hitPolicy the table's hit policy that chose the row (UNIQUE, FIRST, PRIORITY, COLLECT; tables only)
 */
public record Source(String file, String sheet, Integer row, String rule, String rowId, String hitPolicy) {
    public Source(String file, String sheet, Integer row, String rule, String rowId) {
        this(file, sheet, row, rule, rowId, null);
    }

    public static Source drl(String file, String rule) { return new Source(file, null, null, rule, null, null); }
}
