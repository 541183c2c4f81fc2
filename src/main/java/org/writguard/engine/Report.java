package org.writguard.engine;

import org.writguard.findings.Finding;
import org.writguard.findings.Severity;
import org.writguard.findings.Status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of one assessment: the findings that fired or could not be decided, the moment of
 * evaluation, and the engine and rule-book versions that produced them.
 */
public final class Report {
    private final OffsetDateTime asOf;
    private final List<Finding> findings;
    private final String engineVersion;
    private final String ruleBookVersion;
    private final String caseName;
    private final List<CaseNotes.TimeCritical> timeCritical;
    private final List<CaseNotes.FilingDeadline> deadlines;
    private final List<CaseNotes.HabeasPractice> habeas;
    /** Where the matter sits (issue 19 item 3); set by {@link #withJurisdiction}. */
    private MatterJurisdiction jurisdiction = MatterJurisdiction.UNKNOWN;
    private final Reading reading;

    /** A report; writguard makes these ({@link RuleBook#assess}), embedders read them. Lists are copied. */
    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName, List<CaseNotes.TimeCritical> timeCritical, List<CaseNotes.FilingDeadline> deadlines,
                  List<CaseNotes.HabeasPractice> habeas) {
        this(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, deadlines, habeas, null);
    }

    /** As above, with the parts that make the report readable (issue 19 item 8); null reads as {@link Reading#EMPTY}. */
    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName, List<CaseNotes.TimeCritical> timeCritical, List<CaseNotes.FilingDeadline> deadlines,
                  List<CaseNotes.HabeasPractice> habeas, Reading reading) {
        this.reading = reading == null ? Reading.EMPTY : reading;
        findings = List.copyOf(findings);
        timeCritical = timeCritical == null ? List.of() : List.copyOf(timeCritical);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        habeas = habeas == null ? List.of() : List.copyOf(habeas);
        this.asOf = asOf;
        this.findings = findings;
        this.engineVersion = engineVersion;
        this.ruleBookVersion = ruleBookVersion;
        this.caseName = caseName;
        this.timeCritical = timeCritical;
        this.deadlines = deadlines;
        this.habeas = habeas;
    }

    /** The moment the case was evaluated at (the case's {@code as_of}). */
    public OffsetDateTime getAsOf() { return asOf; }
    /** Every finding, FIRED and UNDETERMINED, by code number, subject, variant and status. */
    public List<Finding> getFindings() { return findings; }
    /** The writguard engine's version. */
    public String getEngineVersion() { return engineVersion; }
    /** SHA-256 of the tables and rules that produced this report. */
    public String getRuleBookVersion() { return ruleBookVersion; }
    /** The case's name as given to {@code assess} (a file name, an intake number). */
    public String getCaseName() { return caseName; }
    /** What is due soonest (a probable-cause determination, a hold's end), for "Act now". */
    public List<CaseNotes.TimeCritical> getTimeCritical() { return timeCritical; }
    /** Filing deadlines computed from the facts (limitations periods, notice of claim), by state. */
    public List<CaseNotes.FilingDeadline> getDeadlines() { return deadlines; }
    /** For each hold still running: custody, respondents, district and exhaustion notes for a habeas petition. */
    public List<CaseNotes.HabeasPractice> getHabeas() { return habeas; }
    /** Questions for the missing facts, the chronology, what is not shown and why, the law tables' date. */
    public Reading getReading() { return reading; }

    /** This report with {@code reading} in place of its own. */
    public Report withReading(Reading reading) {
        Report r = new Report(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, deadlines, habeas, reading);
        r.jurisdiction = jurisdiction;
        return r;
    }

    /** Where the matter sits: its states and circuits, which decide whether an authority is binding here. */
    public MatterJurisdiction getJurisdiction() { return jurisdiction; }

    /** A copy of this report that knows where the matter sits (the engine sets it; null means unknown). */
    public Report withJurisdiction(MatterJurisdiction matter) {
        Report r = new Report(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, deadlines, habeas, reading);
        r.jurisdiction = matter == null ? MatterJurisdiction.UNKNOWN : matter;
        return r;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof Report o)) return false;
        return java.util.Objects.equals(asOf, o.asOf) && java.util.Objects.equals(findings, o.findings) && java.util.Objects.equals(engineVersion, o.engineVersion) && java.util.Objects.equals(ruleBookVersion, o.ruleBookVersion) && java.util.Objects.equals(caseName, o.caseName) && java.util.Objects.equals(timeCritical, o.timeCritical) && java.util.Objects.equals(deadlines, o.deadlines) && java.util.Objects.equals(habeas, o.habeas) && jurisdiction.equals(o.jurisdiction) && reading.equals(o.reading);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, deadlines, habeas, jurisdiction, reading); }

    @Override
    public String toString() { return "Report[asOf=" + asOf + ", findings=" + findings + ", engineVersion=" + engineVersion + ", ruleBookVersion=" + ruleBookVersion + ", caseName=" + caseName + ", timeCritical=" + timeCritical + ", deadlines=" + deadlines + ", habeas=" + habeas + "]"; }
    /** Printed with every output: writguard is decision support, not legal advice. */
    public static final String DISCLAIMER = "Decision support for trained analysts, not legal advice. writguard flags"
            + " possible issues and possible remedies; it does not decide whether a law was broken or whether a"
            + " remedy will succeed. Using writguard or reading this report creates no attorney-client relationship."
            + " A licensed attorney must review every finding before anyone acts on it."
            + " Delay thresholds and TRAC weights are analyst settings, not law.";


    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName, List<CaseNotes.TimeCritical> timeCritical) {
        this(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, List.of(), List.of());
    }

    /** What must be done first, or null when nothing in this report is urgent (issue 19 item 1). */
    public ActNow getActNow() { return ActNow.of(this); }

    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName) {
        this(asOf, findings, engineVersion, ruleBookVersion, caseName, List.of(), List.of(), List.of());
    }

    public List<Finding> getFired() {
        return findings.stream().filter(f -> f.getStatus() == Status.FIRED).toList();
    }

    public List<Finding> getUndetermined() {
        return findings.stream().filter(f -> f.getStatus() == Status.UNDETERMINED).toList();
    }

    /** The highest severity among FIRED findings, ignoring F22 (which never raises it, DOMAIN.md 8.5). */
    public Optional<Severity> getHighestSeverity() {
        return getFired().stream().filter(f -> f.getCode() != org.writguard.findings.FindingCode.STATE_MANDATE_287G_NONCOMPLIANCE)
                .map(Finding::getSeverity).max(Enum::compareTo);
    }
}
