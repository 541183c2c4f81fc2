package org.writguard.internal.tables;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers lookups on a reference-data table ({@link TableSchema#referenceData()}) with exactly the
 * semantics the compiled rules would have: a row matches when every condition cell equals the lookup's
 * property. Each answer is a {@link RowHit} named like the rule Drools would generate
 * ({@code <Table>_<sheet row>}), so provenance and coverage read the same.
 */
public final class TableIndex {
    private final TableSchema schema;
    private final Map<List<String>, List<RowHit>> byKey = new HashMap<>();
    private final List<Method> getters = new ArrayList<>();
    /** Every key's rows one per sheet row, in sheet order (always, for a validated table). */
    private final boolean strict;

    public TableIndex(LoadedTable table) {
        this.schema = table.schema();
        List<ColumnSpec> conditions = schema.conditions().toList();
        for (ColumnSpec c : conditions) {
            String getter = "get" + Character.toUpperCase(c.field().charAt(0)) + c.field().substring(1);
            try {
                getters.add(schema.lookupClass().getMethod(getter));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(schema.lookupClass().getName() + " lacks " + getter + "()", e);
            }
        }
        for (TableRow row : table.rows()) {
            List<String> key = new ArrayList<>();
            for (ColumnSpec c : conditions) key.add(row.get(c.key()));
            RowHit hit = new RowHit(schema.name() + "_" + row.sheetRow());
            for (ColumnSpec c : schema.columns()) {
                if (c.kind() == ColumnSpec.Kind.ACTION && row.get(c.key()) != null) hit.put(c.key(), row.get(c.key()));
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
        }
        // Frozen in sheet order once, so each answer hands the lookup the list itself (TableLookup.adoptSorted).
        byKey.replaceAll((k, hits) -> {
            List<RowHit> sorted = new ArrayList<>(hits);
            sorted.sort(java.util.Comparator.comparingInt(RowHit::sheetRow));
            return java.util.Collections.unmodifiableList(sorted);
        });
        this.strict = byKey.values().stream().allMatch(TableLookup::strictlyInSheetOrder);
    }

    public TableSchema schema() { return schema; }

    /** Fills the lookup with every matching row; returns whether the lookup is of this table's type. */
    public boolean answer(TableLookup lookup) {
        if (lookup.getClass() != schema.lookupClass()) return false;
        List<String> key = new ArrayList<>(getters.size());
        try {
            for (Method m : getters) key.add((String) m.invoke(lookup));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        List<RowHit> rows = byKey.getOrDefault(key, List.of());
        if (strict) lookup.adoptSorted(rows);
        else lookup.adopt(rows);
        return true;
    }
}
