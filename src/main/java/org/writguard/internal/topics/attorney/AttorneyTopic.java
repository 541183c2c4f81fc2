package org.writguard.internal.topics.attorney;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.engine.CaseNotes;
import org.writguard.internal.engine.Topic;
import org.writguard.facts.Agency;
import org.writguard.facts.AgencyType;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Encounter;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.findings.Source;
import org.writguard.internal.tables.RowHit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The attorney's read (issue 19 items 2 and 5): filing deadlines from the § 1983 limitations and notice-of-claim
 * tables by the state of each hold and encounter, and habeas practice (respondents, federal district from the
 * federal-districts table, exhaustion, state route) for every hold whose custody may still be running. What it
 * learns goes into the report through {@link CaseNotes}, never into a finding: deadlines are facts about the
 * calendar, not conclusions about the law.
 */
public final class AttorneyTopic implements Topic {
    static final String LIMITATIONS = "SECTION_1983_LIMITATIONS";
    static final String NOTICE = "NOTICE_OF_CLAIM";
    static final String COMPUTED = "COMPUTED";
    static final String NOT_YET_RUNNING = "NOT_YET_RUNNING";
    static final String UNDETERMINED = "UNDETERMINED";

    /** Exhaustion before a § 2241 petition against ICE custody (prudential, not statutory). */
    static final String ICE_EXHAUSTION = "For detention under 8 U.S.C. § 1226(a), a bond redetermination before an"
            + " immigration judge (8 C.F.R. §§ 236.1(d), 1003.19) and an appeal to the BIA (8 C.F.R. § 1003.38) usually"
            + " come first; exhaustion in § 2241 immigration cases is prudential and courts excuse it where it would be"
            + " futile or the harm irreparable. Detention under § 1225(b) or § 1231 has no bond hearing to exhaust.";
    /** Exhaustion for a local detainer hold. */
    static final String LOCAL_EXHAUSTION = "A local hold on an ICE detainer has no immigration-court bond hearing to"
            + " exhaust: the jail, not ICE, holds the person. Ask the jail to release in writing first (a refusal"
            + " documents the custodian's position); a federal court may expect the state-court route to be tried"
            + " or shown inadequate.";

    private record Asked(Map<String, LimitationsLookup> limitations, Map<String, NoticeOfClaimLookup> notices,
                         Map<String, DistrictLookup> districts,
                         Map<String, org.writguard.internal.reading.StateHabeasLookup> stateHabeas) { }

    @Override
    public void plan(AssessmentContext ctx) {
        CaseFile c = ctx.caseFile();
        Set<String> states = new LinkedHashSet<>();
        for (Hold h : c.getHolds()) states.add(state(ctx, h));
        for (Encounter e : c.getEncounters()) states.add(e.getState());
        states.remove(null);
        Map<String, LimitationsLookup> lim = new LinkedHashMap<>();
        Map<String, NoticeOfClaimLookup> noc = new LinkedHashMap<>();
        Map<String, DistrictLookup> dis = new LinkedHashMap<>();
        Map<String, org.writguard.internal.reading.StateHabeasLookup> sh = new LinkedHashMap<>();
        for (Hold h : c.getHolds()) {
            String s = state(ctx, h);
            if (s != null && !sh.containsKey(s)) sh.put(s, ctx.ask(new org.writguard.internal.reading.StateHabeasLookup(s)));
        }
        for (String s : states) {
            lim.put(s, ctx.ask(new LimitationsLookup(s)));
            noc.put(s, ctx.ask(new NoticeOfClaimLookup(s)));
            dis.put(s, ctx.ask(new DistrictLookup(s)));
        }
        ctx.keep(this, new Asked(lim, noc, dis, sh));
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        Asked asked = ctx.kept(this, Asked.class);
        CaseNotes notes = ctx.shared(CaseNotes.class);
        CaseFile c = ctx.caseFile();
        LocalDate asOf = c.getAsOf() == null ? null : c.getAsOf().toLocalDate();
        for (Hold h : c.getHolds()) {
            String state = state(ctx, h);
            Agency a = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
            boolean still = h.getHoldEndReason() == HoldEndReason.STILL_HELD;
            OffsetDateTime end = h.getHoldEndedAt();
            String endPath = h.getPath() + ".hold_ended_at";
            LocalDate start = still ? null : end == null ? null : end.toLocalDate();
            List<String> missing = new ArrayList<>();
            if (state == null) missing.add(h.getPath() + ".facility_state");
            if (!still && end == null) {
                missing.add(h.getHoldEndReason() == null ? h.getPath() + ".hold_end_reason" : endPath);
            }
            String from = still ? "the end of hold " + h.getHoldId() + " (still held at as_of)"
                    : "the end of hold " + h.getHoldId() + " (" + endPath + (end == null ? ", unknown)" : " = " + end + ")");
            String accrualNote = "A false-imprisonment claim accrues when the detention ends or legal process begins"
                    + " (Wallace v. Kato, 549 U.S. 384 (2007)).";
            deadlines(ctx, notes, "HOLD", h.getHoldId(), state, asked, start, still ? asOf : start, still, missing, from,
                    accrualNote, a);
            if (still || h.getHoldEndReason() == HoldEndReason.ICE_ASSUMED_CUSTODY) {
                notes.habeas(habeas(ctx, h, a, state, still, asked));
            }
        }
        for (Encounter e : c.getEncounters()) {
            Agency a = e.getAgencyId() == null ? null : ctx.agency(e.getAgencyId());
            List<String> missing = new ArrayList<>();
            if (e.getState() == null) missing.add(e.getPath() + ".state");
            if (e.getStartedAt() == null) missing.add(e.getPath() + ".started_at");
            LocalDate start = e.getStartedAt() == null ? null : e.getStartedAt().toLocalDate();
            String from = "the encounter " + e.getEncounterId() + " (" + e.getPath() + ".started_at"
                    + (start == null ? ", unknown)" : " = " + e.getStartedAt() + ")");
            deadlines(ctx, notes, "ENCOUNTER", e.getEncounterId(), e.getState(), asked, start, start, false, missing,
                    from, "A claim for an unlawful stop, search or arrest accrues on the day of the encounter; a claim"
                            + " for the detention that followed accrues when it ends (Wallace v. Kato, 549 U.S. 384 (2007)).", a);
        }
    }

