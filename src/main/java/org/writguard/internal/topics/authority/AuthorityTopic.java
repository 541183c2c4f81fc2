package org.writguard.internal.topics.authority;

import org.writguard.internal.engine.AssessmentContext;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Topic;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.ArrestType;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Certification;
import org.writguard.facts.ClaimedAuthority;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.IceSupervision;
import org.writguard.facts.LocationType;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableRow;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Authority under the agreement (DOMAIN.md 7-A, 8.2): for every function event, which agreements were in
 * effect, which model the officer acted under, whether the officer was certified, and whether the
 * model-function matrix allows the function there. The DRL in rules/authority turns this into findings.
 */
public final class AuthorityTopic implements Topic {
    private static final Set<FunctionCode> ARREST_FUNCTIONS = EnumSet.of(FunctionCode.WARRANTLESS_ARREST_CIVIL,
            FunctionCode.WARRANTLESS_ARREST_IMMIGRATION_FELONY, FunctionCode.SERVE_ARREST_WARRANT_I200,
            FunctionCode.SERVE_REMOVAL_WARRANT_I205);

    /** Per assessment: the matrix questions asked for each event, by agreement. */
    private static final class Asked {
        final Map<FunctionEvent, Map<Moa, MatrixLookup>> lookups = new LinkedHashMap<>();
        final Map<Moa, String> revisions = new LinkedHashMap<>();
    }

    @Override
    public void plan(AssessmentContext ctx) {
        Asked asked = ctx.keep(this, new Asked());
        LoadedTable matrix = ctx.ruleBook().tables().get(AuthorityTables.MATRIX.name());
        for (FunctionEvent e : ctx.caseFile().allFunctionEvents()) {
            Agency a = agencyOf(ctx, e);
            if (a == null || e.getFunctionCode() == null || !e.getFunctionCode().delegable() || e.getAt() == null) continue;
            Map<Moa, MatrixLookup> byMoa = new LinkedHashMap<>();
            for (Moa m : Moas.active(a, e.getAt().toLocalDate())) {
                String rev = asked.revisions.computeIfAbsent(m, x -> revisionFor(revisions(ctx, matrix), x));
                byMoa.put(m, ctx.ask(new MatrixLookup(m.getModel().name(), rev, e.getFunctionCode().name())));
            }
            asked.lookups.put(e, byMoa);
        }
    }

    /** The MOA's template revision if the matrix has it; else the newest older one; else the newest (12.7). */
    /** The template revisions the matrix has for each model; worked out once per rule book. */
    static final class MatrixRevisions {
        final Map<String, TreeSet<String>> byModel = new java.util.HashMap<>();
    }

    private static MatrixRevisions revisions(AssessmentContext ctx, LoadedTable matrix) {
        MatrixRevisions known = ctx.ruleBook().memoized(MatrixRevisions.class);
        if (known != null) return known;
        MatrixRevisions r = new MatrixRevisions();
        for (TableRow row : matrix.rows()) r.byModel.computeIfAbsent(row.get("MODEL"), k -> new TreeSet<>()).add(row.get("REVISION"));
        return ctx.ruleBook().memoize(MatrixRevisions.class, r);
    }

    static String revisionFor(MatrixRevisions revisions, Moa m) {
        TreeSet<String> known = revisions.byModel.getOrDefault(m.getModel().name(), new TreeSet<>());
        if (known.isEmpty()) return "";
        String rev = m.getTemplateRevision();
        if (rev == null) return known.last();
        if (known.contains(rev)) return rev;
        String older = known.floor(rev);
        return older != null ? older : known.first();
    }

