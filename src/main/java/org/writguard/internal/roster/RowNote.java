package org.writguard.internal.roster;

/**
 * A row that was imported, but only after a repair a reader should know about
 * (for example a text date missing a separator, {@code 05/082025}).
 *
 * @param sourceRow 1-based sheet row
 * @param note      one line: what the cell said and what was taken from it
 */
public record RowNote(int sourceRow, String note) {
}
