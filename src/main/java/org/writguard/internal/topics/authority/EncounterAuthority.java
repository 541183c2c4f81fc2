package org.writguard.internal.topics.authority;

import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.Arrest;
import org.writguard.facts.ArrestType;
import org.writguard.facts.CaseFile;
import org.writguard.facts.ClaimedAuthority;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.IceRequest;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.UscClaim;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the encounter-level authority rules (F07, F08, F09, F11, F12) need about one encounter. */
public final class EncounterAuthority {
    private static final Set<FunctionCode> SEIZURE_FUNCTIONS = EnumSet.of(FunctionCode.WARRANTLESS_ARREST_CIVIL,
            FunctionCode.WARRANTLESS_ARREST_IMMIGRATION_FELONY, FunctionCode.SERVE_ARREST_WARRANT_I200,
            FunctionCode.SERVE_REMOVAL_WARRANT_I205, FunctionCode.DETAIN_TRANSPORT, FunctionCode.TAKE_MAINTAIN_CUSTODY);

    Encounter encounter;
    Agency agency;
    /** A civil immigration arrest, or a seizure on a civil immigration ground alone (DOMAIN.md 13.4). */
    boolean civilArrest;
    /** DOMAIN.md 8.2/13.15: some seizure in the encounter lacked an objectively valid delegation. */
    Tracked noDelegation;
    /** F07 per DOMAIN.md 13.4: variant, confidence, the minutes the seizure ran before ICE's request, missing times. */
    String f07Variant;
    boolean f07Medium;
    Long minutesBeforeRequest;
    List<String> f07Missing = new ArrayList<>();
    /** DOMAIN.md 13.1: a hold linked to this encounter (person_id or arrest_encounter_id) is STILL_HELD at as_of. */
    boolean ongoing;
    List<String> ongoingHoldIds = new ArrayList<>();
    boolean warrantless;
    OffsetDateTime arrestAt;
    MoaState moaStateAtArrest;
    Set<Model> modelsAtArrest = EnumSet.noneOf(Model.class);
    List<String> seizureEventIds = new ArrayList<>();
    Tri iceRequest = Tri.UNKNOWN;
    Tracked escapeFindingMissing = Tracked.no();
    boolean conclusoryEscape;
    Tracked notSameDay = Tracked.no();
    boolean tfmArrest;
    Tracked uscLate = Tracked.no();
    Long uscReportMinutes;
    Integer uscReportMax;
    /** The claim was read from the person (DOMAIN.md 13.1), not from the encounter's usc_claim. */
    boolean uscClaimFromPerson;
    boolean jemOrWso;
    Tracked interpreterNotOffered = Tracked.no();

    static EncounterAuthority of(Encounter e, Agency agency, CaseFile c, Parameters params) {
        return of(e, agency, c, params, Map.of());
    }