    @Override
    public void resolve(AssessmentContext ctx) {
        Asked asked = ctx.kept(this, Asked.class);
        Parameters params = ctx.shared(Parameters.class);
        CaseFile c = ctx.caseFile();
        Map<FunctionEvent, EventAuthority> byEvent = new LinkedHashMap<>();
        for (FunctionEvent e : c.allFunctionEvents()) {
            Agency a = agencyOf(ctx, e);
            if (a == null || e.getFunctionCode() == null || e.getAt() == null) continue;
            EventAuthority x = new EventAuthority();
            x.event = e;
            x.agency = a;
            x.officer = c.findOfficer(e.getOfficerId()).orElse(null);
            x.encounter = c.getEncounters().stream().filter(en -> en.getEncounterId().equals(e.getEncounterId()))
                    .findFirst().orElse(null);
            x.day = e.getAt().toLocalDate();
            x.claimedMoa = e.getClaimedAuthority() == null ? Tri.UNKNOWN : Tri.of(e.getClaimedAuthority() == ClaimedAuthority.MOA_287G);
            x.delegable = e.getFunctionCode().delegable()
                    && (e.getFunctionCode() != FunctionCode.INTERROGATE_STATUS || x.claimedMoa != Tri.NO);
            x.arrestLike = ARREST_FUNCTIONS.contains(e.getFunctionCode()) || (x.encounter != null && x.encounter.getArrest() != null
                    && x.encounter.getArrest().getType() != null && x.encounter.getArrest().getType() != ArrestType.NONE);
            List<Moa> active = Moas.active(a, x.day);
            x.moaState = Moas.agencyState(a, x.day);
            x.nearestMoa = Moas.nearest(a, x.day);
            x.activeModels = EnumSet.noneOf(Model.class);
            active.forEach(m -> x.activeModels.add(m.getModel()));
            x.jailOnlyModels = !active.isEmpty() && !x.activeModels.contains(Model.TFM);

            Map<Moa, MatrixLookup> lookups = asked.lookups.getOrDefault(e, Map.of());
            chooseModel(x, active, lookups);
            scope(x, lookups, asked.revisions);
            place(x);
            supervision(x, ctx, params);
            tfmAndRefresher(x, params);
            pendingAllegation(x);
            x.tfmMinYears = params.decimal(Parameter.TFM_MIN_YEARS_EXPERIENCE);
            x.validDelegation = objectiveDelegation(x, active, lookups, params);
            x.ongoing = x.encounter != null && !EncounterAuthority.ongoingHolds(x.encounter, c).isEmpty();
            byEvent.put(e, x);
            ctx.insert(x);
        }
        for (Encounter en : c.getEncounters()) {
            ctx.insert(EncounterAuthority.of(en, ctx.agency(en.getAgencyId()), c, params, byEvent));
        }
        for (org.writguard.facts.Complaint cp : c.getComplaints()) {
            ctx.insert(ComplaintContext.of(cp, c, ctx, params));
        }
        for (org.writguard.facts.Hold h : c.getHolds()) {
            ctx.insert(DetainerReportContext.of(h, c, ctx, params));
        }
    }

    static Agency agencyOf(AssessmentContext ctx, FunctionEvent e) {
        Officer o = ctx.caseFile().findOfficer(e.getOfficerId()).orElse(null);
        String id = o != null && o.getAgencyId() != null ? o.getAgencyId() : e.getAgencyId();
        return id == null ? null : ctx.agency(id);
    }

    /** Picks the model the officer acted under: one allowing the function with a valid certification first. */
    private static void chooseModel(EventAuthority x, List<Moa> active, Map<Moa, MatrixLookup> lookups) {
        Moa best = null;
        int bestScore = -1;
        Tracked bestCert = null;
        String bestVariant = null;
        for (Moa m : active) {
            Tracked cert = certification(x, m.getModel());
            String variant = certVariant(x, m.getModel());
            MatrixLookup q = lookups.get(m);
            boolean allows = q != null && q.hits().stream().anyMatch(h -> "YES".equals(h.text(AuthorityTables.ALLOWED)));
            int score = (cert.isYes() ? 4 : cert.isUnknown() ? 2 : 0) + (allows ? 1 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
                bestCert = cert;
                bestVariant = variant;
            }
        }
        x.moaUsed = best;
        x.modelUsed = best == null ? null : best.getModel();
        x.certValid = bestCert == null ? Tracked.no() : bestCert;
        x.certVariant = bestVariant;
    }

