package org.writguard.internal.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a decision table answers when several of its rows match one question, as DMN names it. Declared by
 * the table's schema (what its topic needs), shown in the workbook (cell B4) and in {@code tables dump},
 * enforced by {@code tables check} and the build, and named in the source of every finding a row decided.
 *
 * <p>The question a row answers is its condition cells (an empty condition matches anything), its identity
 * columns ({@link TableSchema#identity()}, e.g. the parameter table's keys) and, for a dated table, its
 * effective dates.
 */
public enum HitPolicy {
    /** At most one row may match any question; two rows that can match the same question are an error. */
    UNIQUE("at most one row matches any question; two rows that can match the same one are an error"),
    /** Several rows may match; the one highest in the sheet wins. */
    FIRST("several rows may match; the one highest in the sheet wins"),
    /**
     * Several rows may match; the most specific wins (the one filling the most conditions, then the latest
     * effective date). Two equally specific rows that match the same question with different outcomes are
     * an error, because no order between them would be principled.
     */
    PRIORITY("several rows may match; the most specific (most conditions filled) wins"),
    /** Every matching row applies (e.g. every state law that binds the agency). */
    COLLECT("every matching row applies");

    private final String meaning;

    HitPolicy(String meaning) { this.meaning = meaning; }

    /** One line for an analyst: what the policy does. */
    public String meaning() { return meaning; }

    /** The label of the workbook cell that shows the policy (A4; the value is in B4). */
    public static final String CELL_LABEL = "Hit policy";

    /**
     * The rows this policy keeps among those that matched a question, in sheet order: all of them under
     * COLLECT, else the one that wins (an empty list when none matched). {@code rows} are the table's rows
     * by sheet row, to count the conditions a row fills.
     */
    public List<RowHit> choose(TableSchema schema, List<RowHit> hits, Map<Integer, TableRow> rows) {
        if (hits.isEmpty() || this == COLLECT) return hits;
        if (hits.size() == 1 || this == UNIQUE || this == FIRST) return List.of(hits.get(0));
        RowHit best = null;
        int bestScore = -1;
        for (RowHit h : hits) {
            TableRow row = rows.get(h.sheetRow());
            int score = row == null ? 0 : specificity(schema, row);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        List<RowHit> one = new ArrayList<>();
        one.add(best);
        return one;
    }

    /** The number of condition cells a row fills (the wildcard ANY of some tables counts as empty). */
    public static int specificity(TableSchema schema, TableRow row) {
        int n = 0;
        for (ColumnSpec c : schema.conditions().toList()) {
            String v = row.get(c.key());
            if (v != null && !v.equals("ANY")) n++;
        }
        return n;
    }
}
