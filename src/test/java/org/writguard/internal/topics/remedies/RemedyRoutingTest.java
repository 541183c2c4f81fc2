package org.writguard.internal.topics.remedies;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.RuleBookSession;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Confidence;
import org.writguard.findings.Finding;
import org.writguard.internal.findings.FindingBuilder;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Severity;
import org.writguard.findings.Status;
import org.writguard.testing.TestRuleBook;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F26, F29 and F30 route on FIRED findings of other topics (DOMAIN.md 7-E, 8.5). Those topics' rules are not all
 * in this branch, so these tests insert the base findings themselves through the embedding door
 * ({@link RuleBookSession}) and check the routing for real.
 */
class RemedyRoutingTest {
    // The hold's own facts give no base finding (18 hours, probable cause, 11th Circuit), so each test's
    // synthetic base finding is the only trigger the routing rules see.
    private static final String GA_JEM_HOLD = """
            as_of: 2026-06-13T12:00:00-04:00
            agencies:
              - {agency_id: GA-county, state: GA, agency_type: SHERIFF, operates_jail: true,
                 moas: [{moa_id: moa-jem, model: JEM, template_revision: "2025-02-15", effective_on: 2025-03-01}]}
            holds:
              - {hold_id: h-1, agency_id: GA-county, facility_state: GA, facility_tz: America/New_York,
                 release_eligible_at: 2026-06-12T16:00:00-04:00, release_trigger: BOND_POSTED,
                 detainer: {form: I247A, box_checked: BOX1_DETAIN, accompanied_by: I200, warrant_signed: true,
                            pc_basis: BIOMETRIC_MATCH_WITH_RECORDS, issued_by: ICE, served_on_subject: true},
                 hold_ended_at: 2026-06-13T10:00:00-04:00, hold_end_reason: ICE_ASSUMED_CUSTODY}
            """;

    private static final String TFM_ENCOUNTER = """
            as_of: 2026-06-03T12:00:00-04:00
            agencies:
              - {agency_id: FL-pd, state: FL, agency_type: MUNICIPAL_POLICE,
                 moas: [{moa_id: moa-tfm, model: TFM, template_revision: "2025-03-07", effective_on: 2025-04-14}]}
            officers:
              - {officer_id: tfo-1, agency_id: FL-pd, us_citizen: true, years_le_experience: 6,
                 certifications: [{model: TFM, certified_on: 2025-04-30, authorization_letter_on: 2025-05-01}]}
            encounters:
              - encounter_id: enc-1
                agency_id: FL-pd
                location_type: STREET_PUBLIC
                initial_basis: TRAFFIC_INFRACTION
                started_at: 2026-06-01T08:45:00-04:00
                subject_lep: false
                arrest: {type: CIVIL_IMMIGRATION_WARRANTLESS, at: 2026-06-01T09:00:00-04:00,
                         reason_to_believe_removable_documented: true, likely_to_escape_documented: true,
                         escape_basis_text: "No fixed address"}
                ice_supervisor_contacted_at: 2026-06-01T09:30:00-04:00
                transported_to_ice_at: 2026-06-01T16:00:00-04:00
                function_events:
                  - {event_id: ev-1, officer_id: tfo-1, function: WARRANTLESS_ARREST_CIVIL, location_type: STREET_PUBLIC,
                     at: 2026-06-01T09:00:00-04:00, claimed_authority: MOA_287G, ice_supervision: REMOTE_CONTACT}
            """;

    private static CaseFile read(String yaml) { return new CaseReader().read(yaml, "test-case.yaml"); }

    private static Finding base(FindingCode code, String variant, String kind, String id) {
        return FindingBuilder.of("test: synthetic " + code.getNumber(), code, Status.FIRED, kind, id).variant(variant)
                .explain("synthetic base finding").build();
    }

    private static Report route(String yaml, Finding... inserted) {
        try (RuleBookSession s = TestRuleBook.book().openSession(read(yaml))) {
            for (Finding f : inserted) s.insert(f);
            return s.fire();
        }
    }

    private static List<Finding> fired(Report r, FindingCode code) {
        return r.getFired().stream().filter(f -> f.getCode() == code).toList();
    }

    private static Optional<Finding> one(Report r, FindingCode code, String subject) {
        List<Finding> l = fired(r, code).stream().filter(f -> subject.equals(f.getSubjectId())).toList();
        assertTrue(l.size() <= 1, "more than one " + code + " on " + subject + ": " + l);
        return l.stream().findFirst();
    }

