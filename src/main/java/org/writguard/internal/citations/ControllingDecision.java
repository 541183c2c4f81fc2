package org.writguard.internal.citations;

import org.writguard.engine.MatterJurisdiction;
import org.writguard.findings.Authority;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableSchema;

import java.util.List;

/**
 * Which decision a pace-review row follows, since when, and whether it binds where the application sits (issue 19
 * item 6, DOMAIN.md 13.16): the row's Controlling decision (an authorities-table id), its Effective from, and the
 * decision's circuit against the application's.
 *
 * @param id       the authority id, or null when the row names none (the statute, or district courts only)
 * @param citation the decision's printed citation, or null
 * @param decided  the decision's date (ISO), or null when the table does not have it
 * @param since    the row's Effective from (ISO), or null when the row has always applied
 * @param binding  whether the decision binds the courts of the application's circuit
 * @param sentence one sentence for F32's explanation and the memo
 */
public record ControllingDecision(String id, String citation, String decided, String since, boolean binding,
                                  String sentence) {
    /** The row's column of the controlling decision (RemediesTables.CONTROLLING). */
    public static final String COLUMN = "CONTROLLING";

    /** What the row says controls, for an application in {@code circuit} (null: unknown, all circuits agreed). */
    public static ControllingDecision of(AuthorityBook book, RowHit row, String circuit) {
        if (row == null) return null;
        String id = row.text(COLUMN);
        String since = row.text(TableSchema.EFFECTIVE_FROM);
        AuthorityBook.Row a = id == null ? null : book.row(id);
        if (a == null) {
            String sentence = circuit == null
                    ? "No single court of appeals decision controls in every circuit; each circuit's row was read."
                    : "No court of appeals decision controls in the " + circuit + " circuit: the row follows the statute"
                    + " and district-court decisions, which are persuasive only.";
            return new ControllingDecision(null, null, null, since, false, sentence);
        }
        MatterJurisdiction where = circuit == null ? MatterJurisdiction.UNKNOWN
                : new MatterJurisdiction(List.of(), List.of(circuit));
        Authority labelled = AuthorityBook.authority(a, null, where);
        boolean binding = labelled.isBinding();
        StringBuilder s = new StringBuilder("Controlling decision: ").append(a.citation());
        if (a.decided() != null) s.append(", decided ").append(a.decided());
        else s.append(" (decision day not verified)");
        if (a.laterHistory() != null) s.append("; later history: ").append(a.laterHistory());
        s.append(". The table follows it ");
        s.append(since == null ? "with no start date" : "from " + since + " (the row's Effective from)");
        s.append("; it is ");
        if (circuit == null) s.append(labelled.getLabel());
        else if (binding) s.append("binding in the ").append(circuit).append(" circuit, where the application sits");
        else s.append("not binding in the ").append(circuit).append(" circuit, where the application sits (")
                .append(labelled.getLabel()).append(")");
        if (!a.verified()) s.append("; its table row is not verified yet");
        s.append('.');
        return new ControllingDecision(a.id(), a.citation(), a.decided(), since, binding, s.toString());
    }
}
