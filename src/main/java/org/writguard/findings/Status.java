package org.writguard.findings;

/** FIRED, or UNDETERMINED when a fact the finding needs is unknown. Findings that did not fire are not listed. */
public enum Status { FIRED, UNDETERMINED }
