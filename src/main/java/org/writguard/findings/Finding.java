package org.writguard.findings;

import org.writguard.internal.findings.FindingBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding: immutable, and also a fact in the session so that later rules can reason on earlier
 * findings (F07 on F01-F05, F29/F30 on violations, suppression of F34). JavaBean getters, because DRL
 * constraints read properties.
 */
public final class Finding {
    private final FindingCode code;
    private final Status status;
    private final String variant;
    private final Severity severity;
    private final Confidence confidence;
    private final Subject subject;
    private final String explanation;
    private final List<String> citations;
    private final List<String> factsUsed;
    private final List<String> missingFacts;
    private final Map<String, Object> computed;
    private final List<String> notes;
    private final String rule;
    private final String tableRule;
    private final Source source;
    /** Rule names of table rows the rule consulted without taking its source from them (e.g. F13's hold-limit policy). */
    private final List<String> consultedRules;
    /** Those rows, resolved to file, sheet and row (empty until the engine resolves sources). */
    private final List<Source> consulted;
    /** The citations resolved from the authorities table and labelled for the matter (empty until resolved). */
    private final List<Authority> authorities;

    static {
        FindingBuilder.install(Finding::new);
    }

    private Finding(FindingBuilder b, Source source) {
        this.code = b.code;
        this.status = b.status;
        this.variant = b.variant;
        this.severity = b.severity;
        this.confidence = b.confidence;
        this.subject = b.subject;
        this.explanation = b.explanation;
        this.citations = List.copyOf(b.citations);
        this.factsUsed = List.copyOf(b.factsUsed);
        this.missingFacts = List.copyOf(b.missingFacts);
        this.computed = Collections.unmodifiableMap(new LinkedHashMap<>(b.computed));
        this.notes = List.copyOf(b.notes);
        this.rule = b.rule;
        this.tableRule = b.tableRule;
        this.source = source;
        this.consultedRules = List.copyOf(b.consultedRules);
        this.consulted = List.of();
        this.authorities = List.of();
    }

    private Finding(Finding f, Source source) {
        this(f, source, f.computed, f.consulted);
    }

    private Finding(Finding f, Source source, Map<String, Object> computed) {
        this(f, source, computed, f.consulted);
    }

    private Finding(Finding f, Source source, Map<String, Object> computed, List<Source> consulted) {
        this(f, source, computed, consulted, f.citations, f.authorities);
    }

    private Finding(Finding f, Source source, Map<String, Object> computed, List<Source> consulted,
                    List<String> citations, List<Authority> authorities) {
        this.code = f.code;
        this.status = f.status;
        this.variant = f.variant;
        this.severity = f.severity;
        this.confidence = f.confidence;
        this.subject = f.subject;
        this.explanation = f.explanation;
        this.citations = List.copyOf(citations);
        this.factsUsed = f.factsUsed;
        this.missingFacts = f.missingFacts;
        this.computed = computed;
        this.notes = f.notes;
        this.rule = f.rule;
        this.tableRule = f.tableRule;
        this.source = source;
        this.consultedRules = f.consultedRules;
        this.consulted = List.copyOf(consulted);
        this.authorities = List.copyOf(authorities);
    }

    private Finding(Finding f, Status status, Severity severity, Confidence confidence, List<String> citations,
            List<String> factsUsed, List<String> missingFacts, Map<String, Object> computed, List<String> notes) {
        this.code = f.code;
        this.status = status;
        this.variant = f.variant;
        this.severity = severity;
        this.confidence = confidence;
        this.subject = f.subject;
        this.explanation = f.explanation;
        this.citations = List.copyOf(citations);
        this.factsUsed = List.copyOf(factsUsed);
        this.missingFacts = List.copyOf(missingFacts);
        this.computed = Collections.unmodifiableMap(new LinkedHashMap<>(computed));
        this.notes = List.copyOf(notes);
        this.rule = f.rule;
        this.tableRule = f.tableRule;
        this.source = f.source;
        this.consultedRules = f.consultedRules;
        this.consulted = f.consulted;
        List<Authority> kept = new java.util.ArrayList<>();
        for (Authority a : f.authorities) if (this.citations.contains(a.getCitation())) kept.add(a);
        this.authorities = List.copyOf(kept);
    }

