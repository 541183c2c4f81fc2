package org.writguard.internal.tables;

import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question put to a decision table. The engine inserts a lookup fact; every table row whose conditions
 * match it is a rule that fires and hands its action cells to {@link #put}. After the table phase the
 * engine reads the matching rows back as {@link RowHit}s, each knowing the rule (and so the sheet row)
 * that produced it.
 *
 * <p>Subclasses add the key properties the table's condition columns compare (plain String getters).
 */
public abstract class TableLookup {
    /**
     * The rows that answered, by rule; null while the lookup holds only rows adopted from a memo or an index
     * ({@link #sorted} then), so answering from memory copies nothing (issue 17: most questions are answered so).
     */
    private Map<String, RowHit> hits;
    /** {@link #hits()} as last worked out, until a row is added (topics read it several times per case). */
    private List<RowHit> sorted;

    /** Called from the generated action snippets: {@code q.put(kcontext, "KEY", "value");}. */
    public final void put(RuleContext context, String key, String value) {
        String rule = context.getRule().getName();
        rows().computeIfAbsent(rule, RowHit::new).put(key, value);
        sorted = null;
    }

    /** The rows by rule, made from the adopted ones the first time a row is added or merged in. */
    private Map<String, RowHit> rows() {
        if (hits == null) {
            hits = new LinkedHashMap<>();
            if (sorted != null) for (RowHit h : sorted) hits.put(h.rule(), h);
        }
        return hits;
    }

    /** The matching rows, in sheet order. */
    public final List<RowHit> hits() {
        List<RowHit> list = sorted;
        if (list == null) {
            List<RowHit> all = hits == null ? new ArrayList<>() : new ArrayList<>(hits.values());
            all.sort((a, b) -> Integer.compare(a.sheetRow(), b.sheetRow()));
            list = java.util.Collections.unmodifiableList(all);
            sorted = list;
        }
        return list;
    }

    public final boolean answered() { return hits == null ? sorted != null && !sorted.isEmpty() : !hits.isEmpty(); }

    /** Takes the rows a previous, identical lookup was answered with (see {@link #memoKey()}). */
    public final void adopt(List<RowHit> rows) {
        if (hits == null && sorted == null && strictlyInSheetOrder(rows)) {
            // The usual case: a fresh lookup and the memo's rows (an earlier lookup's hits()), one per sheet row.
            sorted = java.util.Collections.unmodifiableList(rows);
            return;
        }
        boolean fresh = rows().isEmpty();
        for (RowHit h : rows) hits.put(h.rule(), h);
        sorted = fresh && rows.size() == hits.size() && inSheetOrder(rows) ? java.util.Collections.unmodifiableList(rows) : null;
    }

    /**
     * As {@link #adopt} for rows known to be one per sheet row in sheet order and never changed again (an earlier
     * lookup's {@link #hits()}, a reference table's index): nothing is checked or copied.
     */
    public final void adoptSorted(List<RowHit> rows) {
        if (hits != null || sorted != null) {
            adopt(rows);
            return;
        }
        sorted = rows;
    }

    /** Whether rows are one per sheet row, in sheet order (what {@link #adoptSorted} needs). */
    public static boolean strictlyInSheetOrder(List<RowHit> rows) {
        for (int i = 1; i < rows.size(); i++) if (rows.get(i - 1).sheetRow() >= rows.get(i).sheetRow()) return false;
        return true;
    }

    private static boolean inSheetOrder(List<RowHit> rows) {
        for (int i = 1; i < rows.size(); i++) if (rows.get(i - 1).sheetRow() > rows.get(i).sheetRow()) return false;
        return true;
    }

    private static final ClassValue<java.lang.reflect.Field[]> KEY_FIELDS = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Field[] computeValue(Class<?> type) {
            java.util.List<java.lang.reflect.Field> list = new java.util.ArrayList<>();
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                list.add(f);
            }
            list.sort(java.util.Comparator.comparing(java.lang.reflect.Field::getName));
            return list.toArray(new java.lang.reflect.Field[0]);
        }
    };

    /**
     * Identifies the question: the lookup's type and its key properties. A table row is a pure function of
     * the lookup's keys, so the engine answers an identical question from memory instead of asking again.
     * The key holds the values themselves (strings and flags; no text is built per question, issue 17) and two keys
     * are equal when their types and every value are equal.
     */
    public Object memoKey() {
        java.lang.reflect.Field[] fields = KEY_FIELDS.get(getClass());
        Object[] values = new Object[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) values[i] = fields[i].get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return new MemoKey(getClass(), values);
    }

    /** A question's type and key values, compared by value. */
    private static final class MemoKey {
        private final Class<?> type;
        private final Object[] values;
        private final int hash;

        MemoKey(Class<?> type, Object[] values) {
            this.type = type;
            this.values = values;
            this.hash = 31 * type.hashCode() + java.util.Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MemoKey k && k.hash == hash && k.type == type && java.util.Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() { return hash; }

        @Override
        public String toString() { return type.getSimpleName() + java.util.Arrays.toString(values); }
    }
}
