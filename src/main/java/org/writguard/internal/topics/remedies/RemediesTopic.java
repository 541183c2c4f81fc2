package org.writguard.internal.topics.remedies;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Topic;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Circuit;
import org.writguard.facts.ClaimedAuthority;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.Moa;
import org.writguard.facts.RemedyObjective;
import org.writguard.facts.RemedyRequest;
import org.writguard.facts.RespondentType;
import org.writguard.findings.Confidence;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.RowHit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remedies (DOMAIN.md sections 4 and 5, catalog 7-E and 7-F): asks the remedy tables about each pending
 * application (pace of review, duty to decide, mandamus elements in its circuit) and about the adequate
 * alternatives to mandamus, then works out the facts the DRL in rules/remedies turns into F26-F35:
 * {@link ApplicationRemedy}, {@link RemedyContext}, {@link CustodySubject} and {@link LiabilityTarget}.
 */
public final class RemediesTopic implements Topic {

    /** Per assessment: the questions asked. */
    private static final class Asked {
        final Map<Application, PaceLookup> pace = new LinkedHashMap<>();
        /** With the circuit unknown: the question for every circuit (DOMAIN.md 13.9). */
        final Map<Application, Map<Circuit, PaceLookup>> paceEverywhere = new LinkedHashMap<>();
        final Map<Application, DutyLookup> duty = new LinkedHashMap<>();
        final Map<Application, Map<String, ElementLookup>> elements = new LinkedHashMap<>();
        final Map<String, AlternativeLookup> alternatives = new LinkedHashMap<>();
        /** Sheriff capacity questions by "state/function", most specific key first (DOMAIN.md 13.16). */
        final Map<String, List<SheriffCapacityLookup>> sheriff = new LinkedHashMap<>();
    }

    @Override
    public void plan(AssessmentContext ctx) {
        Asked asked = ctx.keep(this, new Asked());
        for (Application a : ctx.caseFile().getApplications()) {
            if (a.getFormType() == null) continue;
            String form = a.getFormType().name();
            String circuit = a.getFederalCircuit() == null ? "" : a.getFederalCircuit().name();
            asked.pace.put(a, ctx.ask(new PaceLookup(form, circuit)));
            if (a.getFederalCircuit() == null) {
                Map<Circuit, PaceLookup> all = new LinkedHashMap<>();
                for (Circuit c : Circuit.values()) all.put(c, ctx.ask(new PaceLookup(form, c.name())));
                asked.paceEverywhere.put(a, all);
            }
            asked.duty.put(a, ctx.ask(new DutyLookup(form)));
            Map<String, ElementLookup> els = new LinkedHashMap<>();
            for (String e : RemediesTables.ELEMENTS) els.put(e, ctx.ask(new ElementLookup(e, circuit)));
            asked.elements.put(a, els);
        }
        for (String s : RemediesTables.SITUATIONS) asked.alternatives.put(s, ctx.ask(new AlternativeLookup(s)));
        for (Hold h : ctx.caseFile().getHolds()) askSheriff(ctx, asked, ctx.agency(h.getAgencyId()), holdState(ctx, h), "JAIL");
        for (Encounter e : ctx.caseFile().getEncounters()) {
            Agency a = e.getAgencyId() == null ? null : ctx.agency(e.getAgencyId());
            askSheriff(ctx, asked, a, e.getState() != null ? e.getState() : a == null ? null : a.getState(), "LAW_ENFORCEMENT");
        }
    }

    private static String holdState(AssessmentContext ctx, Hold h) {
        if (h.getFacilityState() != null) return h.getFacilityState();
        Agency a = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
        return a == null ? null : a.getState();
    }

