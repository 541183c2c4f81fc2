package org.writguard.internal.topics.jurisdiction;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Topic;
import org.writguard.facts.Agency;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Circuit;
import org.writguard.facts.Encounter;
import org.writguard.facts.Hold;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableSchema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 0: which federal circuit each state in the case sits in (DOMAIN.md 8.4), from the circuit table.
 * Encounters and applications whose federal_circuit is not given in the case get it from here.
 */
public final class CircuitTopic implements Topic {
    public static final String CIRCUIT = "CIRCUIT";

    public static final TableSchema SCHEMA = TableSchema.builder("StateCircuits")
            .sheet("Circuits")
            .packageName("org.writguard.rules.jurisdiction")
            .lookup(CircuitLookup.class)
            .description("State or territory to federal court of appeals (DOMAIN.md 8.4), for circuit-specific"
                    + " case-law tables (pace of review, Gerstein holds).")
            .condition("STATE", "State", "state", ColumnType.STATE, true, "USPS code")
            .action(CIRCUIT, "Circuit", ColumnType.ENUM, true, "C1..C11 or DC",
                    Arrays.stream(Circuit.values()).map(Enum::name).toList())
            .build();

    @Override
    public int round() { return 0; }

    @Override
    public void plan(AssessmentContext ctx) {
        Set<String> states = new LinkedHashSet<>();
        CaseFile c = ctx.caseFile();
        for (Agency a : c.getAgencies()) states.add(a.getState());
        for (Encounter e : c.getEncounters()) states.add(e.getState());
        for (Hold h : c.getHolds()) states.add(h.getFacilityState());
        for (Application a : c.getApplications()) states.add(a.getApplicantState());
        for (String id : c.referencedAgencyIdsNotInCase()) {
            if (id.length() > 2 && id.charAt(2) == '-') states.add(id.substring(0, 2));
        }
        states.remove(null);
        Map<String, CircuitLookup> asked = new LinkedHashMap<>();
        for (String s : states) asked.put(s, ctx.ask(new CircuitLookup(s)));
        ctx.keep(this, asked);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void resolve(AssessmentContext ctx) {
        Map<String, CircuitLookup> asked = ctx.kept(this, Map.class);
        Map<String, RowHit> byState = new LinkedHashMap<>();
        asked.forEach((s, q) -> {
            List<RowHit> hits = q.hits();
            if (!hits.isEmpty()) byState.put(s, hits.get(0));
        });
        Circuits circuits = new Circuits(byState);
        ctx.share(Circuits.class, circuits);
        ctx.insert(circuits);
        CaseFile c = ctx.caseFile();
        for (Encounter e : c.getEncounters()) {
            if (e.getFederalCircuit() == null) e.setFederalCircuit(circuits.of(e.getState()));
        }
        for (Application a : c.getApplications()) {
            if (a.getFederalCircuit() == null) a.setFederalCircuit(circuits.of(a.getApplicantState()));
        }
        ctx.insert(matter(asked.keySet(), byState, c));
    }

    /**
     * Where the matter sits (issue 19 item 3): the states of the case (the same ones asked above: agencies,
     * encounters, holds, applicants) and their circuits, plus a circuit an encounter or application names itself.
     */
    static org.writguard.engine.MatterJurisdiction matter(Set<String> states, Map<String, RowHit> byState, CaseFile c) {
        java.util.TreeSet<String> circuits = new java.util.TreeSet<>();
        byState.values().forEach(h -> { if (h.text(CIRCUIT) != null) circuits.add(h.text(CIRCUIT)); });
        for (Encounter e : c.getEncounters()) if (e.getFederalCircuit() != null) circuits.add(e.getFederalCircuit().name());
        for (Application a : c.getApplications()) if (a.getFederalCircuit() != null) circuits.add(a.getFederalCircuit().name());
        return new org.writguard.engine.MatterJurisdiction(new java.util.TreeSet<>(states).stream().toList(),
                circuits.stream().sorted(java.util.Comparator.comparingInt(CircuitTopic::circuitOrder)).toList());
    }

    private static int circuitOrder(String c) {
        return "DC".equals(c) ? 99 : Integer.parseInt(c.substring(1));
    }
}