    /**
     * A copy with another status, severity, confidence, citations, facts, computed values and notes: the merge of
     * this finding over the readings of a case whose dates are known only in part (DOMAIN.md 13.5). Code, variant,
     * subject, explanation, rule and source stay. An UNDETERMINED copy must name a missing fact.
     */
    public Finding revised(Status status, Severity severity, Confidence confidence, List<String> citations,
            List<String> factsUsed, List<String> missingFacts, Map<String, Object> computed, List<String> notes) {
        if (status == Status.UNDETERMINED && missingFacts.isEmpty()) {
            throw new IllegalStateException(code + ": an UNDETERMINED finding must name its missing facts");
        }
        return new Finding(this, status, severity, confidence, citations, factsUsed, missingFacts, computed, notes);
    }

    /** A copy whose source has been resolved to a file, sheet and row. */
    public Finding withSource(Source resolved) { return new Finding(this, resolved); }

    /** A copy whose source and consulted table rows have been resolved to a file, sheet and row. */
    public Finding withSources(Source resolved, List<Source> consultedRows) {
        return new Finding(this, resolved, computed, consultedRows);
    }

    /**
     * A copy citing these authorities, in this order: {@link #getCitations()} becomes their printed citations.
     * The engine calls it once it has resolved the finding's authority ids against the authorities table.
     */
    public Finding withAuthorities(List<Authority> resolved) {
        List<String> printed = new java.util.ArrayList<>();
        for (Authority a : resolved) if (!printed.contains(a.getCitation())) printed.add(a.getCitation());
        return new Finding(this, source, computed, consulted, printed, resolved);
    }

    /** A copy with one more computed value (added after the rules, e.g. where a hold's state came from). */
    public Finding withComputed(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(computed);
        m.putIfAbsent(key, value);
        return new Finding(this, source, Collections.unmodifiableMap(m));
    }

    public FindingCode getCode() { return code; }
    public Status getStatus() { return status; }
    public boolean isFired() { return status == Status.FIRED; }
    public String getVariant() { return variant; }
    public Severity getSeverity() { return severity; }
    public Confidence getConfidence() { return confidence; }
    public Subject getSubject() { return subject; }
    public String getSubjectKind() { return subject.getKind(); }
    public String getSubjectId() { return subject.getId(); }
    public String getExplanation() { return explanation; }
    /**
     * The citations as printed (e.g. {@code Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)}), binding ones first.
     * Inside a rule session, before the engine resolves them, these are authority ids ({@code galarza-2014}).
     */
    public List<String> getCitations() { return citations; }
    /**
     * The same citations with their authorities-table id, court, date, later history and the label for the
     * matter (binding, persuasive, ...), binding first; empty only for a finding the engine has not resolved.
     */
    public List<Authority> getAuthorities() { return authorities; }
    public List<String> getFactsUsed() { return factsUsed; }
    public List<String> getMissingFacts() { return missingFacts; }
    public Map<String, Object> getComputed() { return computed; }
    public List<String> getNotes() { return notes; }
    /** The rule that produced the finding. */
    public String getRule() { return rule; }
    /** The decision-table rule (row) that decided it, when a table row did. */
    public String getTableRule() { return tableRule; }
    public Source getSource() { return source; }
    /** Rule names of the table rows consulted (see {@link FindingBuilder#consulted}). */
    public List<String> getConsultedRules() { return consultedRules; }
    /** The table rows the rule consulted beside its source, resolved; empty when none. */
    public List<Source> getConsulted() { return consulted; }

    /** Same code, variant and subject: the same finding reached twice. */
    public String identity() {
        return code + "|" + Objects.toString(variant, "") + "|" + subject.getKind() + "|" + subject.getId() + "|" + status;
    }

    @Override
    public String toString() {
        return code + (variant == null ? "" : "/" + variant) + " " + status + " " + severity + " "
                + subject.getKind() + ":" + subject.getId();
    }
}