    /**
     * DOMAIN.md 8.2 valid_delegation, objectively (13.4, 13.15; cf. Devenpeck v. Alford): some agreement active that
     * day whose model allows the act there and then (the matrix row and its place, timing and designation
     * conditions, or the agreement's own function list), and a current certification of the officer for that
     * model (for TFM, an authorization not lapsed). What the officer claimed plays no part; F01 and F02 stay about
     * claimed authority.
     */
    static Tracked objectiveDelegation(EventAuthority x, List<Moa> active, Map<Moa, MatrixLookup> lookups, Parameters params) {
        Tracked any = Tracked.no().use(x.agency.getPath(), ".moas");
        if (active.isEmpty()) return any.because("no 287(g) agreement of the agency was in effect on " + x.day);
        for (Moa m : active) {
            MatrixLookup q = lookups.get(m);
            Tracked allowed;
            if (overrideAllows(x, m)) {
                allowed = Tracked.yes().use(m.getPath(), ".authorized_functions_override");
            } else if (q == null || q.hits().isEmpty()) {
                allowed = Tracked.no().because(m.getModel() + " does not delegate " + x.event.getFunctionCode());
            } else {
                RowHit row = q.hits().get(0);
                allowed = allowedUnder(x, m, row);
                String place = m.getGeographicScopeOverride() != null ? m.getGeographicScopeOverride().name() : row.text(AuthorityTables.PLACE);
                if (("LEA_JAIL".equals(place) || "JAIL_ONLY".equals(place)) && x.outsideJail != null && x.outsideJail.isYes()) {
                    allowed = allowed.and(Tracked.no().use(x.dot(), "facility_id").because("outside the agency's jails"));
                }
            }
            if (allowed.isNo()) {
                any = any.or(allowed);
                continue;
            }
            Tracked cert = certification(x, m.getModel());
            if (m.getModel() == Model.TFM && !cert.isNo()) cert = cert.and(tfmCurrent(x, params));
            any = any.or(cert.and(allowed));
        }
        return any;
    }

    /** A TFM officer's two-year authorization has not lapsed on the day of the act (DOMAIN.md F03). */
    private static Tracked tfmCurrent(EventAuthority x, Parameters params) {
        if (x.officer == null) return Tracked.of(Tri.UNKNOWN).miss(x.dot(), "officer_id");
        Integer months = params.integer(Parameter.TFM_AUTHORIZATION_MONTHS);
        Tracked current = Tracked.no();
        int i = 0;
        for (Certification c : x.officer.getCertifications()) {
            String p = x.officer.getPath() + ".certifications[" + i++ + "]";
            if (c.getModel() != Model.TFM) continue;
            LocalDate expiry = c.getAuthorizationExpiresOn();
            if (expiry == null && c.getAuthorizationLetterOn() != null && months != null) expiry = c.getAuthorizationLetterOn().plusMonths(months);
            current = current.or(expiry == null ? Tracked.of(Tri.UNKNOWN).miss(p, ".authorization_letter_on")
                    : Tracked.of(Tri.of(!x.day.isAfter(expiry))).use(p, ".authorization_letter_on"));
        }
        return current;
    }

    /** DOMAIN.md F02: a certification for the model, certified and authorized by the event, not revoked. */
    static Tracked certification(EventAuthority x, Model model) {
        Officer o = x.officer;
        if (o == null) return Tracked.of(Tri.UNKNOWN).miss(x.dot(), "officer_id");
        LocalDate d = x.day;
        Tracked removed = o.getRemovedFromProgramOn() != null && !o.getRemovedFromProgramOn().isAfter(d)
                ? Tracked.yes().use(o.getPath(), ".removed_from_program_on") : Tracked.no();
        Tracked any = Tracked.no();
        int i = 0;
        for (Certification c : o.getCertifications()) {
            String p = o.getPath() + ".certifications[" + i++ + "]";
            if (c.getModel() != model) continue;
            Tracked certified = onOrBefore(c.getCertifiedOn(), d, p + ".certified_on");
            Tracked letter = onOrBefore(c.getAuthorizationLetterOn(), d, p + ".authorization_letter_on");
            Tracked form = model == Model.TFM ? Tracked.yes() : Tracked.fact(c.getForm70006Issued(), p, ".form_70_006_issued");
            Tracked notRevoked = c.getRevokedOn() != null && !c.getRevokedOn().isAfter(d)
                    ? Tracked.no().use(p, ".revoked_on") : Tracked.yes();
            any = any.or(certified.and(letter).and(form).and(notRevoked));
        }
        return any.and(removed.not());
    }

