package org.writguard.internal.roster;

import java.util.List;

/**
 * The result of reading one ICE sheet. Every sheet row after the header, up to the last physical
 * row, is either an agreement or a skipped row: {@code agreementsWritten() + skippedCount() == rowsRead()}.
 *
 * @param sourceFile file name only
 * @param headerRow  1-based row of the header
 * @param rowsRead   sheet rows after the header, blank ones included
 * @param agreements ordered by agencyId, model, signedOn, sourceRow
 * @param skipped    ordered by sourceRow
 * @param notes      rows imported after a repair, ordered by sourceRow
 */
public record RosterImport(
        String sourceFile,
        int headerRow,
        int rowsRead,
        List<RosterAgreement> agreements,
        List<SkippedRow> skipped,
        List<RowNote> notes) {

    public RosterImport {
        agreements = List.copyOf(agreements);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public int agreementsWritten() {
        return agreements.size();
    }

    public int skippedCount() {
        return skipped.size();
    }

    /** A report for people: each skipped row and each repair with its sheet row, then the counts. */
    public String toText() {
        return details() + counts();
    }

    /** The header line, then every skipped row and every repaired row with its 1-based sheet row. */
    public String details() {
        StringBuilder out = new StringBuilder();
        out.append("Roster import: ").append(sourceFile).append(" (header at row ").append(headerRow).append(")\n");
        if (!skipped.isEmpty()) {
            out.append("Skipped (").append(skippedCount()).append(")\n");
            for (SkippedRow s : skipped) {
                out.append("  row ").append(s.sourceRow()).append(": ").append(s.reason()).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            out.append("Repaired (").append(notes.size()).append(")\n");
            for (RowNote n : notes) {
                out.append("  row ").append(n.sourceRow()).append(": ").append(n.note()).append('\n');
            }
        }
        return out.toString();
    }

    /** The closing counts: rows read = agreements written + rows skipped. */
    public String counts() {
        return "rows read:          " + rowsRead + '\n'
                + "agreements written: " + agreementsWritten() + '\n'
                + "rows skipped:       " + skippedCount() + '\n';
    }
}
