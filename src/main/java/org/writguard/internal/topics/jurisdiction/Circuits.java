package org.writguard.internal.topics.jurisdiction;

import org.writguard.facts.Circuit;
import org.writguard.internal.tables.RowHit;

import java.util.Collections;
import java.util.Map;

/**
 * The state-to-circuit answers for one assessment (DOMAIN.md 8.4), from
 * decision-tables/jurisdiction/circuits.drl.xlsx. Shared with every topic through the context.
 */
public final class Circuits {
    private final Map<String, RowHit> byState;

    Circuits(Map<String, RowHit> byState) { this.byState = Collections.unmodifiableMap(byState); }

    /** The circuit of a USPS state code, or null when the table has no row for it. */
    public Circuit of(String state) {
        RowHit h = state == null ? null : byState.get(state);
        return h == null ? null : Circuit.valueOf(h.text(CircuitTopic.CIRCUIT));
    }

    /** The table row that answered, for provenance. */
    public RowHit row(String state) { return state == null ? null : byState.get(state); }
}
