package org.writguard.topics.state;

import org.writguard.findings.Confidence;
import org.writguard.tables.RowHit;

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
        return !day.isBefore(effectiveFrom()) && (effectiveTo() == null || !day.isAfter(effectiveTo()));
    }

    /** The row's confidence, LOW for acts before its low-confidence date (e.g. Oregon before 2022, DOMAIN.md 12.11). */
    public Confidence confidence(LocalDate day) {
        LocalDate low = row.date(StateTables.LOW_CONFIDENCE_BEFORE);
        if (low != null && day.isBefore(low)) return Confidence.LOW;
        return Confidence.valueOf(row.text(StateTables.CONFIDENCE));
    }

    /** Why the confidence is low for this day, or null. */
    public String lowConfidenceNote(LocalDate day) {
        LocalDate low = row.date(StateTables.LOW_CONFIDENCE_BEFORE);
        return low != null && day.isBefore(low) ? "The act on " + day + " falls before " + low
                + ", while the exact effective date of " + instrument() + " is uncertain [U]." : null;
    }

    @Override
    public String toString() { return row.toString(); }
}
