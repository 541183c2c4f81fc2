package org.writguard.internal.topics.state;

import org.writguard.internal.engine.Tracked;
import org.writguard.internal.engine.Tri;
import org.writguard.facts.Agency;
import org.writguard.facts.ArrestType;
import org.writguard.facts.CaseFile;
import org.writguard.facts.ClaimedAuthority;
import org.writguard.facts.DetainerForm;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.ImmigrationInquiry;
import org.writguard.facts.Officer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the case's function events, holds and encounters to the action codes of DOMAIN.md F19/F21:
 * INTERROGATE_STATUS is INQUIRE_STATUS; serving an I-200/I-205 or a civil arrest is ARREST_ON_CIVIL_WARRANT
 * and CIVIL_IMMIGRATION_ARREST; any delegable function claimed under 287(g) is PERFORM_287G_FUNCTION; a
 * hold past release on a detainer is HOLD_ON_DETAINER; handing custody to ICE is TRANSFER_TO_ICE; giving
 * a release date or personal information is PROVIDE_RELEASE_DATE / SHARE_PERSONAL_INFO.
 */
final class Acts {
    private static final Set<FunctionCode> CIVIL_ARREST_FUNCTIONS = EnumSet.of(FunctionCode.WARRANTLESS_ARREST_CIVIL,
            FunctionCode.SERVE_ARREST_WARRANT_I200, FunctionCode.SERVE_REMOVAL_WARRANT_I205);
    private static final Set<ArrestType> CIVIL_ARRESTS = EnumSet.of(ArrestType.CIVIL_IMMIGRATION_WARRANTLESS,
            ArrestType.CIVIL_IMMIGRATION_ON_ADMIN_WARRANT);

    private final CaseFile c;
    private final Function<String, Agency> agencies;
    private final List<Act> acts = new ArrayList<>();

    private Acts(CaseFile c, Function<String, Agency> agencies) {
        this.c = c;
        this.agencies = agencies;
    }

    /** Every act of the case that a state overlay could judge, with a known place. */
    static List<Act> of(CaseFile c, Function<String, Agency> agencies) {
        Acts a = new Acts(c, agencies);
        for (Encounter e : c.getEncounters()) a.encounter(e);
        for (Hold h : c.getHolds()) a.hold(h);
        return a.acts;
    }

    /** The agency an event belongs to: its officer's, else its encounter's. */
    static String agencyIdOf(CaseFile c, FunctionEvent e) {
        Officer o = c.findOfficer(e.getOfficerId()).orElse(null);
        return o != null && o.getAgencyId() != null ? o.getAgencyId() : e.getAgencyId();
    }

    private void encounter(Encounter en) {
        Agency agency = agencies.apply(en.getAgencyId());
        String state = en.getState() != null ? en.getState() : agency == null ? null : agency.getState();
        boolean civilArrest = en.getArrest() != null && CIVIL_ARRESTS.contains(en.getArrest().getType());
        List<String> arrestEvents = new ArrayList<>();
        boolean interrogated = false;
        for (FunctionEvent ev : en.getFunctionEvents()) {
            if (CIVIL_ARREST_FUNCTIONS.contains(ev.getFunctionCode())) arrestEvents.add(ev.getEventId());
            if (ev.getFunctionCode() == FunctionCode.INTERROGATE_STATUS) interrogated = true;
            event(en, ev, civilArrest);
        }
        if (state == null) return;
        ImmigrationInquiry inq = en.getImmigrationInquiry();
        if (!interrogated && inq != null && Boolean.TRUE.equals(inq.getMade())) {
            OffsetDateTime at = inq.getStartedAt() != null ? inq.getStartedAt() : en.getStartedAt();
            add("ENCOUNTER", en.getEncounterId(), en.getPath(), state, at, ActionCode.INQUIRE_STATUS,
                    "an immigration-status inquiry in encounter " + en.getEncounterId(),
                    Tracked.yes().use(en.getPath(), ".immigration_inquiry.made"), agency, null, null, List.of(), false);
        }
        if (civilArrest) {
            OffsetDateTime at = en.getArrest().getAt() != null ? en.getArrest().getAt() : en.getStartedAt();
            String what = "a civil immigration arrest (" + en.getArrest().getType() + ") in encounter " + en.getEncounterId();
            Tracked yes = Tracked.yes().use(en.getPath(), ".arrest.type");
            add("ENCOUNTER", en.getEncounterId(), en.getPath(), state, at, ActionCode.ARREST_ON_CIVIL_WARRANT, what, yes,
                    agency, null, null, arrestEvents, false);
            add("ENCOUNTER", en.getEncounterId(), en.getPath(), state, at, ActionCode.CIVIL_IMMIGRATION_ARREST, what, yes,
                    agency, null, null, arrestEvents, false);
        }
    }

