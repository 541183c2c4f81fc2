package org.writguard.internal.findings;

import org.writguard.findings.*;

import org.kie.api.runtime.rule.RuleContext;
import org.writguard.internal.tables.RowHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Assembles a finding inside a rule's consequence:
 * <pre>
 * insert(FindingBuilder.fired(kcontext, FindingCode.MOA_FUNCTION_OUT_OF_SCOPE, "EVENT", $e.getEventId())
 *         .variant("WSO_FUNCTION").explain("...").used($e.getPath() + ".function").fromRow($hit).build());
 * </pre>
 * Defaults come from the catalog. A row that is unverified or labelled [U] caps the finding at MEDIUM
 * severity and LOW confidence (DOMAIN.md 8.5).
 */
public final class FindingBuilder {
    public final FindingCode code;
    public final Status status;
    public String variant;
    public Severity severity;
    public Confidence confidence;
    public final Subject subject;
    public String explanation = "";
    public final LinkedHashSet<String> citations = new LinkedHashSet<>();
    public final LinkedHashSet<String> factsUsed = new LinkedHashSet<>();
    public final LinkedHashSet<String> missingFacts = new LinkedHashSet<>();
    public final Map<String, Object> computed = new LinkedHashMap<>();
    public final List<String> notes = new ArrayList<>();
    public final String rule;
    public String tableRule;
    public final LinkedHashSet<String> consultedRules = new LinkedHashSet<>();
    private boolean capped;

    private FindingBuilder(RuleContext ctx, FindingCode code, Status status, String kind, String id) {
        this(ctx == null ? null : ctx.getRule().getName(), code, status, kind, id);
    }

    private FindingBuilder(String rule, FindingCode code, Status status, String kind, String id) {
        this.code = code;
        this.status = status;
        this.subject = Subject.of(kind, id);
        this.severity = code.getDefaultSeverity();
        this.confidence = code.getDefaultConfidence();
        this.citations.addAll(code.getCitations());
        this.rule = rule;
    }

    /** How a {@link Finding} is made from a builder: installed by Finding itself (its constructor is not public API). */
    private static volatile java.util.function.BiFunction<FindingBuilder, Source, Finding> maker;

    /** Called once, by {@link Finding}'s static initializer. */
    public static void install(java.util.function.BiFunction<FindingBuilder, Source, Finding> findingMaker) {
        maker = findingMaker;
    }

    private static Finding make(FindingBuilder b, Source source) {
        if (maker == null) {
            try {
                Class.forName(Finding.class.getName(), true, Finding.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return maker.apply(b, source);
    }

    public static FindingBuilder fired(RuleContext ctx, FindingCode code, String kind, String id) {
        return new FindingBuilder(ctx, code, Status.FIRED, kind, id);
    }

    public static FindingBuilder undetermined(RuleContext ctx, FindingCode code, String kind, String id) {
        return new FindingBuilder(ctx, code, Status.UNDETERMINED, kind, id);
    }

    /** For code outside a rule (tests, Java-side checks); the rule name is given directly. */
    public static FindingBuilder of(String rule, FindingCode code, Status status, String kind, String id) {
        return new FindingBuilder(rule, code, status, kind, id);
    }

    public FindingBuilder variant(String v) { this.variant = v; return this; }
    public FindingBuilder severity(Severity s) { this.severity = s; return this; }
    public FindingBuilder confidence(Confidence c) { this.confidence = c; return this; }
    public FindingBuilder explain(String text) { this.explanation = text; return this; }
    public FindingBuilder cite(String... cs) {
        for (String c : cs) if (c != null && !c.isBlank()) citations.add(c.strip());
        return this;
    }
    /** Cites a table cell that may hold several authorities separated by ';'. */
    public FindingBuilder citeList(String cell) {
        if (cell != null) for (String c : cell.split(";")) cite(c);
        return this;
    }
    public FindingBuilder used(String... paths) {
        for (String p : paths) if (p != null) factsUsed.add(p);
        return this;
    }
    public FindingBuilder missing(String... paths) {
        for (String p : paths) if (p != null) missingFacts.add(p);
        return this;
    }
    public FindingBuilder missing(java.util.Collection<String> paths) {
        for (String p : paths) if (p != null) missingFacts.add(p);
        return this;
    }
    public FindingBuilder computed(String key, Object value) { computed.put(key, value); return this; }
    public FindingBuilder note(String n) { if (n != null && !n.isBlank()) notes.add(n); return this; }

    /** The table row that decided this finding: its citation is added and its verification caps the result. */
    public FindingBuilder fromRow(RowHit hit) {
        if (hit == null) return this;
        this.tableRule = hit.rule();
        citeList(hit.citation());
        if (!hit.verified()) capped = true;
        return this;
    }

    /**
     * Records a table row the rule consulted (which measure or policy applied) without making it the finding's
     * source, citing it or capping the finding by it: the report lists it under {@code source.consulted}, and a
     * fixture's {@code source} expectation matches it as well as the source itself.
     */
    public FindingBuilder consulted(RowHit hit) {
        if (hit != null) consultedRules.add(hit.rule());
        return this;
    }

    /** Caps the finding as an unverified source would (DOMAIN.md 8.5, 12.4). */
    public FindingBuilder unverified() { capped = true; return this; }

    public Finding build() {
        if (status == Status.UNDETERMINED && missingFacts.isEmpty()) {
            throw new IllegalStateException(code + ": an UNDETERMINED finding must name its missing facts");
        }
        if (citations.isEmpty()) throw new IllegalStateException(code + ": a finding must cite its law");
        if (capped) {
            severity = severity.atMost(Severity.MEDIUM);
            confidence = Confidence.LOW;
            notes.add("Based on a table row that is unverified or labelled [U]; analyst review required.");
        }
        return make(this, null);
    }
}