    private void deadlines(AssessmentContext ctx, CaseNotes notes, String kind, String id, String state, Asked asked,
                           LocalDate start, LocalDate arising, boolean notYet, List<String> missing, String from,
                           String accrualNote, Agency agency) {
        if (state == null) {
            notes.deadline(new CaseNotes.FilingDeadline(LIMITATIONS, kind, id, null, UNDETERMINED, null, null, from,
                    missing, null, false, "The state is unknown, so the borrowed limitations period is too."));
            return;
        }
        LimitationsLookup lq = asked.limitations().get(state);
        RowHit row = lq == null ? null : inForce(lq.hits(), arising);
        if (row == null) {
            notes.deadline(new CaseNotes.FilingDeadline(LIMITATIONS, kind, id, null, UNDETERMINED, null, null, from,
                    missing, null, false, "The limitations table has no row for " + state
                    + (arising == null ? "" : " on " + arising) + ": look the period up before relying on any date."));
        } else {
            ctx.used(row);
            String accrual = row.text(AttorneyTables.ACCRUAL);
            notes.deadline(deadline(ctx, LIMITATIONS, kind, id, row, start, notYet, missing, from,
                    accrual == null ? accrualNote : accrual));
        }
        NoticeOfClaimLookup nq = asked.notices().get(state);
        if (nq == null) return;
        for (RowHit n : nq.hits()) {
            if (!covers(n.text(AttorneyTables.DEFENDANTS), agency)) continue;
            ctx.used(n);
            String serve = n.text(AttorneyTables.SERVE_ON);
            String employees = n.text(AttorneyTables.EMPLOYEES_COVERED);
            notes.deadline(deadline(ctx, NOTICE, kind, id, n, start, notYet, missing, from,
                    "For state-law claims against " + n.text(AttorneyTables.DEFENDANTS).toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " defendants" + ("YES".equals(employees) ? " and their employees" : "UNCLEAR".equals(employees)
                            ? " (whether it covers their employees is unclear)" : "") + "; serve on " + serve
                            + ". It does not apply to a § 1983 claim (Felder v. Casey, 487 U.S. 131 (1988))."));
        }
    }