    private static void askSheriff(AssessmentContext ctx, Asked asked, Agency a, String state, String function) {
        if (a == null || a.getAgencyType() != org.writguard.facts.AgencyType.SHERIFF || state == null) return;
        asked.sheriff.computeIfAbsent(state + "/" + function, k -> {
            List<SheriffCapacityLookup> qs = new ArrayList<>();
            String any = RemediesTables.ANY;
            for (String[] key : new String[][] {{state, function}, {state, any}, {any, function}, {any, any}}) {
                qs.add(ctx.ask(new SheriffCapacityLookup(key[0], key[1])));
            }
            return qs;
        });
    }

    /** The row answering the most specific sheriff-capacity question, or null. */
    private static RowHit sheriffRow(Asked asked, String state, String function) {
        List<SheriffCapacityLookup> qs = asked.sheriff.get(state + "/" + function);
        if (qs == null) return null;
        for (SheriffCapacityLookup q : qs) if (!q.hits().isEmpty()) return q.hits().get(0);
        return null;
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        Asked asked = ctx.kept(this, Asked.class);
        Parameters params = ctx.shared(Parameters.class);
        CaseFile c = ctx.caseFile();

        RemedyContext rc = new RemedyContext();
        rc.request = c.getRemedyRequest();
        asked.alternatives.forEach((s, q) -> {
            if (!q.hits().isEmpty()) rc.alternatives.put(s, q.hits().get(0));
        });
        List<CustodySubject> custody = custodySubjects(ctx);
        Tracked anyCustody = Tracked.no();
        for (CustodySubject s : custody) anyCustody = anyCustody.or(s.inCustody);
        if (custody.isEmpty()) {
            anyCustody = Tracked.of(Tri.UNKNOWN).miss("holds").miss("applications[].in_custody");
        }
        rc.inCustody = anyCustody;
        ctx.insert(rc);
        custody.forEach(ctx::insert);

        for (Application a : c.getApplications()) {
            ctx.insert(application(ctx, a, asked, rc, params));
        }
        for (Hold h : c.getHolds()) {
            LiabilityTarget t = holdTarget(ctx, h);
            defendants(t, ctx.agency(h.getAgencyId()), holdState(ctx, h), "JAIL", asked);
            ctx.insert(t);
        }
        for (Encounter e : c.getEncounters()) {
            LiabilityTarget t = encounterTarget(ctx, e);
            Agency a = e.getAgencyId() == null ? null : ctx.agency(e.getAgencyId());
            defendants(t, a, e.getState() != null ? e.getState() : a == null ? null : a.getState(), "LAW_ENFORCEMENT", asked);
            ctx.insert(t);
        }
    }

    // ------------------------------------------------------------------ custody (DOMAIN.md 12.12)

    private static List<CustodySubject> custodySubjects(AssessmentContext ctx) {
        List<CustodySubject> list = new ArrayList<>();
        for (Hold h : ctx.caseFile().getHolds()) {
            CustodySubject s = new CustodySubject();
            s.kind = "HOLD";
            s.id = h.getHoldId();
            if (h.getHoldEndReason() != null) {
                s.inCustody = Tracked.of(Tri.of(h.getHoldEndReason() == HoldEndReason.STILL_HELD)).use(h, "hold_end_reason");
            } else if (h.getHoldEndedAt() != null) {
                s.inCustody = Tracked.no().use(h, "hold_ended_at");
            } else {
                s.inCustody = Tracked.of(Tri.UNKNOWN).miss(h, "hold_end_reason");
            }
            boolean withIce = h.getCustodyTransferredToIceAt() != null;
            Agency agency = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
            String jail = agency != null && agency.getName() != null ? agency.getName()
                    : h.getAgencyId() != null ? h.getAgencyId() : "the holding jail";
            s.custodian = withIce ? "the ICE field office director with custody (held at " + jail + ")"
                    : "the official in charge of " + jail + (h.getFacilityId() == null ? "" : " (facility " + h.getFacilityId() + ")");
            s.localDetainerHold = !withIce && h.getDetainer() != null;
            String state = h.getFacilityState() != null ? h.getFacilityState() : agency == null ? null : agency.getState();
            s.place = state == null ? null : state;
            list.add(s);
        }
        for (Application a : ctx.caseFile().getApplications()) {
            CustodySubject s = new CustodySubject();
            s.kind = "APPLICATION";
            s.id = a.getApplicationId();
            s.inCustody = Tracked.fact(a.getInCustody(), a, "in_custody");
            s.custodian = "the immediate custodian (the warden of the facility where the person is held)";
            s.place = a.getApplicantState();
            list.add(s);
        }
        return list;
    }

