package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.writguard.facts.Agency;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Certification;
import org.writguard.facts.Complaint;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.Located;
import org.writguard.facts.Moa;
import org.writguard.facts.Officer;
import org.writguard.facts.SuspendedPeriod;
import org.writguard.facts.UsStates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a linked case for what a schema cannot say: required fields, unique ids, references
 * to officers, time order, states, zones, signs and the length of ids. The first problem is thrown as a
 * {@link CaseInputException}. An {@code agency_id} that the case does not list is not an error
 * here: it may name a roster agency ({@link CaseFile#referencedAgencyIdsNotInCase()}).
 */
public final class CaseValidator {
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final String file;
    private final String prefix;

    private CaseValidator(String file, String prefix) {
        this.file = file;
        this.prefix = prefix;
    }

    /** Validates a linked case; {@code file} names it in errors. */
    public static void validate(CaseFile c, String file) {
        validate(c, file, "");
    }

    /** Validates a linked case whose field paths appear under {@code pathPrefix} (e.g. {@code [2].case}). */
    public static void validate(CaseFile c, String file, String pathPrefix) {
        new CaseValidator(file, pathPrefix == null ? "" : pathPrefix).check(c);
    }

    private void check(CaseFile c) {
        required(c, "as_of", c.getAsOf());
        Map<String, String> personIds = new HashMap<>();
        if (c.getPersons() != null) {
            for (org.writguard.facts.Person p : c.getPersons()) unique(personIds, p, "person_id", id(p, "person_id", p.getPersonId()));
        }
        Map<String, String> agencyIds = new HashMap<>();
        Map<String, String> moaIds = new HashMap<>();
        for (Agency a : c.getAgencies()) {
            unique(agencyIds, a, "agency_id", id(a, "agency_id", a.getAgencyId()));
            state(a, "state", a.getState());
            notNegative(a, "sworn_officer_count", a.getSwornOfficerCount());
            if (a.getMoas() != null) {
                for (Moa m : a.getMoas()) {
                    checkMoa(a, m, moaIds);
                }
            }
        }
        Map<String, String> officerIds = new HashMap<>();
        for (Officer o : c.getOfficers()) {
            unique(officerIds, o, "officer_id", id(o, "officer_id", o.getOfficerId()));
            id(o, "agency_id", o.getAgencyId());
            notNegative(o, "years_le_experience", o.getYearsLeExperience());
            for (Certification cert : o.getCertifications()) {
                required(cert, "model", cert.getModel());
                notBefore(cert, "authorization_expires_on", cert.getAuthorizationExpiresOn(), "authorization_letter_on",
                        cert.getAuthorizationLetterOn());
                notBefore(cert, "revoked_on", cert.getRevokedOn(), "certified_on", cert.getCertifiedOn());
            }
        }
        Map<String, String> encounterIds = new HashMap<>();
        Map<String, String> eventIds = new HashMap<>();
        for (Encounter e : c.getEncounters()) {
            unique(encounterIds, e, "encounter_id", id(e, "encounter_id", e.getEncounterId()));
            id(e, "agency_id", e.getAgencyId());
            knownPerson(c, e, e.getPersonId(), personIds);
            checkEncounter(e, officerIds, eventIds);
        }
        Map<String, String> holdIds = new HashMap<>();
        for (Hold h : c.getHolds()) {
            unique(holdIds, h, "hold_id", id(h, "hold_id", h.getHoldId()));
            id(h, "agency_id", h.getAgencyId());
            knownPerson(c, h, h.getPersonId(), personIds);
            if (h.getArrestEncounterId() != null && !encounterIds.containsKey(h.getArrestEncounterId())) {
                fail(h, "arrest_encounter_id", "no encounter has encounter_id " + StrictScalars.quoted(h.getArrestEncounterId()));
            }
            notNegative(h, "bail_amount", h.getBailAmount());
            checkHold(h, c.getAsOf(), officerIds);
        }
        Map<String, String> applicationIds = new HashMap<>();
        for (Application a : c.getApplications()) {
            unique(applicationIds, a, "application_id", id(a, "application_id", a.getApplicationId()));
            required(a, "form_type", a.getFormType());
            // filed_on may be unknown (DOMAIN.md 13.7): the delay findings that need it are UNDETERMINED.
            knownPerson(c, a, a.getPersonId(), personIds);
            checkApplication(a, c);
        }
        Map<String, String> complaintIds = new HashMap<>();
        for (Complaint k : c.getComplaints()) {
            unique(complaintIds, k, "complaint_id", id(k, "complaint_id", k.getComplaintId()));
            knownOfficer(k, "officer_id", k.getOfficerId(), officerIds);
            OffsetDateTime received = k.getReceivedByLeaAt();
            notBefore(k, "forwarded_to_ice_at", k.getForwardedToIceAt(), "received_by_lea_at", received);
            notBefore(k, "forwarded_to_opr_at", k.getForwardedToOprAt(), "received_by_lea_at", received);
            notBefore(k, "resolved_at", k.getResolvedAt(), "received_by_lea_at", received);
            notBefore(k, "resolution_reported_to_ice_at", k.getResolutionReportedToIceAt(), "resolved_at",
                    k.getResolvedAt());
        }
    }

    private void checkMoa(Agency a, Moa m, Map<String, String> moaIds) {
        required(m, "model", m.getModel());
        required(m, "effective_on", m.getEffectiveOn());
        if (m.getMoaId() != null) {
            unique(moaIds, m, "moa_id", id(m, "moa_id", m.getMoaId()));
        }
        if (a.getAgencyId() != null && !a.getAgencyId().equals(m.getAgencyId())) {
            fail(m, "agency_id", StrictScalars.quoted(m.getAgencyId()) + " differs from the enclosing agency "
                    + StrictScalars.quoted(a.getAgencyId()) + "; leave it out or make them equal");
        }
        notBefore(m, "expires_on", m.getExpiresOn(), "effective_on", m.getEffectiveOn());
        notBefore(m, "terminated_on", m.getTerminatedOn(), "effective_on", m.getEffectiveOn());
        for (SuspendedPeriod s : m.getSuspendedPeriods()) {
            required(s, "from", s.getFrom());
            notBefore(s, "to", s.getTo(), "from", s.getFrom());
        }
    }

    private void checkEncounter(Encounter e, Map<String, String> officerIds, Map<String, String> eventIds) {
        state(e, "state", e.getState());
        OffsetDateTime start = e.getStartedAt();
        // Nothing tied to an encounter can happen before it began.
        notBefore(e, "mission_completed_at", e.getMissionCompletedAt(), "started_at", start);
        notBefore(e, "seizure_ended_at", e.getSeizureEndedAt(), "started_at", start);
        if (e.getImmigrationInquiry() != null) {
            notBefore(e.getImmigrationInquiry(), "started_at", e.getImmigrationInquiry().getStartedAt(),
                    ref(e, "started_at"), start);
            notNegative(e.getImmigrationInquiry(), "extension_minutes_attributable",
                    e.getImmigrationInquiry().getExtensionMinutesAttributable());
        }
        if (e.getArrest() != null) {
            notBefore(e.getArrest(), "at", e.getArrest().getAt(), ref(e, "started_at"), start);
            notBefore(e, "transported_to_ice_at", e.getTransportedToIceAt(), ref(e.getArrest(), "at"),
                    e.getArrest().getAt());
        }
        notBefore(e, "transported_to_ice_at", e.getTransportedToIceAt(), "started_at", start);
        if (e.getUscClaim() != null) {
            notBefore(e.getUscClaim(), "reported_to_ice_at", e.getUscClaim().getReportedToIceAt(), "at",
                    e.getUscClaim().getAt());
        }
        for (FunctionEvent ev : e.getFunctionEvents()) {
            unique(eventIds, ev, "event_id", id(ev, "event_id", ev.getEventId()));
            id(ev, "officer_id", ev.getOfficerId());
            required(ev, "function", ev.getFunctionCode());
            required(ev, "at", ev.getAt());
            knownOfficer(ev, "officer_id", ev.getOfficerId(), officerIds);
        }
    }

    private void checkHold(Hold h, OffsetDateTime asOf, Map<String, String> officerIds) {
        state(h, "facility_state", h.getFacilityState());
        if (h.getFacilityTz() != null && !ZONES.contains(h.getFacilityTz())) {
            fail(h, "facility_tz", StrictScalars.quoted(h.getFacilityTz())
                    + " is not an IANA time zone; write e.g. America/New_York");
        }
        notBefore(h, "hold_ended_at", h.getHoldEndedAt(), "release_eligible_at", h.getReleaseEligibleAt());
        notBefore(h, "hold_ended_at", h.getHoldEndedAt(), "hold_started_at", h.getHoldStartedAt());
        if (h.getHoldEndReason() == HoldEndReason.STILL_HELD) {
            // An ongoing hold runs to as_of (DOMAIN 8.1), so it must have begun by then and have no end.
            if (h.getHoldEndedAt() != null) {
                fail(h, "hold_ended_at", h.getHoldEndedAt() + " is given, but hold_end_reason is STILL_HELD;"
                        + " remove one of them");
            }
            notBefore(h, "hold_end_reason", asOf, h.getReleaseEligibleAt(),
                    "STILL_HELD at as_of " + asOf + ", but release_eligible_at " + h.getReleaseEligibleAt()
                            + " is later");
            notBefore(h, "hold_end_reason", asOf, h.getHoldStartedAt(),
                    "STILL_HELD at as_of " + asOf + ", but hold_started_at " + h.getHoldStartedAt() + " is later");
        }
        if (h.getDetainer() != null) {
            knownOfficer(h.getDetainer(), "issuer_officer_id", h.getDetainer().getIssuerOfficerId(), officerIds);
        }
    }

    private void checkApplication(Application a, CaseFile c) {
        state(a, "applicant_state", a.getApplicantState());
        LocalDate filed = a.getFiledOn();
        notBefore(a, "biometrics_on", a.getBiometricsOn(), "filed_on", filed);
        notBefore(a, "interview_on", a.getInterviewOn(), "filed_on", filed);
        notBefore(a, "decision_on", a.getDecisionOn(), "filed_on", filed);
        notBefore(a, "rfe_response_received_on", a.getRfeResponseReceivedOn(), "filed_on", filed);
        notBefore(a, "last_agency_action_on", a.getLastAgencyActionOn(), "filed_on", filed);
        notBefore(a, "expedite_requested_on", a.getExpediteRequestedOn(), "filed_on", filed);
        for (int i = 0; i < a.getInquiriesMadeOn().size(); i++) {
            notBefore(a, "inquiries_made_on[" + i + "]", a.getInquiriesMadeOn().get(i), "filed_on", filed);
        }
        // What had happened by as_of is all the case knows: an event dated later would give negative
        // durations ("-73 days since the interview"). Unhappened events are null (DOMAIN.md 12.5).
        if (c.getAsOf() != null) {
            LocalDate asOf = c.getAsOf().toLocalDate();
            notAfterAsOf(a, "biometrics_on", a.getBiometricsOn(), asOf);
            notAfterAsOf(a, "interview_on", a.getInterviewOn(), asOf);
            notAfterAsOf(a, "decision_on", a.getDecisionOn(), asOf);
            notAfterAsOf(a, "rfe_response_received_on", a.getRfeResponseReceivedOn(), asOf);
            notAfterAsOf(a, "last_agency_action_on", a.getLastAgencyActionOn(), asOf);
            notAfterAsOf(a, "expedite_requested_on", a.getExpediteRequestedOn(), asOf);
            for (int i = 0; i < a.getInquiriesMadeOn().size(); i++) {
                notAfterAsOf(a, "inquiries_made_on[" + i + "]", a.getInquiriesMadeOn().get(i), asOf);
            }
        }
        if (a.getEvaluationDate() != null && filed != null && a.getEvaluationDate().isBefore(filed)) {
            boolean defaulted = c.getAsOf() != null && a.getEvaluationDate().equals(c.getAsOf().toLocalDate());
            fail(a, "evaluation_date", a.getEvaluationDate() + (defaulted ? " (the date of as_of)" : "")
                    + " is before filed_on " + filed);
        }
        if (a.getAgencyProcessingTimeDays() != null && a.getAgencyProcessingTimeDays() <= 0) {
            // It divides the delay in the TRAC length ratio (DOMAIN 12.9).
            fail(a, "agency_processing_time_days", a.getAgencyProcessingTimeDays()
                    + " is not a published processing time; expected more than 0 days");
        }
        notNegative(a, "applicant_caused_delay_days", a.getApplicantCausedDelayDays());
        Integer caused = a.getApplicantCausedDelayDays();
        if (caused != null && filed != null && a.getEvaluationDate() != null
                && caused > ChronoUnit.DAYS.between(filed, a.getEvaluationDate())) {
            // delay_days = evaluation_date - filed_on - applicant_caused_delay_days must not go below zero.
            fail(a, "applicant_caused_delay_days", caused + " days is more than the "
                    + ChronoUnit.DAYS.between(filed, a.getEvaluationDate()) + " days from filed_on " + filed
                    + " to evaluation_date " + a.getEvaluationDate());
        }
    }

    private <T> T required(Located owner, String field, T value) {
        if (value == null) {
            fail(owner, field, "required field is missing");
        }
        return value;
    }

    /** A required id or id reference: present, not blank, short. */
    private String id(Located owner, String field, String value) {
        required(owner, field, value);
        if (value.isBlank()) {
            fail(owner, field, "an id cannot be empty");
        }
        if (value.length() > CaseReader.MAX_ID_CHARS) {
            fail(owner, field, "an id of " + value.length() + " characters; the limit is " + CaseReader.MAX_ID_CHARS);
        }
        return value;
    }

    private void unique(Map<String, String> seen, Located owner, String field, String id) {
        String earlier = seen.putIfAbsent(id, owner.getPath());
        if (earlier != null) {
            fail(owner, field, "duplicate id " + StrictScalars.quoted(id) + "; " + earlier + " has it too");
        }
    }

    private void knownOfficer(Located owner, String field, String officerId, Map<String, String> officerIds) {
        if (officerId != null && !officerIds.containsKey(officerId)) {
            String known = officerIds.isEmpty() ? "the case lists no officers"
                    : "known: " + String.join(", ", new TreeSet<>(officerIds.keySet()));
            fail(owner, field, "no officer " + StrictScalars.quoted(officerId) + " in officers (" + known + ")");
        }
    }

    private void state(Located owner, String field, String code) {
        if (code != null && !UsStates.isUspsCode(code)) {
            fail(owner, field, StrictScalars.quoted(code)
                    + " is not a USPS state code; write two capital letters, e.g. GA");
        }
    }

    private void notNegative(Located owner, String field, Number n) {
        if (n != null && n.doubleValue() < 0) {
            fail(owner, field, n + " is negative; expected 0 or more");
        }
    }

    /** {@code otherField} is a sibling name or, when it contains a dot or bracket, a full path. */
    private void notBefore(Located owner, String field, OffsetDateTime t, String otherField, OffsetDateTime other) {
        if (t != null && other != null && t.isBefore(other)) {
            fail(owner, field, t + " is before " + otherField + " " + other);
        }
    }

    private void notBefore(Located owner, String field, OffsetDateTime t, OffsetDateTime other, String problem) {
        if (t != null && other != null && t.isBefore(other)) {
            fail(owner, field, problem);
        }
    }

    private void notBefore(Located owner, String field, LocalDate d, String otherField, LocalDate other) {
        if (d != null && other != null && d.isBefore(other)) {
            fail(owner, field, d + " is before " + otherField + " " + other);
        }
    }

    private void notAfterAsOf(Located owner, String field, LocalDate d, LocalDate asOf) {
        if (d != null && d.isAfter(asOf)) {
            fail(owner, field, d + " is after as_of (" + asOf + "); record only what had happened by as_of,"
                    + " and leave an event that has not happened yet out");
        }
    }

    private String ref(Located owner, String field) {
        return CaseReader.join(prefix, owner.field(field));
    }

    /** DOMAIN.md 13.1: when persons is given, every person_id used must be listed there. */
    private void knownPerson(CaseFile c, Located owner, String personId, Map<String, String> personIds) {
        if (personId == null || c.getPersons() == null) return;
        if (!personIds.containsKey(personId)) {
            fail(owner, "person_id", StrictScalars.quoted(personId) + " is not listed in persons; add it there or correct the id"
                    + (personIds.isEmpty() ? "" : " (listed: " + String.join(", ", new java.util.TreeSet<>(personIds.keySet())) + ")"));
        }
    }

    private void fail(Located owner, String field, String problem) {
        throw new CaseInputException(file, CaseReader.join(prefix, owner.field(field)), problem);
    }
}
