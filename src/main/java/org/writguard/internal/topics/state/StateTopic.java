package org.writguard.internal.topics.state;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Topic;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.AgencyType;
import org.writguard.facts.CaseFile;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Moa;
import org.writguard.findings.Confidence;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.topics.authority.Moas;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * State-law overlays (DOMAIN.md section 3, F19-F22, 8.5): asks the overlay table about every state and
 * action code the case touches, keeps the rows in effect on each act's own date (plus the evaluation date
 * for an agency's ongoing standing), applies the rows' exceptions, and inserts {@link ActOverlay} and
 * {@link AgencyOverlay} facts for the rules in rules/state.
 */
public final class StateTopic implements Topic {
    /** Per assessment: the acts found and the lookups asked, by state and action code. */
    private static final class Asked {
        List<Act> acts;
        final Map<String, OverlayLookup> lookups = new LinkedHashMap<>();

        List<Overlay> rows(String state, ActionCode code) {
            OverlayLookup q = lookups.get(state + "|" + code);
            List<Overlay> list = new ArrayList<>();
            if (q != null) for (RowHit h : q.hits()) list.add(new Overlay(h));
            return list;
        }
    }

    @Override
    public void plan(AssessmentContext ctx) {
        Asked asked = ctx.keep(this, new Asked());
        asked.acts = Acts.of(ctx.caseFile(), id -> id == null ? null : ctx.agency(id));
        for (Act a : asked.acts) ask(ctx, asked, a.state(), a.code());
        for (Agency ag : ctx.agencies()) {
            if (ag.getState() == null) continue;
            ask(ctx, asked, ag.getState(), ActionCode.HAVE_287G_AGREEMENT);
            ask(ctx, asked, ag.getState(), ActionCode.REQUIRE_287G_AGREEMENT);
        }
    }

    private static void ask(AssessmentContext ctx, Asked asked, String state, ActionCode code) {
        asked.lookups.computeIfAbsent(state + "|" + code, k -> ctx.ask(new OverlayLookup(state, code.name())));
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        Asked asked = ctx.kept(this, Asked.class);
        for (Act a : asked.acts) {
            for (Overlay o : asked.rows(a.state(), a.code())) {
                if (!o.inEffect(a.day()) || "REQUIRED".equals(o.ruleType())) continue;
                Tracked scope = scope(o.scope(), a.agency());
                if (scope.isNo()) continue;
                Tracked exempt = Tracked.no();
                for (StateTables.ExceptionCode x : o.exceptions()) exempt = exempt.or(exception(x, a));
                Tracked status = a.occurred().and(scope).and(exempt.not());
                if (status.isNo()) continue;
                ctx.insert(new ActOverlay(a, o, status));
            }
        }
        for (Agency ag : ctx.agencies()) {
            if (ag.getState() == null) continue;
            ban(ctx, asked, ag);
            mandate(ctx, asked, ag);
        }
    }

    /** Whether an exception of the row takes the act out of the prohibition. */
    static Tracked exception(StateTables.ExceptionCode x, Act a) {
        switch (x) {
            case JUDICIAL_WARRANT_OR_PC: {
                // A judicial warrant is itself a judicial probable-cause determination: its time goes in
                // judicial_pc_determination_at, whose absence means it had not happened (DOMAIN.md 12.5).
                if (a.hold() == null) return Tracked.no();
                OffsetDateTime pc = a.hold().getJudicialPcDeterminationAt();
                boolean before = pc != null && (a.at() == null || !pc.isAfter(a.at()));
                return Tracked.of(Tri.of(before)).use(a.hold().getPath() + ".judicial_pc_determination_at");
            }
            case CONVICTION_7282_5: {
                // DOMAIN.md 9, scenario 5: UNDETERMINED until conviction facts show whether § 7282.5 applies.
                if (a.hold() == null) return Tracked.of(Tri.UNKNOWN).miss("conviction_facts_for_7282_5");
                return Tracked.fact(a.hold().getConvictionFactsFor7282p5(), a.hold().getPath() + ".conviction_facts_for_7282_5");
            }
            case PUBLIC_INFORMATION:
                // Likewise whether the information given was public.
                return Tracked.of(Tri.UNKNOWN).miss((a.event() == null ? a.path() : a.event().getPath()) + ".information_public");
            default:
                throw new IllegalStateException(x.name());
        }
    }