    // ------------------------------------------------------------------ applications (F31-F35)

    private static ApplicationRemedy application(AssessmentContext ctx, Application a, Asked asked, RemedyContext rc,
                                                 Parameters params) {
        ApplicationRemedy x = new ApplicationRemedy();
        x.application = a;
        x.form = a.getFormType();
        x.circuit = a.getFederalCircuit();
        x.evaluationDate = a.getEvaluationDate() != null ? a.getEvaluationDate()
                : ctx.caseFile().getAsOf() == null ? null : ctx.caseFile().getAsOf().toLocalDate();
        x.pending = a.getDecisionOn() == null;
        x.naturalizationRow = rc.alternative("N400_AFTER_INTERVIEW");
        x.inactionRow = rc.alternative("AGENCY_INACTION");
        if (x.form == null) {
            x.paceMissing.add(a.field("form_type"));
            return x;
        }
        pace(ctx, x, asked.pace.get(a), asked.paceEverywhere.get(a));
        naturalization(x, params);
        asylum(x, params);
        delay(x, params);
        RowHit duty = first(asked.duty.get(a));
        x.dutyRow = duty;
        Map<String, ElementLookup> els = asked.elements.get(a);
        LoadedTable elTable = ctx.ruleBook().tables().get(RemediesTables.ELEMENTS_TABLE.name());
        if (els != null) {
            els.forEach((k, q) -> {
                RowHit h = RemediesTables.mostSpecific(elTable, q.hits());
                if (h != null) x.elementRows.put(k, h);
            });
        }
        elements(x, rc, duty);
        return x;
    }

    private static RowHit first(DutyLookup q) { return q == null || q.hits().isEmpty() ? null : q.hits().get(0); }

    /** One circuit's answer on the pace of review: the row in force, or the fact it turns on. */
    record PaceAnswer(RowHit row, String missing) { }

    /**
     * F32: the pace-of-review row for the form in the application's circuit (DOMAIN.md 4.4, 12.10, 13.12, 13.16),
     * in force at as_of (a row's effective dates), a circuit's own row before the general one, and a row limited to
     * visa_number_available = false only when it is false (UNDETERMINED naming it when unknown and the answer turns
     * on it). With the circuit unknown, the form is decided when every circuit gives the same status (13.9).
     */
    private static void pace(AssessmentContext ctx, ApplicationRemedy x, PaceLookup q, Map<Circuit, PaceLookup> everywhere) {
        LoadedTable table = ctx.ruleBook().tables().get(RemediesTables.PACE.name());
        LocalDate asOf = ctx.caseFile().getAsOf() == null ? x.evaluationDate : ctx.caseFile().getAsOf().toLocalDate();
        Boolean visa = x.application.getVisaNumberAvailable();
        if (x.circuit == null && everywhere != null) {
            PaceAnswer least = null;
            String status = null;
            boolean same = true;
            for (PaceLookup lookup : everywhere.values()) {
                PaceAnswer a = answer(table, lookup.hits(), lookup.getCircuit(), asOf, visa, x);
                if (a.row() == null || a.missing() != null) { same = false; break; }
                String st = a.row().text(RemediesTables.STATUS);
                if (status != null && !status.equals(st)) { same = false; break; }
                status = st;
                if (least == null || Confidence.valueOf(a.row().text(RemediesTables.CONFIDENCE)).compareTo(
                        Confidence.valueOf(least.row().text(RemediesTables.CONFIDENCE))) < 0) least = a;
            }
            if (!same || least == null) {
                x.paceMissing.add(x.field("applicant_state"));
                return;
            }
            x.paceEverywhere = true;
            setPace(x, least.row());
            x.controlling = org.writguard.internal.citations.ControllingDecision.of(ctx.ruleBook().authorities(), least.row(), null);
            return;
        }
        PaceAnswer a = answer(table, q == null ? List.of() : q.hits(), x.circuit == null ? "" : x.circuit.name(), asOf, visa, x);
        if (a.missing() != null) {
            x.paceMissing.add(a.missing());
            return;
        }
        if (a.row() == null) {
            x.paceMissing.add(x.field("form_type"));
            return;
        }
        setPace(x, a.row());
        x.controlling = org.writguard.internal.citations.ControllingDecision.of(ctx.ruleBook().authorities(), a.row(),
                x.circuit == null ? null : x.circuit.name());
    }

