package org.writguard.internal.topics.detention;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Topic;
import org.writguard.facts.Agency;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Circuit;
import org.writguard.facts.Hold;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.time.Holiday;
import org.writguard.internal.topics.jurisdiction.Circuits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Detainer holds (DOMAIN.md 7-B, 8.1): asks the holiday calendar for every year a hold touches and the
 * hold-limit policy for its state and detainer form, then works out each hold's clocks and conditions
 * ({@link HoldReview}) for the DRL in rules/detention.
 */
public final class DetentionTopic implements Topic {

    /** Per assessment: the lookups asked. */
    private static final class Asked {
        final Map<Integer, HolidayLookup> years = new LinkedHashMap<>();
        final Map<Hold, List<HoldLimitLookup>> policies = new LinkedHashMap<>();
    }

    @Override
    public void plan(AssessmentContext ctx) {
        Asked asked = ctx.keep(this, new Asked());
        CaseFile c = ctx.caseFile();
        for (Hold h : c.getHolds()) {
            for (int y : HoldReview.years(h, c.getAsOf())) {
                asked.years.computeIfAbsent(y, k -> ctx.ask(new HolidayLookup(Integer.toString(k))));
            }
            String form = h.getDetainer() == null || h.getDetainer().getForm() == null ? null
                    : h.getDetainer().getForm().name();
            List<HoldLimitLookup> qs = new ArrayList<>();
            for (String[] key : keys(state(ctx, h), form)) qs.add(ctx.ask(new HoldLimitLookup(key[0], key[1])));
            asked.policies.put(h, qs);
        }
    }

    /** The facility's state, else the holding agency's (the facility is the agency's jail). */
    static String state(AssessmentContext ctx, Hold h) {
        if (h.getFacilityState() != null) return h.getFacilityState();
        Agency a = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
        return a == null ? null : a.getState();
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        Asked asked = ctx.kept(this, Asked.class);
        CaseFile c = ctx.caseFile();
        Parameters caseParams = ctx.shared(Parameters.class);
        Circuits circuits = ctx.shared(Circuits.class);
        for (Hold h : c.getHolds()) {
            // The limits in force when the hold began (Parameter#dateBasis), so raising a limit later does not
            // rewrite the history of holds that ran under the old one.
            Parameters params = caseParams.on(h.getHoldStartedAt() == null ? null : h.getHoldStartedAt().toLocalDate());
            Parameters.Value detainerMax = params.get(Parameter.DETAINER_HOLD_MAX_HOURS);
            BigDecimal postTransferMax = decimal(params.get(Parameter.POST_TRANSFER_HOLD_MAX_HOURS));
            BigDecimal judicialMax = decimal(params.get(Parameter.JUDICIAL_PC_MAX_HOURS));
            Boolean observed = params.bool(Parameter.OBSERVED_HOLIDAYS_COUNT);
            HolidayRows holidays = holidays(ctx, asked, HoldReview.years(h, c.getAsOf()));
            RowHit policyRow = mostSpecific(asked.policies.get(h));
            HoldLimitPolicy policy = policyRow == null ? HoldLimitPolicy.BOTH
                    : HoldLimitPolicy.valueOf(policyRow.text(DetentionTables.POLICY));
            String policySource = policyRow == null ? "no matching row; BOTH (DOMAIN.md 6.7 default)"
                    : describe(ctx.ruleBook().source(policyRow.rule()), policyRow);
            String state = state(ctx, h);
            if (h.getFacilityState() == null && state != null) {
                Agency held = ctx.agency(h.getAgencyId());
                ctx.shared(org.writguard.engine.CaseNotes.class).holdStateSource(h.getHoldId(), "agency " + held.getAgencyId()
                        + (held.isStateFromRoster() ? " (state from the ICE roster)" : " (state from the case file)"));
            }
            Circuit circuit = circuits.of(state);
            HoldReview.Settings s = new HoldReview.Settings(decimal(detainerMax),
                    detainerMax == null ? null : detainerMax.origin(), postTransferMax, judicialMax, observed, holidays,
                    policy, policySource, circuit, state);
            Agency a = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
            HoldReview review = HoldReview.of(h, a, c.getAsOf(), s, c.findPerson(h.getPersonId()).orElse(null));
            review.policyRow = policyRow;
            if (review.getJudicialPcDueAt() != null) {
                ctx.shared(org.writguard.engine.CaseNotes.class).timeCritical(new org.writguard.engine.CaseNotes.TimeCritical(
                        "JUDICIAL_PC_DETERMINATION_DUE", "HOLD", h.getHoldId(), review.getJudicialPcDueAt(),
                        "The person is still held on the detainer without a neutral probable-cause determination; under County"
                                + " of Riverside v. McLaughlin one is presumptively due within " + review.getJudicialPcMaxHours()
                                + " hours, by " + review.getJudicialPcDueAt()
                                + (circuit == Circuit.C9 ? "" : " (F17 applies in the Ninth Circuit; this hold's circuit is "
                                + (circuit == null ? "unknown" : circuit) + ")")
                                + "; after that moment the government must show a bona fide emergency or other"
                                + " extraordinary circumstance for the delay.",
                        "County of Riverside v. McLaughlin, 500 U.S. 44 (1991); Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)"));
            }
            ctx.insert(review);
        }
    }

