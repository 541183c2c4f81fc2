package org.writguard.engine;

import java.util.List;
import java.util.Objects;

/**
 * Where the matter sits, for labelling authorities binding or persuasive (issue 19 item 3): the states of the case
 * (each agency's, each encounter's, each hold's facility state and each applicant's state) and the federal circuits
 * they sit in (decision-tables/jurisdiction/circuits.drl.xlsx, or an encounter's or application's
 * {@code federal_circuit}). With exactly one circuit (one state), a court of appeals (a state court or statute) is
 * binding or persuasive; with several or none, its label names where it binds ("binding in C3") rather than guess.
 */
public final class MatterJurisdiction {
    /** A matter of which nothing is known: every circuit or state authority is labelled with where it binds. */
    public static final MatterJurisdiction UNKNOWN = new MatterJurisdiction(List.of(), List.of());

    private final List<String> states;
    private final List<String> circuits;

    public MatterJurisdiction(List<String> states, List<String> circuits) {
        this.states = List.copyOf(states);
        this.circuits = List.copyOf(circuits);
    }

    /** USPS codes of the states the case's facts sit in, sorted. */
    public List<String> getStates() { return states; }
    /** C1..C11 or DC, sorted. */
    public List<String> getCircuits() { return circuits; }
    /** The one state, or null when there are several or none. */
    public String getState() { return states.size() == 1 ? states.get(0) : null; }
    /** The one circuit, or null when there are several or none. */
    public String getCircuit() { return circuits.size() == 1 ? circuits.get(0) : null; }

    /** One sentence for the report: where the matter sits and what that means for the labels. */
    public String describe() {
        String where = (states.isEmpty() ? "no state" : String.join(", ", states)) + " ("
                + (circuits.isEmpty() ? "circuit unknown" : String.join(", ", circuits)) + ")";
        if (states.size() == 1 && circuits.size() == 1) {
            return "Matter in " + where + ": authorities are labelled binding or persuasive for " + states.get(0)
                    + " and the " + circuits.get(0) + " circuit.";
        }
        return "Matter in " + where + ": with " + (circuits.size() > 1 || states.size() > 1 ? "several" : "no known")
                + " states or circuits, a circuit or state authority is labelled with where it binds.";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatterJurisdiction m && states.equals(m.states) && circuits.equals(m.circuits);
    }

    @Override
    public int hashCode() { return Objects.hash(states, circuits); }

    @Override
    public String toString() { return "MatterJurisdiction[states=" + states + ", circuits=" + circuits + "]"; }
}
