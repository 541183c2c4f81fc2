package org.writguard.findings;

/** How sure a finding is: HIGH black-letter or primary text, MEDIUM fact-sensitive, LOW contested or [U]. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    public Confidence atMost(Confidence cap) { return compareTo(cap) > 0 ? cap : this; }
}
