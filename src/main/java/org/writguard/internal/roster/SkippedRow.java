package org.writguard.internal.roster;

/**
 * A sheet row that did not become an agreement.
 *
 * @param sourceRow 1-based sheet row
 * @param reason    one line, quoting the offending cell where there is one
 */
public record SkippedRow(int sourceRow, String reason) {
}