    /** Whether a row binds the agency (AGENCY_SCOPE); an unknown agency type or jail status is unknown. */
    static Tracked scope(StateTables.Scope scope, Agency a) {
        if (scope == StateTables.Scope.ANY) return Tracked.yes();
        if (a == null) return Tracked.of(Tri.UNKNOWN).miss("agency_id");
        String p = a.getPath();
        AgencyType t = a.getAgencyType();
        Tracked type;
        if (t == null) {
            type = Tracked.of(Tri.UNKNOWN).miss(p, ".agency_type");
        } else {
            boolean ok = switch (scope) {
                case STATE_AGENCY -> t == AgencyType.STATE_POLICE || t == AgencyType.STATE_DOC;
                case SHERIFF, SHERIFF_OPERATING_JAIL -> t == AgencyType.SHERIFF;
                case COUNTY_JAIL_OPERATOR -> t == AgencyType.SHERIFF || t == AgencyType.COUNTY_CORRECTIONS;
                default -> true;
            };
            type = Tracked.of(Tri.of(ok)).use(p, ".agency_type");
        }
        if (scope == StateTables.Scope.SHERIFF_OPERATING_JAIL || scope == StateTables.Scope.COUNTY_JAIL_OPERATOR) {
            type = type.and(Tracked.fact(a.getOperatesJail(), p, ".operates_jail"));
        }
        return type;
    }

    /**
     * F20: an agreement in effect (federally) on a day a ban applies, judged at each of the agency's
     * function-event dates and at the evaluation date. An agreement signed before the ban may run to the
     * row's termination deadline; inside that window the finding is emitted with confidence LOW (the
     * reading that termination was immediate, DOMAIN.md 9 scenario 6b).
     */
    private static void ban(AssessmentContext ctx, Asked asked, Agency ag) {
        CaseFile c = ctx.caseFile();
        LocalDate asOf = c.getAsOf().toLocalDate();
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(asOf);
        for (FunctionEvent e : c.allFunctionEvents()) {
            if (e.getAt() != null && ag.getAgencyId().equals(Acts.agencyIdOf(c, e))) days.add(e.getAt().toLocalDate());
        }
        for (Overlay o : asked.rows(ag.getState(), ActionCode.HAVE_287G_AGREEMENT)) {
            if (!"PROHIBITED".equals(o.ruleType())) continue;
            Tracked scope = scope(o.scope(), ag);
            if (scope.isNo()) continue;
            LocalDate firstDay = null;
            LocalDate graceDay = null;
            Moa moa = null;
            Moa graceMoa = null;
            List<String> violating = new ArrayList<>();
            List<String> window = new ArrayList<>();
            for (LocalDate d : days) {
                if (!o.inEffect(d)) continue;
                for (Moa m : Moas.active(ag, d)) {
                    boolean preExisting = m.getEffectiveOn() != null && o.effectiveFrom() != null
                            && m.getEffectiveOn().isBefore(o.effectiveFrom());
                    boolean grace = preExisting && o.terminationDeadline() != null && !d.isAfter(o.terminationDeadline());
                    if (grace) {
                        if (graceDay == null) { graceDay = d; graceMoa = m; }
                        if (!window.contains(d.toString())) window.add(d.toString());
                    } else {
                        if (firstDay == null) { firstDay = d; moa = m; }
                        if (!violating.contains(d.toString())) violating.add(d.toString());
                    }
                }
            }
            if (firstDay == null && graceDay == null) continue;
            boolean inGrace = firstDay == null;
            LocalDate day = inGrace ? graceDay : firstDay;
            Moa m = inGrace ? graceMoa : moa;
            List<String> notes = new ArrayList<>();
            Confidence conf = o.confidence(day);
            if (o.lowConfidenceNote(day) != null) notes.add(o.lowConfidenceNote(day));
            String model = m.getModel() + " agreement" + (m.getMoaId() == null ? "" : " " + m.getMoaId());
            String text;
            if (inGrace) {
                conf = Confidence.LOW;
                notes.add("The agreement predates " + o.instrument() + "; one reading gives existing agreements until "
                        + o.terminationDeadline() + ", another (news reports) says termination was immediate. Flagged on the"
                        + " immediate-termination reading.");
                text = ag.getAgencyId() + "'s " + model + " (effective " + m.getEffectiveOn() + ") was still in effect on "
                        + day + ", after " + o.instrument() + " took effect on " + o.effectiveFrom()
                        + " but before its termination deadline of " + o.terminationDeadline() + ".";
            } else {
                text = ag.getAgencyId() + "'s " + model + " (effective " + m.getEffectiveOn() + ") was in effect on " + day
                        + ", when " + o.instrument() + " prohibited 287(g) agreements in " + ag.getState()
                        + (o.terminationDeadline() == null ? "" : " (existing agreements had to end by "
                        + o.terminationDeadline() + ")") + ". The state ban is reported here, not as F01: ICE may still"
                        + " list the agreement.";
            }
            AgencyOverlay x = new AgencyOverlay(AgencyOverlay.Kind.BAN, ag, o, scope, conf, null, text, notes)
                    .computed("evaluated_on", day.toString())
                    .computed("days_in_breach", violating)
                    .computed("days_in_termination_window", window)
                    .computed("ongoing", !inGrace && violating.contains(asOf.toString()));
            ctx.insert(x);
            return;
        }
    }

