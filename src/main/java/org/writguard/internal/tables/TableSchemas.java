package org.writguard.internal.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The set of decision-table layouts a rule book accepts, by RuleTable name. */
public final class TableSchemas {
    private final Map<String, TableSchema> byName = new LinkedHashMap<>();

    public TableSchemas(List<TableSchema> schemas) {
        for (TableSchema s : schemas) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("two table layouts named " + s.name());
            }
        }
    }

    public Optional<TableSchema> byName(String name) { return Optional.ofNullable(byName.get(name)); }

    public List<String> names() { return new ArrayList<>(byName.keySet()); }

    public List<TableSchema> all() { return List.copyOf(byName.values()); }
}