    static String certVariant(EventAuthority x, Model model) {
        Officer o = x.officer;
        if (o == null) return "NEVER_CERTIFIED";
        LocalDate d = x.day;
        if (o.getRemovedFromProgramOn() != null && !o.getRemovedFromProgramOn().isAfter(d)) return "REMOVED_FROM_PROGRAM";
        boolean revoked = o.getCertifications().stream().anyMatch(c -> c.getModel() == model && c.getRevokedOn() != null
                && !c.getRevokedOn().isAfter(d));
        return revoked ? "REVOKED" : "NEVER_CERTIFIED";
    }

    private static Tracked onOrBefore(LocalDate date, LocalDate d, String path) {
        if (date == null) return Tracked.of(Tri.UNKNOWN).miss(path);
        return (date.isAfter(d) ? Tracked.no() : Tracked.yes()).use(path);
    }

    /** DOMAIN.md F04 and 8.2 allowed(): out of scope when no active agreement's model allows the act there and then. */
    private static void scope(EventAuthority x, Map<Moa, MatrixLookup> lookups, Map<Moa, String> revisions) {
        if (lookups.isEmpty()) {
            x.outOfScope = Tracked.no();
            return;
        }
        FunctionEvent e = x.event;
        Tracked anyAllowed = Tracked.no();
        RowHit denyRow = null;
        String reason = null;
        for (Map.Entry<Moa, MatrixLookup> en : lookups.entrySet()) {
            Moa m = en.getKey();
            List<RowHit> hits = en.getValue().hits();
            if (hits.isEmpty()) {
                // The matrix does not list this function for the model: not delegated.
                if (reason == null) reason = m.getModel() + " template " + revisions.get(m) + " does not list "
                        + e.getFunctionCode();
                continue;
            }
            RowHit row = hits.get(0);
            Tracked allowed = allowedUnder(x, m, row);
            if (allowed.isNo() && denyRow == null) {
                denyRow = row;
                reason = String.join("; ", allowed.reasons());
            }
            if (!allowed.isNo() && (denyRow == null || allowed.isYes())) {
                if (x.scopeRow == null || allowed.isYes()) x.scopeRow = row;
            }
            anyAllowed = anyAllowed.or(allowed);
        }
        if (override(x, lookups)) anyAllowed = Tracked.yes();
        x.outOfScope = anyAllowed.not().use(x.dot(), "function");
        if (x.outOfScope.isYes() || x.scopeRow == null) x.scopeRow = denyRow != null ? denyRow : x.scopeRow;
        x.scopeReason = reason;
    }

    /** An agreement's authorized_functions_override lists the function explicitly. */
    private static boolean override(EventAuthority x, Map<Moa, MatrixLookup> lookups) {
        for (Moa m : lookups.keySet()) {
            if (overrideAllows(x, m)) return true;
        }
        return false;
    }

    private static boolean overrideAllows(EventAuthority x, Moa m) {
        return m.getAuthorizedFunctionsOverride() != null && m.getAuthorizedFunctionsOverride().contains(x.event.getFunctionCode())
                && (m.getGeographicScopeOverride() == null
                || m.getGeographicScopeOverride() == org.writguard.facts.GeographicScope.LEA_JURISDICTION
                || x.event.getLocationType() == LocationType.LEA_JAIL);
    }