    /**
     * F22: a state requires the agency to hold a 287(g) agreement, the compliance date has passed by the
     * evaluation date, and no agreement is in effect then. Information about the agency, never a violation
     * against a person (DOMAIN.md 3.3 item 2).
     */
    private static void mandate(AssessmentContext ctx, Asked asked, Agency ag) {
        LocalDate asOf = ctx.caseFile().getAsOf().toLocalDate();
        for (Overlay o : asked.rows(ag.getState(), ActionCode.REQUIRE_287G_AGREEMENT)) {
            if (!"REQUIRED".equals(o.ruleType()) || !o.inEffect(asOf)) continue;
            if (o.complianceDeadline() != null && !asOf.isAfter(o.complianceDeadline())) continue;
            if (!Moas.active(ag, asOf).isEmpty()) continue;
            Tracked scope = scope(o.scope(), ag);
            if (scope.isNo()) continue;
            Moa ended = null;
            for (Moa m : ag.getMoas()) {
                if (m.getTerminatedOn() != null && !m.getTerminatedOn().isAfter(asOf)) ended = m;
            }
            boolean approval = o.terminationNeedsApproval() && ended != null;
            List<String> notes = new ArrayList<>();
            if (o.lowConfidenceNote(asOf) != null) notes.add(o.lowConfidenceNote(asOf));
            notes.add("A compliance flag about the agency, not a violation against the person (DOMAIN.md 3.3).");
            if (approval) {
                notes.add("The termination on " + ended.getTerminatedOn() + " needed the state board's approval; the case"
                        + " records none, so check whether it was given.");
            }
            String text = o.instrument() + " requires " + describe(o.scope()) + " in " + ag.getState()
                    + " to hold a 287(g) agreement" + (o.complianceDeadline() == null ? "" : " (by " + o.complianceDeadline() + ")")
                    + ", but " + ag.getAgencyId() + " has none in effect on " + asOf
                    + (ended == null ? "" : "; its " + ended.getModel() + " agreement was terminated on " + ended.getTerminatedOn())
                    + ".";
            ctx.insert(new AgencyOverlay(AgencyOverlay.Kind.MANDATE, ag, o, scope, o.confidence(asOf),
                    approval ? "TERMINATION_WITHOUT_BOARD_APPROVAL" : null, text, notes)
                    .computed("evaluated_on", asOf.toString()));
            return;
        }
    }

    private static String describe(StateTables.Scope s) {
        return switch (s) {
            case STATE_AGENCY -> "state agencies";
            case SHERIFF -> "every county sheriff";
            case SHERIFF_OPERATING_JAIL -> "the sheriff of each county that operates a jail";
            case COUNTY_JAIL_OPERATOR -> "each sheriff or chief correctional officer operating a county jail";
            default -> "every law-enforcement agency";
        };
    }
}