    private static void setPace(ApplicationRemedy x, RowHit h) {
        x.paceRow = h;
        x.paceStatus = h.text(RemediesTables.STATUS);
        x.paceConfidence = Confidence.valueOf(h.text(RemediesTables.CONFIDENCE));
        // DOMAIN.md 13.15: only a verified BARRED row bars; an unverified one gives F32 at most MEDIUM / LOW.
        x.unverifiedBar = "BARRED".equals(x.paceStatus) && (!h.verified() || "U".equals(h.label()));
    }

    /** The answer in one circuit, from the rows matching (form, circuit): the circuit's own rows before the general. */
    static PaceAnswer answer(LoadedTable table, List<RowHit> hits, String circuit, LocalDate asOf, Boolean visa, ApplicationRemedy x) {
        RowHit own = null;
        RowHit ownIfUnavailable = null;
        RowHit general = null;
        for (RowHit h : hits) {
            if (!inForce(h, asOf)) continue;
            org.writguard.internal.tables.TableRow row = RemediesTables.rowOf(table, h);
            boolean specific = row != null && row.get(RemediesTables.CIRCUIT) != null;
            boolean onlyUnavailable = "UNAVAILABLE".equals(h.text(RemediesTables.VISA_CONDITION));
            if (!specific) {
                if (general == null && !onlyUnavailable) general = h;
            } else if (onlyUnavailable) {
                if (ownIfUnavailable == null) ownIfUnavailable = h;
            } else if (own == null) {
                own = h;
            }
        }
        if (own != null) return new PaceAnswer(own, null);
        if (ownIfUnavailable != null) {
            if (Boolean.FALSE.equals(visa)) return new PaceAnswer(ownIfUnavailable, null);
            if (visa == null) {
                boolean differs = general == null || !general.text(RemediesTables.STATUS).equals(ownIfUnavailable.text(RemediesTables.STATUS));
                if (differs) return new PaceAnswer(null, x.field("visa_number_available"));
            }
        }
        return new PaceAnswer(general, null);
    }

    /** A row's effective dates, judged at as_of (when a suit would be filed; DOMAIN.md 13.12). */
    static boolean inForce(RowHit h, LocalDate asOf) {
        if (asOf == null) return true;
        LocalDate from = h.date(RemediesTables.EFFECTIVE_FROM);
        LocalDate to = h.date(RemediesTables.EFFECTIVE_TO);
        return (from == null || !asOf.isBefore(from)) && (to == null || !asOf.isAfter(to));
    }

    /** F31: 8 U.S.C. § 1447(b), ripe only when more than 120 days have passed since the interview (12.3). */
    private static void naturalization(ApplicationRemedy x, Parameters params) {
        if (!x.isN400() || !x.pending) return;
        Application a = x.application;
        x.days1447b = params.integer(Parameter.NATURALIZATION_1447B_DAYS);
        x.notInRemoval = Tracked.fact(a.getInRemovalProceedings(), x.application, "in_removal_proceedings").not();
        if (a.getInterviewOn() == null) {
            x.ripe = Tri.NO;
            return;
        }
        if (x.days1447b == null) {
            x.ripe = Tri.UNKNOWN;
            x.ripeMissing.add(Parameters.path(Parameter.NATURALIZATION_1447B_DAYS));
            return;
        }
        if (x.evaluationDate == null) {
            x.ripe = Tri.UNKNOWN;
            x.ripeMissing.add(x.field("evaluation_date"));
            return;
        }
        x.daysSinceInterview = ChronoUnit.DAYS.between(a.getInterviewOn(), x.evaluationDate);
        x.ripeOn = a.getInterviewOn().plusDays(x.days1447b + 1L);
        x.ripe = Tri.of(x.daysSinceInterview > x.days1447b);
    }