    @Test
    void aRegulatoryOverHoldByJailStaffIsASection1983MatterOnly() {
        Report r = route(GA_JEM_HOLD, base(FindingCode.DETAINER_HOLD_EXCEEDS_48H, "REGULATORY", "HOLD", "h-1"));
        Finding f29 = one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow();
        assertEquals("HOLD", f29.getSubjectKind());
        assertEquals(null, f29.getVariant());
        assertEquals(Confidence.MEDIUM, f29.getConfidence());
        assertEquals("NOT_A_287G_ACT", f29.getComputed().get("delegation"));
        assertTrue(fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH).isEmpty());
        assertTrue(fired(r, FindingCode.HABEAS_IS_PROPER_VEHICLE).isEmpty(), "the hold has ended");
    }

    @Test
    void theFormRequestVariantAloneIsNotATrigger() {
        Report r = route(GA_JEM_HOLD, base(FindingCode.DETAINER_HOLD_EXCEEDS_48H, "FORM_REQUEST", "HOLD", "h-1"));
        assertTrue(fired(r, FindingCode.SECTION_1983_CANDIDATE).isEmpty());
        assertTrue(fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH).isEmpty());
    }

    @Test
    void aBlanketDetainerPolicyOnTheHoldOrTheAgencyMakesItMonell() {
        // A Georgia sheriff runs the jail for the State (Manders; DOMAIN.md 13.16): a county jail in Pennsylvania is local.
        String pa = GA_JEM_HOLD.replace("agency_type: SHERIFF", "agency_type: COUNTY_CORRECTIONS").replace("state: GA", "state: PA")
                .replace("facility_state: GA", "facility_state: PA");
        String onAgency = pa.replace("operates_jail: true,", "operates_jail: true, agency_policy_blanket_detainer_compliance: true,");
        Report r = route(onAgency, base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-1"));
        assertEquals("MONELL_POLICY", one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow().getVariant());
        String onHold = pa.replace("hold_end_reason: ICE_ASSUMED_CUSTODY}",
                "hold_end_reason: ICE_ASSUMED_CUSTODY, agency_policy_blanket_detainer_compliance: true}");
        r = route(onHold, base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-1"));
        assertEquals("MONELL_POLICY", one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow().getVariant());
        String georgia = GA_JEM_HOLD.replace("operates_jail: true,", "operates_jail: true, agency_policy_blanket_detainer_compliance: true,");
        Finding ga = one(route(georgia, base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-1")),
                FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow();
        assertEquals(null, ga.getVariant());
        assertEquals("STATE", ga.getComputed().get("sheriff_capacity"));
    }

    @Test
    void severalViolationsOnOneHoldGiveOneSection1983FindingListingThemAll() {
        Report r = route(GA_JEM_HOLD, base(FindingCode.DETAINER_HOLD_EXCEEDS_48H, "REGULATORY", "HOLD", "h-1"),
                base(FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION, null, "HOLD", "h-1"),
                base(FindingCode.DETAINER_HOLD_EXCEEDS_48H, "FORM_REQUEST", "HOLD", "h-1"));
        Finding f29 = one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow();
        assertEquals(2, ((List<?>) f29.getComputed().get("triggers")).size(), f29.getComputed().toString());
    }

    @Test
    void aPostTransferOverHoldUnderTheAgreementGivesBothPathsWithTheUncertaintyNote() {
        Report r = route(GA_JEM_HOLD, base(FindingCode.POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H, null, "HOLD", "h-1"));
        Finding f29 = one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow();
        Finding f30 = one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "h-1").orElseThrow();
        assertEquals(Confidence.LOW, f29.getConfidence());
        assertEquals(Confidence.LOW, f30.getConfidence());
        assertTrue(f29.getNotes().stream().anyMatch(n -> n.startsWith("[U]")));
        assertTrue(f30.getNotes().stream().anyMatch(n -> n.startsWith("[U]")));
        assertEquals("2028-06-12", f30.getComputed().get("ftca_claim_deadline"));
    }

    @Test
    void aStateLawViolationAloneDoesNotTriggerSection1983() {
        // DOMAIN.md 13.15 (Virginia v. Moore): F19/F21 alone are state-law claims, not § 1983.
        Report r = route(GA_JEM_HOLD, base(FindingCode.STATE_LAW_PROHIBITS_ACTION, null, "HOLD", "h-1"));
        assertTrue(one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").isEmpty());
        r = route(GA_JEM_HOLD, base(FindingCode.STATE_LAW_PROHIBITS_ACTION, null, "HOLD", "h-1"),
                base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-1"));
        Finding f29 = one(r, FindingCode.SECTION_1983_CANDIDATE, "h-1").orElseThrow();
        assertEquals(1, ((List<?>) f29.getComputed().get("triggers")).size());
        assertEquals(1, ((List<?>) f29.getComputed().get("state_law_claims")).size());
    }

    @Test
    void withinAValidDelegationOnlyTheFederalColorPathApplies() {
        Report r = route(TFM_ENCOUNTER, base(FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, null, "ENCOUNTER", "enc-1"));
        assertTrue(r.getFired().stream().noneMatch(f -> f.getCode().getNumber().compareTo("F07") <= 0),
                "the encounter itself is clean: " + r.getFired());
        Finding f30 = one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "enc-1").orElseThrow();
        assertEquals(Confidence.MEDIUM, f30.getConfidence());
        assertEquals("VALID", f30.getComputed().get("delegation"));
        assertEquals("2028-06-01", f30.getComputed().get("ftca_claim_deadline"));
        assertTrue(fired(r, FindingCode.SECTION_1983_CANDIDATE).isEmpty());
    }

    @Test
    void aScopeDefectOnTheEncountersEventGivesBothPaths() {
        Report r = route(TFM_ENCOUNTER, base(FindingCode.HOME_ENTRY_ON_ADMIN_WARRANT, null, "ENCOUNTER", "enc-1"),
                base(FindingCode.MOA_FUNCTION_OUT_OF_SCOPE, null, "EVENT", "ev-1"));
        assertTrue(one(r, FindingCode.SECTION_1983_CANDIDATE, "enc-1").isPresent());
        assertTrue(one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "enc-1").isPresent());
    }

    @Test
    void aStateBanOnTheAgreementMakesTheDelegationDefective() {
        Report r = route(TFM_ENCOUNTER, base(FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, null, "ENCOUNTER", "enc-1"),
                base(FindingCode.STATE_LAW_PROHIBITS_287G_AGREEMENT, null, "AGENCY", "FL-pd"));
        assertEquals("DEFECTIVE", one(r, FindingCode.SECTION_1983_CANDIDATE, "enc-1").orElseThrow().getComputed().get("delegation"));
        assertTrue(one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "enc-1").isPresent());
    }

    @Test
    void noAgreementOrNoCertificationMeansSection1983Only() {
        Report r = route(TFM_ENCOUNTER, base(FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, null, "ENCOUNTER", "enc-1"),
                base(FindingCode.OFFICER_NOT_CERTIFIED, "NEVER_CERTIFIED", "EVENT", "ev-1"),
                base(FindingCode.MOA_FUNCTION_OUT_OF_SCOPE, null, "EVENT", "ev-1"));
        assertEquals("NO_DELEGATION", one(r, FindingCode.SECTION_1983_CANDIDATE, "enc-1").orElseThrow().getComputed().get("delegation"));
        assertTrue(fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH).isEmpty());
    }

    @Test
    void aRefresherGapIsNotADelegationDefect() {
        Finding refresher = FindingBuilder.of("test: synthetic F03", FindingCode.OFFICER_AUTHORIZATION_LAPSED, Status.FIRED,
                "EVENT", "ev-1").severity(Severity.MEDIUM).explain("refresher overdue").build();
        Report r = route(TFM_ENCOUNTER, base(FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, null, "ENCOUNTER", "enc-1"), refresher);
        assertTrue(fired(r, FindingCode.SECTION_1983_CANDIDATE).isEmpty());
        assertEquals("VALID", one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "enc-1").orElseThrow().getComputed().get("delegation"));
    }

    @Test
    void ethnicityCountsOnlyWhenItIsTheSoleOrPredominantFactor() {
        Report r = route(TFM_ENCOUNTER, base(FindingCode.ETHNICITY_BASED_SUSPICION_RISK, "ONE_FACTOR_AMONG_OTHERS", "ENCOUNTER", "enc-1"));
        assertTrue(fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH).isEmpty());
        r = route(TFM_ENCOUNTER, base(FindingCode.ETHNICITY_BASED_SUSPICION_RISK, "SOLE_OR_PREDOMINANT", "ENCOUNTER", "enc-1"));
        assertTrue(one(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH, "enc-1").isPresent());
    }

    @Test
    void aViolationReportedOnAnEventIsRoutedToItsEncounter() {
        String local = TFM_ENCOUNTER.replace("claimed_authority: MOA_287G", "claimed_authority: STATE_LAW");
        Report r = route(local, base(FindingCode.STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY, null, "EVENT", "ev-1"));
        Finding f29 = one(r, FindingCode.SECTION_1983_CANDIDATE, "enc-1").orElseThrow();
        assertEquals("ENCOUNTER", f29.getSubjectKind());
        assertEquals("NOT_A_287G_ACT", f29.getComputed().get("delegation"));
    }

    @Test
    void habeasIsTheVehicleForAPersonStillHeldAfterADetentionViolation() {
        String stillHeld = GA_JEM_HOLD.replace("hold_ended_at: 2026-06-13T10:00:00-04:00, hold_end_reason: ICE_ASSUMED_CUSTODY",
                "hold_end_reason: STILL_HELD");
        Report r = route(stillHeld, base(FindingCode.DETAINER_HOLD_EXCEEDS_48H, "FORM_REQUEST", "HOLD", "h-1"));
        Finding f26 = one(r, FindingCode.HABEAS_IS_PROPER_VEHICLE, "h-1").orElseThrow();
        assertEquals(Boolean.TRUE, f26.getComputed().get("urgent"));
        assertEquals(List.of("STATE_HABEAS", "S1983_INJUNCTION"), f26.getComputed().get("alternatives"));
        assertTrue(String.valueOf(f26.getComputed().get("respondent")).contains("GA-county"));
        // With no violation and no release objective, custody alone is not enough.
        r = route(stillHeld);
        assertTrue(fired(r, FindingCode.HABEAS_IS_PROPER_VEHICLE).isEmpty());
    }

    @Test
    void habeasIsUndeterminedWhenTheHoldsEndIsUnknown() {
        String unknown = GA_JEM_HOLD.replace("hold_ended_at: 2026-06-13T10:00:00-04:00, hold_end_reason: ICE_ASSUMED_CUSTODY",
                "hold_end_reason: null");
        Report r = route(unknown, base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-1"));
        Finding f26 = r.getUndetermined().stream().filter(f -> f.getCode() == FindingCode.HABEAS_IS_PROPER_VEHICLE).findFirst().orElseThrow();
        assertEquals(List.of("holds[0].hold_end_reason"), f26.getMissingFacts());
    }

    @Test
    void scenarioSevenRoutesEveryRemedyOnceWithItsSubject() {
        String yaml = """
                as_of: 2026-10-06T06:00:00-04:00
                agencies:
                  - {agency_id: PA-prison, state: PA, agency_type: COUNTY_CORRECTIONS, moas: [],
                     agency_policy_blanket_detainer_compliance: true}
                holds:
                  - {hold_id: h-7, agency_id: PA-prison, facility_tz: America/New_York,
                     release_eligible_at: 2026-10-05T10:00:00-04:00, release_trigger: CHARGES_DISMISSED,
                     detainer: {form: I247A, accompanied_by: NONE, pc_basis: DB_NO_MATCH_FOREIGN_BIRTH, served_on_subject: false},
                     hold_end_reason: STILL_HELD}
                remedy_request: {requested_remedy: MANDAMUS, objective: RELEASE_FROM_CUSTODY, respondent_type: STATE_OR_LOCAL_OFFICER}
                """;
        Report r = route(yaml, base(FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, null, "HOLD", "h-7"),
                base(FindingCode.DETAINER_WITHOUT_ADMIN_WARRANT, null, "HOLD", "h-7"));
        assertTrue(one(r, FindingCode.HABEAS_IS_PROPER_VEHICLE, "h-7").isPresent());
        assertEquals("REMEDY_REQUEST", one(r, FindingCode.MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS, "remedy_request").orElseThrow().getSubjectKind());
        assertTrue(one(r, FindingCode.MANDAMUS_UNAVAILABLE_NONFEDERAL_RESPONDENT, "remedy_request").isPresent());
        assertEquals("MONELL_POLICY", one(r, FindingCode.SECTION_1983_CANDIDATE, "h-7").orElseThrow().getVariant());
        assertTrue(fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH).isEmpty());
        assertTrue(fired(r, FindingCode.MANDAMUS_ELEMENTS_MET).isEmpty());
        assertFalse(r.getFired().stream().anyMatch(f -> f.getCode() == FindingCode.SECTION_1983_CANDIDATE
                && "HOLD".equals(f.getSubjectKind()) && !"h-7".equals(f.getSubjectId())));
    }
}
