package org.writguard.internal.topics.state;

import org.writguard.findings.Confidence;
import org.writguard.internal.tables.RowHit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One overlay-table row that answered a lookup, read as typed values (cells were validated on load). */
public final class Overlay {
    private final RowHit row;

    Overlay(RowHit row) { this.row = row; }

    public RowHit row() { return row; }
    public String ruleType() { return row.text(StateTables.RULE_TYPE); }
    public LocalDate effectiveFrom() { return row.date(StateTables.EFFECTIVE_FROM); }
    public LocalDate effectiveTo() { return row.date(StateTables.EFFECTIVE_TO); }
    public LocalDate terminationDeadline() { return row.date(StateTables.TERMINATION_DEADLINE); }
    public LocalDate complianceDeadline() { return row.date(StateTables.COMPLIANCE_DEADLINE); }
    public String instrument() { return row.text(StateTables.INSTRUMENT); }
    public boolean terminationNeedsApproval() { return Boolean.TRUE.equals(row.bool(StateTables.TERMINATION_NEEDS_APPROVAL)); }

    public StateTables.Scope scope() {
        String s = row.text(StateTables.AGENCY_SCOPE);
        return s == null ? StateTables.Scope.ANY : StateTables.Scope.valueOf(s);
    }

    public List<StateTables.ExceptionCode> exceptions() {
        List<StateTables.ExceptionCode> list = new ArrayList<>();
        String s = row.text(StateTables.EXCEPTIONS);
        if (s != null) for (String t : s.split(",")) list.add(StateTables.ExceptionCode.valueOf(t.strip()));
        return list;
    }

    /** The law applies on this day: effective_from <= day <= effective_to (DOMAIN.md 3.3 item 4). */
    public boolean inEffect(LocalDate day) {
        return (effectiveFrom() == null || !day.isBefore(effectiveFrom())) && (effectiveTo() == null || !day.isAfter(effectiveTo()));
    }

    /** A court declared that existing law never allowed the act: no start date (DOMAIN.md 13.10). */
    public boolean declared() { return effectiveFrom() == null; }

    /** The decision concerned court officers; other officers get it by inference (DOMAIN.md 13.16, Lunn). */
    public boolean courtOfficersOnly() { return Boolean.TRUE.equals(row.bool(StateTables.COURT_OFFICERS_ONLY)); }

    /**
     * The row's confidence: LOW for acts before its low-confidence date (an uncertain effective date, e.g. Oregon
     * before 2022, DOMAIN.md 12.11, or the date of a declaring decision, 13.10 and 13.15), and one step lower when the
     * decision concerned court officers only (13.16).
     */
    public Confidence confidence(LocalDate day) {
        LocalDate low = row.date(StateTables.LOW_CONFIDENCE_BEFORE);
        if (low != null && day.isBefore(low)) return Confidence.LOW;
        Confidence c = Confidence.valueOf(row.text(StateTables.CONFIDENCE));
        if (courtOfficersOnly()) c = c == Confidence.HIGH ? Confidence.MEDIUM : Confidence.LOW;
        return c;
    }

    /** Why the confidence is low for this day, or null. */
    public String lowConfidenceNote(LocalDate day) {
        LocalDate low = row.date(StateTables.LOW_CONFIDENCE_BEFORE);
        List<String> notes = new ArrayList<>();
        if (low != null && day.isBefore(low)) {
            notes.add(declared()
                    ? instrument() + " was decided on " + low + " and declared what state law always was, so it reaches the act"
                            + " on " + day + "; for damages against individual officers, whether the rule was clearly established"
                            + " before " + low + " bears on qualified immunity."
                    : "The act on " + day + " falls before " + low + ", while the exact effective date of " + instrument()
                            + " is uncertain [U].");
        }
        if (courtOfficersOnly()) {
            notes.add(instrument() + " decided the authority of court officers; for other officers it applies as an inference"
                    + " from its reasoning, one confidence step lower.");
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    @Override
    public String toString() { return row.toString(); }
}