    private static CaseNotes.FilingDeadline deadline(AssessmentContext ctx, String kind, String subjectKind, String id,
                                                     RowHit row, LocalDate start, boolean notYet, List<String> missing,
                                                     String from, String note) {
        int n = row.integer(AttorneyTables.PERIOD);
        String unit = row.text(AttorneyTables.UNIT);
        String period = n + " " + unit.toLowerCase(Locale.ROOT);
        LocalDate date = start == null ? null : add(start, n, unit);
        String status = notYet ? NOT_YET_RUNNING : date == null ? UNDETERMINED : COMPUTED;
        boolean verified = row.verified();
        String v = verified ? "" : " The table row is not verified: check the period before relying on the date.";
        return new CaseNotes.FilingDeadline(kind, subjectKind, id, date, status, period, row.text(AttorneyTables.STATUTE),
                from, notYet ? List.of() : missing, where(ctx, row), verified,
                (notYet ? "Not yet running: it runs " + period + " from the end of the custody. " : "") + note + v);
    }

    static LocalDate add(LocalDate d, int n, String unit) {
        return switch (unit) {
            case "DAYS" -> d.plusDays(n);
            case "MONTHS" -> d.plusMonths(n);
            default -> d.plusYears(n);
        };
    }

    /** The row in force for a claim arising on {@code day} (the open-ended row when the day is unknown). */
    static RowHit inForce(List<RowHit> rows, LocalDate day) {
        for (RowHit r : rows) {
            LocalDate from = r.date(AttorneyTables.ARISING_FROM);
            LocalDate until = r.date(AttorneyTables.ARISING_UNTIL);
            if (day == null ? until == null
                    : (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until))) {
                return r;
            }
        }
        return null;
    }

    /** Whether a notice-of-claim row protects the agency's kind of body (every row when the kind is unknown). */
    static boolean covers(String defendants, Agency agency) {
        AgencyType t = agency == null ? null : agency.getAgencyType();
        if (t == null || t == AgencyType.OTHER || defendants == null) return true;
        return switch (defendants) {
            case "COUNTY" -> t == AgencyType.SHERIFF || t == AgencyType.COUNTY_CORRECTIONS;
            case "MUNICIPALITY" -> t == AgencyType.MUNICIPAL_POLICE;
            case "LOCAL_GOVERNMENT" -> t == AgencyType.SHERIFF || t == AgencyType.COUNTY_CORRECTIONS
                    || t == AgencyType.MUNICIPAL_POLICE;
            default -> true;
        };
    }

    private static String where(AssessmentContext ctx, RowHit row) {
        Source s = ctx.ruleBook().source(row.rule());
        if (s == null) return row.rule();
        return s.getFile() + (s.getSheet() == null ? "" : "!" + s.getSheet() + " row " + s.getRow());
    }

    private CaseNotes.HabeasPractice habeas(AssessmentContext ctx, Hold h, Agency a, String state, boolean still,
                                            Asked asked) {
        String jail = a == null ? "the jail holding the person" : a.getName() == null ? a.getAgencyId() : a.getName();
        String facility = h.getFacilityId() == null ? "" : " (facility " + h.getFacilityId() + ")";
        List<String> respondents = new ArrayList<>();
        String custody;
        String exhaustion;
        boolean warrant = h.getDetainer() != null && h.getDetainer().getAccompaniedBy() != null
                && h.getDetainer().getAccompaniedBy().name().startsWith("I2");
        if (still) {
            custody = "Held by " + jail + facility + " on the ICE detainer (hold " + h.getHoldId() + ").";
            respondents.add("the head of " + jail + " (the sheriff, warden or jail administrator): the immediate"
                    + " custodian (Rumsfeld v. Padilla, 542 U.S. 426 (2004))");
            if (warrant) {
                respondents.add("the ICE Field Office Director whose area of responsibility includes the jail, since the hold"
                        + " rests on an ICE warrant (" + h.getDetainer().getAccompaniedBy() + ")");
            }
            exhaustion = LOCAL_EXHAUSTION;
        } else {
            custody = "ICE assumed custody from " + jail + facility + (h.getCustodyTransferredToIceAt() == null ? ""
                    : " on " + h.getCustodyTransferredToIceAt()) + "; if the person is still in ICE custody:";
            respondents.add("the warden of the facility now holding the person (the immediate custodian, Rumsfeld v."
                    + " Padilla, 542 U.S. 426 (2004))");
            respondents.add("the ICE Field Office Director for the area where the person is held (the legal custodian"
                    + " most courts require in immigration habeas)");
            exhaustion = ICE_EXHAUSTION;
        }
        List<String> districts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        String note;
        DistrictLookup dq = state == null ? null : asked.districts().get(state);
        List<RowHit> rows = dq == null ? List.of() : dq.hits();
        String county = a == null ? null : a.getCounty();
        if (!still) {
            note = "A petition is filed in the district where the person is held when it is filed; ICE often moves"
                    + " people, so confirm the facility before filing.";
            rows = List.of();
        } else if (rows.isEmpty()) {
            note = state == null ? "The state of the hold is unknown." : "The federal-districts table has no row for " + state + ".";
        } else {
            RowHit any = rows.stream().filter(r -> AttorneyTables.ANY.equals(r.text(AttorneyTables.COUNTY))).findFirst().orElse(null);
            RowHit match = any != null ? any : county == null ? null : rows.stream()
                    .filter(r -> norm(r.text(AttorneyTables.COUNTY)).equals(norm(county))).findFirst().orElse(null);
            if (match != null) {
                rows = List.of(match);
                note = any != null ? state + " is one judicial district."
                        : "The jail's county (" + county + ", from agency " + a.getAgencyId() + ") lies in this district.";
            } else {
                note = county == null
                        ? "The county of the jail is unknown (no facility county in the case, no county on the agency): the"
                        + " petition goes to whichever of these districts contains the jail."
                        : "The county " + county + " is not in the districts table for " + state + ": the petition goes to"
                        + " whichever of these districts contains the jail.";
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (RowHit r : rows) {
            String d = r.text(AttorneyTables.DISTRICT) + " (" + r.text(AttorneyTables.DISTRICT_ABBR) + ")";
            if (rows.size() == 1 && r.text(AttorneyTables.DIVISION) != null) d += ", " + r.text(AttorneyTables.DIVISION) + " Division";
            if (seen.add(d)) {
                districts.add(d);
                ctx.used(r);
                if (rows.size() == 1) sources.add(where(ctx, r));
            }
        }
        if (rows.size() > 1 && dq != null) sources.add(where(ctx, rows.get(0)).replaceAll(" row \\d+$", "") + " (rows of " + state + ")");
        String stateRoute = still
                ? "State habeas corpus in the courts of " + (state == null ? "the state" : state) + " against the same custodian:"
                + " a county hold on a detainer is custody under state authority, and state courts have ordered release"
                + " from such holds (People ex rel. Wells v. DeMarco, 168 A.D.3d 31 (2d Dep't 2018)). "
                + stateStatute(ctx, state, asked)
                : "None once ICE holds the person: a state court cannot order release from federal custody (Tarble's"
                + " Case, 80 U.S. (13 Wall.) 397 (1872)).";
        return new CaseNotes.HabeasPractice(h.getHoldId(), custody, respondents, districts, note, sources, exhaustion,
                stateRoute);
    }

    /** The state's habeas statute, court and respondent from the state-habeas table, or an honest "no row". */
    private static String stateStatute(AssessmentContext ctx, String state, Asked asked) {
        org.writguard.internal.reading.StateHabeasLookup q = state == null ? null : asked.stateHabeas().get(state);
        RowHit row = q == null || q.hits().isEmpty() ? null : q.hits().get(0);
        if (row == null) {
            return (state == null ? "The state of the hold is unknown, so" : state + " has no row in writguard's state-habeas"
                    + " table, so") + " the statute is not named here: look it up before filing.";
        }
        ctx.used(row);
        return "Statute: " + row.text(org.writguard.internal.reading.ReadingTables.STATUTE) + ". Court: "
                + row.text(org.writguard.internal.reading.ReadingTables.COURT) + ". Respondent: "
                + row.text(org.writguard.internal.reading.ReadingTables.RESPONDENT) + ". Source: "
                + row.text(org.writguard.internal.reading.ReadingTables.SOURCE_URL) + " (" + where(ctx, row) + ")"
                + (row.verified() ? "." : "; this row is NOT verified: check the statute and the court before filing.");
    }

    /** A county name as the districts table spells it, ignoring case, spaces, periods, Saint/St. and "County". */
    static String norm(String county) {
        String s = county.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").trim();
        s = s.replaceAll(" (county|parish|borough|census area)$", "");
        s = s.replaceAll("^saint ", "st ");
        return s.replace(" ", "");
    }

    private static String state(AssessmentContext ctx, Hold h) {
        if (h.getFacilityState() != null) return h.getFacilityState();
        Agency a = h.getAgencyId() == null ? null : ctx.agency(h.getAgencyId());
        return a == null ? null : a.getState();
    }
}
