package org.writguard.internal.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One decision-table row that matched a lookup: its rule name ({@code Table_Row}) and its action cells.
 * Values were validated against the column type when the table was loaded, so parsing here cannot fail
 * on analyst input.
 */
public final class RowHit {
    private final String rule;
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Parsed once: {@link #sheetRow} orders every lookup's rows, on every case (issue 17's profile). */
    private final int sheetRow;
    /** Dates parsed from this row's cells (a row answers many cases; LocalDate is immutable). */
    private final java.util.concurrent.ConcurrentHashMap<String, LocalDate> dates = new java.util.concurrent.ConcurrentHashMap<>(4);

    public RowHit(String rule) {
        this.rule = rule;
        this.sheetRow = parseSheetRow(rule);
    }

    private static int parseSheetRow(String rule) {
        int i = rule.lastIndexOf('_');
        try {
            return Integer.parseInt(rule.substring(i + 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    void put(String key, String value) {
        values.put(key, value);
        dates.remove(key);
    }

    /** The generated rule's name, {@code <RuleTable name>_<1-based sheet row>}. */
    public String rule() { return rule; }

    /** The 1-based sheet row the rule came from. */
    public int sheetRow() { return sheetRow; }

    public String rowId() { return values.get(TableSchema.ROW_ID); }

    public String text(String key) { return values.get(key); }

    public boolean has(String key) { return values.containsKey(key); }

    public Integer integer(String key) {
        String v = values.get(key);
        return v == null ? null : Integer.valueOf(v);
    }

    public BigDecimal decimal(String key) {
        String v = values.get(key);
        return v == null ? null : new BigDecimal(v);
    }

    public LocalDate date(String key) {
        String v = values.get(key);
        if (v == null) return null;
        LocalDate d = dates.get(key);
        if (d == null) {
            d = LocalDate.parse(v);
            dates.put(key, d);
        }
        return d;
    }

    /** TRUE/FALSE cell; null when the cell was empty. */
    public Boolean bool(String key) {
        String v = values.get(key);
        return v == null ? null : Boolean.valueOf(v.equals("TRUE"));
    }

    public String citation() { return values.get(TableSchema.CITATION); }

    /** A row may only drive a HIGH finding when it is verified and not labelled [U] (DOMAIN.md 8.5). */
    public boolean verified() {
        return "TRUE".equals(values.get(TableSchema.VERIFIED)) && !"U".equals(values.get(TableSchema.LABEL));
    }

    public String label() { return values.get(TableSchema.LABEL); }

    public Map<String, String> values() { return Collections.unmodifiableMap(values); }

    @Override
    public String toString() { return rule + values; }
}