    /** One matrix row's verdict on the event: allowed, and the place/timing/designation conditions met. */
    static Tracked allowedUnder(EventAuthority x, Moa m, RowHit row) {
        FunctionEvent e = x.event;
        String allowed = row.text(AuthorityTables.ALLOWED);
        if (m.getAuthorizedFunctionsOverride() != null && !m.getAuthorizedFunctionsOverride().contains(e.getFunctionCode())) {
            return Tracked.no().use(m.getPath(), ".authorized_functions_override")
                    .because("the agreement's authorized-function list omits " + e.getFunctionCode());
        }
        if ("NO".equals(allowed)) {
            return Tracked.no().because("the " + m.getModel() + " model does not delegate " + e.getFunctionCode());
        }
        if ("UNCERTAIN".equals(allowed)) {
            return Tracked.no().because("the " + m.getModel() + " template does not expressly list " + e.getFunctionCode()
                    + " [U]");
        }
        Tracked ok = Tracked.yes();
        String place = row.text(AuthorityTables.PLACE);
        if (m.getGeographicScopeOverride() != null) place = m.getGeographicScopeOverride().name();
        if ("LEA_JAIL".equals(place) || "JAIL_ONLY".equals(place)) {
            Tracked inJail = e.getLocationType() == null ? Tracked.of(Tri.UNKNOWN).miss(x.dot(), "location_type")
                    : Tracked.of(Tri.of(e.getLocationType() == LocationType.LEA_JAIL)).use(x.dot(), "location_type");
            if (inJail.isNo()) inJail.because(e.getFunctionCode() + " under " + m.getModel() + " is allowed only in the LEA's jail, not at "
                    + e.getLocationType());
            ok = ok.and(inJail);
        }
        if (Boolean.TRUE.equals(row.bool(AuthorityTables.AT_SCHEDULED_RELEASE))) {
            Tracked t = Tracked.fact(e.getAtScheduledRelease(), x.dot(), "at_scheduled_release");
            if (t.isNo()) t.because("warrant service under " + m.getModel() + " is allowed only at scheduled release");
            ok = ok.and(t);
        }
        if (Boolean.TRUE.equals(row.bool(AuthorityTables.ICE_DESIGNATED))) {
            Tracked t = Tracked.fact(e.getSubjectDesignatedByIce(), x.dot(), "subject_designated_by_ice");
            if (t.isNo()) t.because("warrant service under " + m.getModel() + " is allowed only for persons ICE designated");
            ok = ok.and(t);
        }
        return ok;
    }

    /** DOMAIN.md 12.2: outside the jail when the place is not the LEA jail or the facility is not one of its jails. */
    private static void place(EventAuthority x) {
        FunctionEvent e = x.event;
        if (e.getLocationType() == null) {
            x.outsideJail = Tracked.of(Tri.UNKNOWN).miss(x.dot(), "location_type");
            return;
        }
        boolean outside = e.getLocationType() != LocationType.LEA_JAIL;
        Tracked t = Tracked.of(Tri.of(outside)).use(x.dot(), "location_type");
        List<String> jails = x.agency.getJailFacilityIds();
        if (!outside && e.getFacilityId() != null && jails != null && !jails.isEmpty()) {
            t = Tracked.of(Tri.of(!jails.contains(e.getFacilityId()))).use(x.dot(), "facility_id")
                    .use(x.agency.getPath(), ".jail_facility_ids");
        }
        x.outsideJail = t;
    }

    /** DOMAIN.md F06. */
    private static void supervision(EventAuthority x, AssessmentContext ctx, Parameters params) {
        FunctionEvent e = x.event;
        Tracked none = e.getIceSupervision() == null ? Tracked.of(Tri.UNKNOWN).miss(x.dot(), "ice_supervision")
                : Tracked.of(Tri.of(e.getIceSupervision() == IceSupervision.NONE)).use(x.dot(), "ice_supervision");
        Tracked late = Tracked.no();
        if (x.modelUsed == Model.TFM) {
            Parameters.Value max = params.get(Parameter.TFM_FIELD_SUPERVISOR_CONTACT_MAX_MINUTES, x.getAgencyId());
            Tracked field = e.getLocationType() == null ? Tracked.of(Tri.UNKNOWN).miss(x.dot(), "location_type")
                    : Tracked.of(Tri.of(e.getLocationType() != LocationType.LEA_JAIL)).use(x.dot(), "location_type");
            if (max == null) {
                late = field.and(Tracked.of(Tri.UNKNOWN).miss(Parameters.path(Parameter.TFM_FIELD_SUPERVISOR_CONTACT_MAX_MINUTES)));
            } else if (x.encounter != null) {
                x.contactMaxMinutes = max.asInteger();
                x.contactParamOrigin = max.origin();
                var contacted = x.encounter.getIceSupervisorContactedAt();
                var until = contacted != null ? contacted : ctx.caseFile().getAsOf();
                long minutes = Duration.between(e.getAt(), until).toMinutes();
                x.contactMinutes = minutes;
                Tracked over = Tracked.of(Tri.of(minutes > x.contactMaxMinutes))
                        .use(x.encounter.getPath(), ".ice_supervisor_contacted_at");
                late = field.and(over);
            }
        }
        x.noSupervision = none.or(late);
    }

