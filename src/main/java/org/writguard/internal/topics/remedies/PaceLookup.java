package org.writguard.internal.topics.remedies;

import org.writguard.internal.tables.TableLookup;

/** Asks the pace-of-review table about a form in a circuit. */
public final class PaceLookup extends TableLookup {
    private final String formType;
    private final String circuit;

    public PaceLookup(String formType, String circuit) {
        this.formType = formType == null ? "" : formType;
        this.circuit = circuit == null ? "" : circuit;
    }

    public String getFormType() { return formType; }
    public String getCircuit() { return circuit; }
}
