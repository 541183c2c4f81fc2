package org.writguard.findings;

/** DOMAIN.md section 7 severity scale, lowest first. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public Severity atMost(Severity cap) { return compareTo(cap) > 0 ? cap : this; }

    public Severity max(Severity other) { return compareTo(other) >= 0 ? this : other; }
}