    private void event(Encounter en, FunctionEvent ev, boolean encounterRecordsArrest) {
        FunctionCode f = ev.getFunctionCode();
        if (f == null || ev.getAt() == null) return;
        Agency agency = agencies.apply(agencyIdOf(c, ev));
        String state = en.getState() != null ? en.getState() : agency == null ? null : agency.getState();
        if (state == null) return;
        String what = f + " by officer " + ev.getOfficerId() + " (event " + ev.getEventId() + ")";
        Tracked yes = Tracked.yes().use(ev.getPath(), ".function");
        List<ActionCode> codes = new ArrayList<>();
        switch (f) {
            case INTERROGATE_STATUS -> codes.add(ActionCode.INQUIRE_STATUS);
            case HOLD_ON_DETAINER -> codes.add(ActionCode.HOLD_ON_DETAINER);
            case TRANSFER_TO_ICE -> codes.add(ActionCode.TRANSFER_TO_ICE);
            case PROVIDE_RELEASE_DATE -> codes.add(ActionCode.PROVIDE_RELEASE_DATE);
            case SHARE_INFO_WITH_ICE -> codes.add(ActionCode.SHARE_PERSONAL_INFO);
            default -> { }
        }
        // The encounter's own civil arrest carries the arrest codes; its arrest events are not counted twice.
        if (CIVIL_ARREST_FUNCTIONS.contains(f) && !encounterRecordsArrest) {
            codes.add(ActionCode.ARREST_ON_CIVIL_WARRANT);
            codes.add(ActionCode.CIVIL_IMMIGRATION_ARREST);
        }
        for (ActionCode code : codes) {
            add("EVENT", ev.getEventId(), ev.getPath(), state, ev.getAt(), code, what, yes, agency, ev, null,
                    List.of(ev.getEventId()), false);
        }
        if (f.delegable()) {
            ClaimedAuthority claim = ev.getClaimedAuthority();
            if (claim == null || claim == ClaimedAuthority.MOA_287G) {
                Tracked claimed = claim == null ? Tracked.of(Tri.UNKNOWN).miss(ev.getPath(), ".claimed_authority")
                        : Tracked.yes().use(ev.getPath(), ".claimed_authority");
                add("EVENT", ev.getEventId(), ev.getPath(), state, ev.getAt(), ActionCode.PERFORM_287G_FUNCTION,
                        what + " under claimed 287(g) authority", claimed, agency, ev, null, List.of(ev.getEventId()), false);
            }
        }
    }