    /** F35: 8 U.S.C. § 1158(d)(5)(A)(ii)-(iii) goals, unenforceable under (d)(7). */
    private static void asylum(ApplicationRemedy x, Parameters params) {
        if (!x.isAsylum()) return;
        Application a = x.application;
        x.asylumInterviewDays = params.integer(Parameter.ASYLUM_INTERVIEW_DAYS);
        x.asylumDecisionDays = params.integer(Parameter.ASYLUM_DECISION_DAYS);
        if (a.getFiledOn() == null) x.asylumMissing.add(x.field("filed_on"));
        if (x.asylumInterviewDays == null) x.asylumMissing.add(Parameters.path(Parameter.ASYLUM_INTERVIEW_DAYS));
        if (x.asylumDecisionDays == null) x.asylumMissing.add(Parameters.path(Parameter.ASYLUM_DECISION_DAYS));
        if (!x.asylumMissing.isEmpty() || x.evaluationDate == null) return;
        x.daysSinceFiling = ChronoUnit.DAYS.between(a.getFiledOn(), x.evaluationDate);
        x.asylumInterviewGoalPassed = a.getInterviewOn() == null && x.daysSinceFiling > x.asylumInterviewDays;
        x.asylumDecisionGoalPassed = a.getDecisionOn() == null && x.daysSinceFiling > x.asylumDecisionDays;
    }

    /**
     * F33: delay against the analyst's threshold for (form, circuit), and the TRAC score (DOMAIN.md 7-F, 8.3,
     * 12.8, 12.9). Not evaluated when the pace of review is barred, when the application is decided, or for
     * an N-400 after its interview (§ 1447(b) governs that delay).
     */
    private static void delay(ApplicationRemedy x, Parameters params) {
        Application a = x.application;
        if (!x.pending || (x.isBarred() && !x.unverifiedBar) || x.isPostInterviewN400()) return;
        x.delayEvaluated = true;
        String form = x.form.name();
        String circuit = x.circuit == null ? null : x.circuit.name();
        x.thresholdPath = Parameters.path(Parameter.DELAY_THRESHOLD_DAYS, form, circuit == null ? "<CIRCUIT>" : circuit);
        Tracked t = Tracked.yes();
        if (!x.isPaceKnown()) {
            Tracked unknown = Tracked.of(Tri.UNKNOWN);
            x.paceMissing.forEach(unknown::miss);
            t = t.and(unknown);
        }
        if (a.getFiledOn() == null || x.evaluationDate == null) {
            t = t.and(Tracked.of(Tri.UNKNOWN).miss(x.application, "filed_on"));
        } else {
            int applicantDays = a.getApplicantCausedDelayDays() == null ? 0 : a.getApplicantCausedDelayDays();
            x.delayDays = ChronoUnit.DAYS.between(a.getFiledOn(), x.evaluationDate) - applicantDays;
            x.trac = TracScore.of(a, x.delayDays, params);
        }
        Parameters.Value threshold = circuit == null ? null : params.get(Parameter.DELAY_THRESHOLD_DAYS, form, circuit);
        if (threshold == null) {
            // No default exists in law (DOMAIN.md 0.2, 6.7): unset means UNDETERMINED, whatever the score.
            Tracked unset = Tracked.of(Tri.UNKNOWN).miss(x.thresholdPath);
            if (circuit == null) unset.miss(x.application, "applicant_state");
            x.delayUnreasonable = t.and(unset);
            return;
        }
        x.thresholdDays = threshold.asInteger();
        x.thresholdOrigin = threshold.origin();
        if (x.delayDays != null) {
            t = t.and(Tracked.of(Tri.of(x.delayDays >= x.thresholdDays)).use(x.application, "filed_on")
                    .use(x.application, "evaluation_date").use(x.application, "applicant_caused_delay_days").use(x.thresholdPath));
            if (!x.trac.complete()) {
                Tracked missing = Tracked.of(Tri.UNKNOWN);
                x.trac.missing().forEach(missing::miss);
                t = t.and(missing);
            } else {
                t = t.and(Tracked.of(Tri.of(x.trac.meetsCutoff())).use(Parameters.path(Parameter.TRAC_WEIGHTS))
                        .use(Parameters.path(Parameter.TRAC_CUTOFF)));
            }
        }
        x.delayUnreasonable = t;
    }

