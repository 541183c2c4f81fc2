package org.writguard.tables;

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
    private final Map<String, RowHit> hits = new LinkedHashMap<>();

    /** Called from the generated action snippets: {@code q.put(kcontext, "KEY", "value");}. */
    public final void put(RuleContext context, String key, String value) {
        String rule = context.getRule().getName();
        hits.computeIfAbsent(rule, RowHit::new).put(key, value);
    }

    /** The matching rows, in sheet order. */
    public final List<RowHit> hits() {
        List<RowHit> list = new ArrayList<>(hits.values());
        list.sort((a, b) -> Integer.compare(a.sheetRow(), b.sheetRow()));
        return list;
    }

    public final boolean answered() { return !hits.isEmpty(); }
}