    static EncounterAuthority of(Encounter e, Agency agency, CaseFile c, Parameters params,
                                 Map<FunctionEvent, EventAuthority> events) {
        EncounterAuthority x = new EncounterAuthority();
        x.encounter = e;
        x.agency = agency;
        Arrest a = e.getArrest();
        ArrestType type = a == null ? null : a.getType();
        x.civilArrest = type == ArrestType.CIVIL_IMMIGRATION_WARRANTLESS || type == ArrestType.CIVIL_IMMIGRATION_ON_ADMIN_WARRANT
                || e.getCivilSeizureStartedAt() != null;
        x.warrantless = type == ArrestType.CIVIL_IMMIGRATION_WARRANTLESS;
        x.arrestAt = a == null ? null : a.getAt();
        OffsetDateTime when = x.arrestAt != null ? x.arrestAt : e.getStartedAt();
        if (agency != null && when != null) {
            LocalDate d = when.toLocalDate();
            x.moaStateAtArrest = Moas.agencyState(agency, d);
            for (Moa m : Moas.active(agency, d)) x.modelsAtArrest.add(m.getModel());
        }
        for (FunctionEvent ev : e.getFunctionEvents()) {
            if (ev.getFunctionCode() != null && SEIZURE_FUNCTIONS.contains(ev.getFunctionCode())) x.seizureEventIds.add(ev.getEventId());
        }
        if (e.getIceRequestOrApproval() != null) x.iceRequest = Tri.of(e.getIceRequestOrApproval().getPresent());
        delegation(x, events);
        ongoing(x, c);

        // F08: the statutory findings for a warrantless civil arrest (8 U.S.C. § 1357(a)(2)).
        if (x.warrantless) {
            // "documented ≠ true": false is a missing finding; null is unknown, not false (DOMAIN.md 12.5).
            boolean rtb = Boolean.TRUE.equals(a.getReasonToBelieveRemovableDocumented());
            boolean escape = Boolean.TRUE.equals(a.getLikelyToEscapeDocumented());
            x.escapeFindingMissing = Tracked.fact(a.getReasonToBelieveRemovableDocumented(),
                            a.getPath() + ".reason_to_believe_removable_documented")
                    .and(Tracked.fact(a.getLikelyToEscapeDocumented(), a.getPath(), ".likely_to_escape_documented"))
                    .not();
            x.conclusoryEscape = rtb && escape && (a.getEscapeBasisText() == null || a.getEscapeBasisText().isBlank());
        }

        // F09: TFM arrests are transported to ICE the same (local) day (TFM MOA § VI).
        x.tfmArrest = x.civilArrest && x.modelsAtArrest.contains(Model.TFM);
        if (x.tfmArrest && x.arrestAt != null) {
            OffsetDateTime t = e.getTransportedToIceAt();
            if (t != null) {
                x.notSameDay = Tracked.of(Tri.of(t.toLocalDate().isAfter(x.arrestAt.toLocalDate())))
                        .use(e.getPath(), ".transported_to_ice_at").use(a.getPath(), ".at");
            } else {
                boolean late = c.getAsOf().toLocalDate().isAfter(x.arrestAt.toLocalDate().plusDays(1));
                x.notSameDay = Tracked.of(Tri.of(late)).use(e.getPath(), ".transported_to_ice_at").use("as_of");
            }
        }

        // F11: U.S.-citizenship claims reported to ICE within the hour (JEM/WSO MOA App. A).
        UscClaim u = e.getUscClaim();
        x.jemOrWso = x.modelsAtArrest.contains(Model.JEM) || x.modelsAtArrest.contains(Model.WSO);
        if (u != null && Boolean.TRUE.equals(u.getMade())) {
            Integer max = params.integer(Parameter.USC_CLAIM_REPORT_MAX_MINUTES);
            x.uscReportMax = max;
            if (u.getAt() == null) {
                x.uscLate = Tracked.of(Tri.UNKNOWN).miss(u.getPath(), ".at");
            } else if (max == null) {
                x.uscLate = Tracked.of(Tri.UNKNOWN).miss(Parameters.path(Parameter.USC_CLAIM_REPORT_MAX_MINUTES));
            } else {
                OffsetDateTime until = u.getReportedToIceAt() != null ? u.getReportedToIceAt() : c.getAsOf();
                long minutes = Duration.between(u.getAt(), until).toMinutes();
                x.uscReportMinutes = minutes;
                x.uscLate = Tracked.of(Tri.of(minutes > max)).use(u.getPath(), ".at").use(u.getPath(), ".reported_to_ice_at");
            }
        } else if (u != null && u.getMade() == null) {
            x.uscLate = Tracked.no();
        }
        // DOMAIN.md 13.1: the same person's claim counts wherever it was made (persons[].citizenship_claim_made_at).
        org.writguard.facts.Person person = c.findPerson(e.getPersonId()).orElse(null);
        if ((u == null || u.getMade() == null) && person != null && person.getCitizenshipClaimMadeAt() != null) {
            Integer max = params.integer(Parameter.USC_CLAIM_REPORT_MAX_MINUTES);
            x.uscReportMax = max;
            OffsetDateTime claimAt = person.getCitizenshipClaimMadeAt();
            OffsetDateTime reported = person.getCitizenshipClaimMadeTo() == org.writguard.facts.ClaimRecipient.ICE ? claimAt
                    : u != null ? u.getReportedToIceAt() : null;
            if (max == null) {
                x.uscLate = Tracked.of(Tri.UNKNOWN).miss(Parameters.path(Parameter.USC_CLAIM_REPORT_MAX_MINUTES));
            } else {
                OffsetDateTime until = reported != null ? reported : c.getAsOf();
                long minutes = Duration.between(claimAt, until).toMinutes();
                x.uscReportMinutes = minutes;
                x.uscClaimFromPerson = true;
                x.uscLate = Tracked.of(Tri.of(minutes > max)).use(person, "citizenship_claim_made_at")
                        .use(person, "citizenship_claim_made_to");
                if (u != null) x.uscLate.use(u.getPath(), ".reported_to_ice_at");
            }
        }

        // F12: an interpreter offered to a person with limited English when a 287(g) function is performed.
        Tracked lep = Tracked.fact(e.getSubjectLep(), e.getPath(), ".subject_lep");
        Tracked notOffered = Tracked.fact(e.getInterpreterOffered(), e.getPath(), ".interpreter_offered").not();
        Tracked any287g = Tracked.no();
        for (FunctionEvent ev : e.getFunctionEvents()) {
            ClaimedAuthority ca = ev.getClaimedAuthority();
            Tracked t = ca == null ? Tracked.of(Tri.UNKNOWN).miss(ev.getPath(), ".claimed_authority")
                    : Tracked.of(Tri.of(ca == ClaimedAuthority.MOA_287G)).use(ev.getPath(), ".claimed_authority");
            any287g = any287g.or(t);
        }
        x.interpreterNotOffered = lep.and(notOffered).and(any287g);
        return x;
    }