    /** F34 elements 1-3 and the objective of element 4, from the request, the facts and the duty table. */
    private static void elements(ApplicationRemedy x, RemedyContext rc, RowHit duty) {
        Application a = x.application;
        RemedyRequest r = rc.getRequest();
        // 1. A federal respondent (28 U.S.C. § 1361 reaches officers and agencies of the United States only).
        if (r == null || r.getRespondentType() == null) {
            x.respondentFederal = Tracked.of(Tri.UNKNOWN).miss(rc.field("respondent_type"));
        } else {
            x.respondentFederal = Tracked.of(Tri.of(r.getRespondentType() != RespondentType.STATE_OR_LOCAL_OFFICER))
                    .use(rc.field("respondent_type"));
            x.respondentBoth = r.getRespondentType() == RespondentType.BOTH;
        }
        // 2. A clear duty to decide: pace reviewable, the form carries a duty, no RFE/NOID outstanding.
        Tracked notBarred;
        if (x.isPaceKnown()) {
            notBarred = Tracked.of(Tri.of(!x.isBarred() || x.unverifiedBar)).use(x.application, "form_type");
        } else {
            notBarred = Tracked.of(Tri.UNKNOWN);
            x.paceMissing.forEach(notBarred::miss);
        }
        Tracked hasDuty = duty == null || !"YES".equals(duty.text(RemediesTables.DUTY))
                ? Tracked.of(Tri.UNKNOWN).miss(x.application, "form_type") : Tracked.yes().use(x.application, "form_type");
        Tracked noRfe = Tracked.fact(a.getRfeOrNoidOutstanding(), x.application, "rfe_or_noid_outstanding").not();
        x.dutyToDecide = notBarred.and(hasDuty).and(noRfe);
        // 3. A clear right: filed, biometrics done where required, USCIS (not EOIR) has the case.
        Tracked right = a.getFiledOn() == null ? Tracked.of(Tri.UNKNOWN).miss(x.application, "filed_on") : Tracked.yes().use(x.application, "filed_on");
        if (duty != null && Boolean.TRUE.equals(duty.bool(RemediesTables.BIOMETRICS_REQUIRED))) {
            right = right.and(Tracked.of(Tri.of(a.getBiometricsOn() != null)).use(x.application, "biometrics_on"));
        }
        if (duty != null && Boolean.TRUE.equals(duty.bool(RemediesTables.REMOVAL_ENDS_USCIS_JURISDICTION))) {
            right = right.and(Tracked.fact(a.getInRemovalProceedings(), x.application, "in_removal_proceedings").not());
        }
        x.clearRight = right;
        // 4. (part) The objective is a decision on the application; F31 and F27 are checked by the rule.
        if (r == null || r.getObjective() == null) {
            x.objectiveAdjudicate = Tracked.of(Tri.UNKNOWN).miss(rc.field("objective"));
        } else {
            x.objectiveAdjudicate = Tracked.of(Tri.of(r.getObjective() == RemedyObjective.ADJUDICATE_APPLICATION))
                    .use(rc.field("objective"));
        }
        x.elements = x.respondentFederal.and(x.dutyToDecide).and(x.clearRight).and(x.objectiveAdjudicate);
    }