    /** DOMAIN.md F03: TFM two-year authorization, and the JEM/WSO refresher interval (analyst parameter). */
    private static void tfmAndRefresher(EventAuthority x, Parameters params) {
        x.tfmLapsed = Tracked.no();
        x.refresherOverdue = Tracked.no();
        if (x.officer == null || x.modelUsed == null || !x.certValid.isYes()) return;
        LocalDate d = x.day;
        int i = 0;
        if (x.modelUsed == Model.TFM) {
            Integer months = params.integer(Parameter.TFM_AUTHORIZATION_MONTHS);
            Tracked lapsed = null;
            for (Certification c : x.officer.getCertifications()) {
                String p = x.officer.getPath() + ".certifications[" + i++ + "]";
                if (c.getModel() != Model.TFM) continue;
                LocalDate expiry = c.getAuthorizationExpiresOn();
                if (expiry == null && c.getAuthorizationLetterOn() != null && months != null) {
                    expiry = c.getAuthorizationLetterOn().plusMonths(months);
                }
                Tracked t;
                if (expiry == null) {
                    t = Tracked.of(Tri.UNKNOWN).miss(p, ".authorization_letter_on");
                } else {
                    t = Tracked.of(Tri.of(d.isAfter(expiry))).use(p, ".authorization_letter_on")
                            .use(p, ".authorization_expires_on");
                    if (x.tfmExpiry == null || expiry.isAfter(x.tfmExpiry)) x.tfmExpiry = expiry;
                }
                lapsed = lapsed == null ? t : lapsed.and(t);
            }
            x.tfmLapsed = lapsed == null ? Tracked.no() : lapsed;
            return;
        }
        Integer interval = params.integer(Parameter.REFRESHER_INTERVAL_MONTHS, x.modelUsed.name());
        if (interval == null) return;
        x.refresherMonths = interval;
        Tracked overdue = null;
        for (Certification c : x.officer.getCertifications()) {
            String p = x.officer.getPath() + ".certifications[" + i++ + "]";
            if (c.getModel() != x.modelUsed) continue;
            LocalDate last = c.getLastRefresherOn() != null ? c.getLastRefresherOn() : c.getTrainingCompletedOn();
            Tracked t;
            if (last == null) {
                t = Tracked.of(Tri.UNKNOWN).miss(p, ".last_refresher_on").miss(p, ".training_completed_on");
            } else {
                long months = ChronoUnit.MONTHS.between(last, d);
                x.monthsSinceTraining = x.monthsSinceTraining == null ? months : Math.min(x.monthsSinceTraining, months);
                t = Tracked.of(Tri.of(months > interval)).use(p + (c.getLastRefresherOn() != null ? ".last_refresher_on"
                        : ".training_completed_on"));
            }
            overdue = overdue == null ? t : overdue.and(t);
        }
        x.refresherOverdue = overdue == null ? Tracked.no() : overdue;
    }

    /** DOMAIN.md F10(d): a TFM officer under a pending disciplinary allegation keeps acting. */
    private static void pendingAllegation(EventAuthority x) {
        Officer o = x.officer;
        x.notRemovedPendingAllegation = Tracked.no();
        if (o == null || x.modelUsed != Model.TFM || o.getPendingDisciplinaryAllegationSince() == null) return;
        boolean pending = !o.getPendingDisciplinaryAllegationSince().isAfter(x.day);
        boolean removed = o.getRemovedFromProgramOn() != null && !o.getRemovedFromProgramOn().isAfter(x.day);
        x.notRemovedPendingAllegation = Tracked.of(Tri.of(pending && !removed))
                .use(o.getPath(), ".pending_disciplinary_allegation_since").use(o.getPath(), ".removed_from_program_on")
                .and(x.claimedMoa == Tri.UNKNOWN ? Tracked.of(Tri.UNKNOWN).miss(x.dot(), "claimed_authority")
                        : Tracked.of(x.claimedMoa).use(x.dot(), "claimed_authority"));
    }
}