    /** DOMAIN.md 13.4: whether a seizure lacked a delegation, and which F07 reading applies. */
    private static void delegation(EncounterAuthority x, Map<FunctionEvent, EventAuthority> events) {
        Encounter e = x.encounter;
        if (!x.civilArrest) return;
        if (x.isNoMoaAtArrest()) {
            x.noDelegation = Tracked.yes().use(x.agency.getPath(), ".moas");
        } else if (!x.seizureEventIds.isEmpty()) {
            Tracked none = Tracked.no();
            for (FunctionEvent ev : e.getFunctionEvents()) {
                EventAuthority ea = events.get(ev);
                if (!x.seizureEventIds.contains(ev.getEventId())) continue;
                if (ea == null || ea.validDelegation == null) {
                    none = none.or(Tracked.of(Tri.UNKNOWN).miss(ev.getPath(), ".officer_id"));
                } else {
                    none = none.or(ea.validDelegation.not());
                }
            }
            x.noDelegation = none;
        }
        IceRequest r = e.getIceRequestOrApproval();
        String reqPath = e.getPath() + ".ice_request_or_approval";
        if (r == null || !Boolean.TRUE.equals(r.getPresent())) return;   // no request: HIGH, no variant
        OffsetDateTime seized = e.getCivilSeizureStartedAt();
        if (seized == null || r.getAt() == null) {
            x.f07Medium = true;
            if (seized == null) x.f07Missing.add(e.getPath() + ".civil_seizure_started_at");
            if (r.getAt() == null) x.f07Missing.add(reqPath + ".at");
        } else if (r.getAt().isAfter(seized)) {
            x.f07Variant = "BEFORE_ICE_REQUEST";
            x.minutesBeforeRequest = Duration.between(seized, r.getAt()).toMinutes();
        } else {
            x.f07Medium = true;
        }
    }

    /** DOMAIN.md 13.1: custody still running on a hold linked to this encounter. */
    private static void ongoing(EncounterAuthority x, CaseFile c) {
        x.ongoingHoldIds.addAll(ongoingHolds(x.encounter, c));
        x.ongoing = !x.ongoingHoldIds.isEmpty();
    }

    /** The holds STILL_HELD at as_of that are linked to the encounter by arrest_encounter_id or person_id. */
    static List<String> ongoingHolds(Encounter e, CaseFile c) {
        List<String> ids = new ArrayList<>();
        for (org.writguard.facts.Hold h : c.getHolds()) {
            boolean linked = e.getEncounterId().equals(h.getArrestEncounterId())
                    || (e.getPersonId() != null && e.getPersonId().equals(h.getPersonId()));
            if (linked && h.getHoldEndReason() == org.writguard.facts.HoldEndReason.STILL_HELD) ids.add(h.getHoldId());
        }
        return ids;
    }

    public Tracked getNoDelegation() { return noDelegation; }
    public boolean isNoDelegationYes() { return noDelegation != null && noDelegation.isYes(); }
    public boolean isNoDelegationUnknown() { return noDelegation != null && noDelegation.isUnknown(); }
    public String getF07Variant() { return f07Variant; }
    public boolean isF07Medium() { return f07Medium; }
    public Long getMinutesBeforeRequest() { return minutesBeforeRequest; }
    public List<String> getF07Missing() { return f07Missing; }
    public boolean isOngoing() { return ongoing; }
    public List<String> getOngoingHoldIds() { return ongoingHoldIds; }

    public Encounter getEncounter() { return encounter; }
    public String getEncounterId() { return encounter.getEncounterId(); }
    public String getPath() { return encounter.getPath(); }
    public Agency getAgency() { return agency; }
    public boolean isCivilArrest() { return civilArrest; }
    public boolean isWarrantless() { return warrantless; }
    public OffsetDateTime getArrestAt() { return arrestAt; }
    public MoaState getMoaStateAtArrest() { return moaStateAtArrest; }
    /** The agency had no 287(g) agreement in effect on the day of the arrest. */
    public boolean isNoMoaAtArrest() { return moaStateAtArrest != null && moaStateAtArrest != MoaState.ACTIVE; }
    public Set<Model> getModelsAtArrest() { return modelsAtArrest; }
    /** Events of this encounter that seize or hold the person (arrests, warrant service, custody). */
    public List<String> getSeizureEventIds() { return seizureEventIds; }
    public boolean isHasSeizureEvents() { return !seizureEventIds.isEmpty(); }
    public Tri getIceRequest() { return iceRequest; }
    public Tracked getEscapeFindingMissing() { return escapeFindingMissing; }
    public boolean isConclusoryEscape() { return conclusoryEscape; }
    public Tracked getNotSameDay() { return notSameDay; }
    public boolean isTfmArrest() { return tfmArrest; }
    public Tracked getUscLate() { return uscLate; }
    public Long getUscReportMinutes() { return uscReportMinutes; }
    public Integer getUscReportMax() { return uscReportMax; }
    public boolean isUscClaimFromPerson() { return uscClaimFromPerson; }
    public boolean isJemOrWso() { return jemOrWso; }
    public Tracked getInterpreterNotOffered() { return interpreterNotOffered; }
}