    // ------------------------------------------------------------------ liability targets (F29/F30)

    private static LiabilityTarget holdTarget(AssessmentContext ctx, Hold h) {
        LiabilityTarget t = new LiabilityTarget();
        t.kind = "HOLD";
        t.id = h.getHoldId();
        t.agencyId = h.getAgencyId();
        Agency agency = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
        t.moaIds = moaIds(agency);
        Boolean onHold = h.getAgencyPolicyBlanketDetainerCompliance();
        Boolean onAgency = agency == null ? null : agency.getAgencyPolicyBlanketDetainerCompliance();
        if (Boolean.TRUE.equals(onHold)) {
            t.blanketPolicy = Tri.YES;
            t.blanketPolicyPath = h.field("agency_policy_blanket_detainer_compliance");
        } else if (Boolean.TRUE.equals(onAgency)) {
            t.blanketPolicy = Tri.YES;
            t.blanketPolicyPath = agency.field("agency_policy_blanket_detainer_compliance");
        } else if (onHold != null || onAgency != null) {
            t.blanketPolicy = Tri.NO;
        }
        if (h.getReleaseEligibleAt() != null) {
            t.actDate = h.getReleaseEligibleAt().toLocalDate();
            t.actDatePath = h.field("release_eligible_at");
        }
        return t;
    }

    private static LiabilityTarget encounterTarget(AssessmentContext ctx, Encounter e) {
        LiabilityTarget t = new LiabilityTarget();
        t.kind = "ENCOUNTER";
        t.id = e.getEncounterId();
        t.agencyId = e.getAgencyId();
        t.moaIds = moaIds(e.getAgencyId() == null ? null : ctx.agency(e.getAgencyId()));
        List<String> events = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        for (FunctionEvent ev : e.getFunctionEvents()) {
            events.add(ev.getEventId());
            if (ev.getClaimedAuthority() == ClaimedAuthority.MOA_287G) claimed.add(ev.getEventId());
        }
        t.eventIds = List.copyOf(events);
        t.claimed287gEventIds = List.copyOf(claimed);
        if (e.getArrest() != null && e.getArrest().getAt() != null) {
            t.actDate = e.getArrest().getAt().toLocalDate();
            t.actDatePath = e.field("arrest") + ".at";
        } else if (e.getStartedAt() != null) {
            t.actDate = e.getStartedAt().toLocalDate();
            t.actDatePath = e.field("started_at");
        }
        return t;
    }

    /**
     * Who may be sued under § 1983 for this target (DOMAIN.md 13.11, 13.15): a local government only through Monell;
     * a State, a state agency or a sheriff acting for the State is no "person" (Will v. Michigan), leaving officers
     * personally and, for prospective relief, state officials under Ex parte Young.
     */
    private static void defendants(LiabilityTarget t, Agency a, String state, String function, Asked asked) {
        t.agencyType = a == null ? null : a.getAgencyType();
        t.function = function;
        t.state = state;
        if (t.agencyType == org.writguard.facts.AgencyType.SHERIFF && state != null) {
            RowHit row = sheriffRow(asked, state, function);
            t.sheriffRow = row;
            t.sheriffCapacity = row == null ? null : row.text(RemediesTables.CAPACITY);
        }
    }

    private static List<String> moaIds(Agency a) {
        List<String> ids = new ArrayList<>();
        if (a != null && a.getMoas() != null) {
            for (Moa m : a.getMoas()) if (m.getMoaId() != null) ids.add(m.getMoaId());
        }
        return ids;
    }

    /** The date two years after {@code d} (28 U.S.C. § 2401(b)); null when unknown. */
    static LocalDate plusTwoYears(LocalDate d) { return d == null ? null : d.plusYears(2); }
}
