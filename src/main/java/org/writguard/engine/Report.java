package org.writguard.engine;

import org.writguard.internal.engine.*;

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
public record Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                     String caseName, List<CaseNotes.TimeCritical> timeCritical,
                     List<CaseNotes.FilingDeadline> deadlines, List<CaseNotes.HabeasPractice> habeas) {
    /** Printed with every output: writguard is decision support, not legal advice. */
    public static final String DISCLAIMER = "Decision support for trained analysts, not legal advice. writguard flags"
            + " possible issues and possible remedies; it does not decide whether a law was broken or whether a"
            + " remedy will succeed. A licensed attorney must review every finding before anyone acts on it."
            + " Delay thresholds and TRAC weights are analyst settings, not law.";

    public Report {
        findings = List.copyOf(findings);
        timeCritical = timeCritical == null ? List.of() : List.copyOf(timeCritical);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        habeas = habeas == null ? List.of() : List.copyOf(habeas);
    }

    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName, List<CaseNotes.TimeCritical> timeCritical) {
        this(asOf, findings, engineVersion, ruleBookVersion, caseName, timeCritical, List.of(), List.of());
    }

    /** What must be done first, or null when nothing in this report is urgent (issue 19 item 1). */
    public ActNow actNow() { return ActNow.of(this); }

    public Report(OffsetDateTime asOf, List<Finding> findings, String engineVersion, String ruleBookVersion,
                  String caseName) {
        this(asOf, findings, engineVersion, ruleBookVersion, caseName, List.of(), List.of(), List.of());
    }

    public List<Finding> fired() {
        return findings.stream().filter(f -> f.getStatus() == Status.FIRED).toList();
    }

    public List<Finding> undetermined() {
        return findings.stream().filter(f -> f.getStatus() == Status.UNDETERMINED).toList();
    }

    /** The highest severity among FIRED findings, ignoring F22 (which never raises it, DOMAIN.md 8.5). */
    public Optional<Severity> highestSeverity() {
        return fired().stream().filter(f -> f.getCode() != org.writguard.findings.FindingCode.STATE_MANDATE_287G_NONCOMPLIANCE)
                .map(Finding::getSeverity).max(Enum::compareTo);
    }
}
