package org.writguard.internal.topics.remedies;

import org.writguard.internal.tables.TableLookup;

/** Asks the mandamus-elements table for an element in a circuit. */
public final class ElementLookup extends TableLookup {
    private final String element;
    private final String circuit;

    public ElementLookup(String element, String circuit) {
        this.element = element == null ? "" : element;
        this.circuit = circuit == null ? "" : circuit;
    }

    public String getElement() { return element; }
    public String getCircuit() { return circuit; }
}