    private void hold(Hold h) {
        Agency agency = agencies.apply(h.getAgencyId());
        String state = h.getFacilityState() != null ? h.getFacilityState() : agency == null ? null : agency.getState();
        if (state == null) return;
        String p = h.getPath();
        boolean onDetainer = h.getDetainer() != null && h.getDetainer().getForm() != null
                && h.getDetainer().getForm() != DetainerForm.NONE;
        if (onDetainer) {
            add("HOLD", h.getHoldId(), p, state, detainerStart(h), ActionCode.HOLD_ON_DETAINER,
                    "holding the person past release on a detainer (hold " + h.getHoldId() + ")", heldPastRelease(h),
                    agency, null, h, List.of(), false);
        }
        OffsetDateTime transfer = h.getCustodyTransferredToIceAt() != null ? h.getCustodyTransferredToIceAt()
                : h.getHoldEndReason() == HoldEndReason.ICE_ASSUMED_CUSTODY ? h.getHoldEndedAt() : null;
        if (transfer != null || h.getHoldEndReason() == HoldEndReason.ICE_ASSUMED_CUSTODY) {
            Tracked t = Tracked.yes().use(h.getCustodyTransferredToIceAt() != null ? p + ".custody_transferred_to_ice_at"
                    : p + ".hold_end_reason");
            add("HOLD", h.getHoldId(), p, state, transfer, ActionCode.TRANSFER_TO_ICE,
                    "transferring the person to ICE custody (hold " + h.getHoldId() + ")", t, agency, null, h, List.of(), false);
        }
        OffsetDateTime served = h.getWarrantServed287gAt();
        if (served != null) {
            String what = "serving an ICE warrant by a 287(g) officer (hold " + h.getHoldId() + ")";
            Tracked t = Tracked.yes().use(p, ".warrant_served_287g_at");
            for (ActionCode code : List.of(ActionCode.ARREST_ON_CIVIL_WARRANT, ActionCode.CIVIL_IMMIGRATION_ARREST,
                    ActionCode.PERFORM_287G_FUNCTION)) {
                add("HOLD", h.getHoldId(), p, state, served, code, what, t, agency, null, h, List.of(), true);
            }
        }
    }

    /**
     * Held past release on the detainer: from release eligibility to the end of the hold, or to the moment
     * custody rested on something else (transfer to ICE, a warrant served by a 287(g) officer), if earlier.
     */
    /**
     * When the person is held on the detainer: release eligibility, or, when bail was frustrated by the detainer, the
     * later of bail_set_at and the detainer's receipt if that is earlier (DOMAIN.md 13.2, 13.15; Ramon v. Short).
     */
    static OffsetDateTime detainerStart(Hold h) {
        OffsetDateTime start = h.getReleaseEligibleAt();
        if (Boolean.TRUE.equals(h.getBailFutileDueToDetainer()) && h.getBailSetAt() != null) {
            OffsetDateTime received = h.getDetainer() == null ? null : h.getDetainer().getReceivedAt();
            OffsetDateTime bail = received != null && received.isAfter(h.getBailSetAt()) ? received : h.getBailSetAt();
            if (start == null || bail.isBefore(start)) start = bail;
        }
        return start;
    }

    private Tracked heldPastRelease(Hold h) {
        String p = h.getPath();
        OffsetDateTime start = detainerStart(h);
        if (start == null) return Tracked.of(Tri.UNKNOWN).miss(p, ".release_eligible_at");
        OffsetDateTime end = h.getHoldEndedAt();
        if (end == null && h.getHoldEndReason() == HoldEndReason.STILL_HELD) end = c.getAsOf();
        if (end == null) return Tracked.of(Tri.UNKNOWN).miss(p, ".hold_ended_at");
        for (OffsetDateTime other : new OffsetDateTime[] {h.getCustodyTransferredToIceAt(), h.getWarrantServed287gAt()}) {
            if (other != null && other.isBefore(end)) end = other;
        }
        return Tracked.of(Tri.of(end.isAfter(start))).use(p + (start.equals(h.getReleaseEligibleAt())
                ? ".release_eligible_at" : ".bail_set_at")).use(p, ".hold_ended_at");
    }

    private void add(String kind, String id, String path, String state, OffsetDateTime at, ActionCode code, String what,
                     Tracked occurred, Agency agency, FunctionEvent ev, Hold h, List<String> delegation, boolean under287g) {
        LocalDate day = at != null ? at.toLocalDate() : c.getAsOf().toLocalDate();
        acts.add(new Act(kind, id, path, state, at, day, code, what, occurred, agency, ev, h, delegation, under287g));
    }
}