    /**
     * The holiday rows of a hold's years and the years among them without a legal holiday. The same years answered
     * by the same rows (the frozen row lists of the rule book's holiday index) give the same {@link HolidayRows}, so
     * it is kept per rule book with the calendars it builds (issue 17, round 3); a fresh session builds its own.
     */
    static HolidayRows holidays(AssessmentContext ctx, Asked asked, Set<Integer> years) {
        List<List<RowHit>> hits = new ArrayList<>(years.size());
        for (int y : years) {
            HolidayLookup q = asked.years.get(y);
            hits.add(q == null ? List.of() : q.hits());
        }
        HolidayMemo memo = ctx.memoized(HolidayMemo.class);
        if (memo == null) memo = ctx.memoize(HolidayMemo.class, new HolidayMemo());
        HolidayMemo.Span span = memo.spans.get(years);
        if (span != null && span.sameRows(hits)) return span.holidays();
        List<Holiday> rows = new ArrayList<>();
        Set<Integer> uncovered = new LinkedHashSet<>();
        int i = 0;
        for (int y : years) {
            List<RowHit> yearHits = hits.get(i++);
            rows.addAll(DetentionTables.holidays(yearHits));
            boolean legal = false;
            for (RowHit r : yearHits) legal |= !Boolean.TRUE.equals(r.bool(DetentionTables.OBSERVED));
            if (!legal) uncovered.add(y);
        }
        HolidayRows built = new HolidayRows(rows, uncovered);
        if (memo.spans.size() < HolidayMemo.LIMIT) memo.spans.put(Set.copyOf(years), new HolidayMemo.Span(hits, built));
        return built;
    }

    /** Per rule book: the holiday rows of each run of years asked, keyed by the years (a few dozen in practice). */
    static final class HolidayMemo {
        static final int LIMIT = 4096;
        final java.util.concurrent.ConcurrentHashMap<Set<Integer>, Span> spans = new java.util.concurrent.ConcurrentHashMap<>();

        /** The row lists each year answered with (compared by identity) and what was built from them. */
        record Span(List<List<RowHit>> hits, HolidayRows holidays) {
            boolean sameRows(List<List<RowHit>> other) {
                if (other.size() != hits.size()) return false;
                for (int i = 0; i < other.size(); i++) if (other.get(i) != hits.get(i)) return false;
                return true;
            }
        }
    }

    /** The policy keys to ask, most specific first: (state, form), (state, ANY), (ANY, form), (ANY, ANY). */
    static List<String[]> keys(String state, String form) {
        List<String[]> keys = new ArrayList<>();
        String any = DetentionTables.ANY;
        if (state != null && form != null) keys.add(new String[] {state, form});
        if (state != null) keys.add(new String[] {state, any});
        if (form != null) keys.add(new String[] {any, form});
        keys.add(new String[] {any, any});
        return keys;
    }

    /** The first row answering the most specific lookup. */
    static RowHit mostSpecific(List<HoldLimitLookup> asked) {
        if (asked == null) return null;
        for (HoldLimitLookup q : asked) {
            if (q.answered()) return q.hits().get(0);
        }
        return null;
    }

    private static String describe(org.writguard.findings.Source src, RowHit row) {
        if (src == null || src.getFile() == null) return row.rule();
        return src.getFile() + "!" + src.getSheet() + " row " + src.getRow() + (row.rowId() == null ? "" : " (" + row.rowId() + ")");
    }

    private static BigDecimal decimal(Parameters.Value v) { return v == null ? null : v.asDecimal(); }
}
