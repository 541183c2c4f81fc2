package org.writguard.section13;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.CaseNotes;
import org.writguard.engine.Report;
import org.writguard.findings.Confidence;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Severity;
import org.writguard.findings.Status;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the section-13 fixtures (src/test/resources/fixtures/section13) cannot pin with fixture format 1: severities,
 * confidences, computed values, the report's time-critical items and the exit-2 input errors (DOMAIN.md 13).
 */
class Section13Test {
    private static final Path DIR = Path.of("src/test/resources/fixtures/section13");
    private static final CaseReader READER = new CaseReader();

    /** Assesses the i-th fixture's case of a section-13 fixture file. */
    static Report assess(String file, int i) {
        JsonNode root = READER.readTree(DIR.resolve(file));
        var c = READER.toCaseFile(root.get(i).get("case"), file, "[" + i + "].case");
        return TestRuleBook.get().assess(c, file + "[" + i + "]");
    }

    static Finding one(Report r, FindingCode code, String subject, String variant, Status status) {
        List<Finding> l = r.getFindings().stream().filter(f -> f.getCode() == code && subject.equals(f.getSubjectId())
                && f.getStatus() == status && java.util.Objects.equals(variant, f.getVariant())).toList();
        assertEquals(1, l.size(), code + "/" + variant + " " + status + " on " + subject + " in " + r.getFindings());
        return l.get(0);
    }

    @Test
    void santosBeforeTheRequestIsHighWithTheMinutes() {
        Finding f = one(assess("13-4-santos-v-frederick-county.yaml", 0), FindingCode.CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY,
                "enc-santos", "BEFORE_ICE_REQUEST", Status.FIRED);
        assertEquals(Confidence.HIGH, f.getConfidence());
        assertEquals(25L, ((Number) f.getComputed().get("minutes_before_request")).longValue());
        assertEquals(Boolean.FALSE, f.getComputed().get("ongoing"));
    }

    @Test
    void aRequestBeforeTheSeizureIsMediumAndUnknownTimesAreNamed() {
        Finding b = one(assess("13-4-santos-v-frederick-county.yaml", 1), FindingCode.CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY,
                "enc-santos-b", null, Status.FIRED);
        assertEquals(Confidence.MEDIUM, b.getConfidence());
        Finding c = one(assess("13-4-santos-v-frederick-county.yaml", 2), FindingCode.CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY,
                "enc-santos-c", null, Status.FIRED);
        assertEquals(Confidence.MEDIUM, c.getConfidence());
        assertTrue(c.getMissingFacts().contains("encounters[0].civil_seizure_started_at"), c.getMissingFacts().toString());
    }

    @Test
    void ongoingCustodyMakesF07Critical() {
        Finding f = one(assess("13-4-santos-v-frederick-county.yaml", 4), FindingCode.CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY,
                "enc-santos-d", null, Status.FIRED);
        assertEquals(Severity.CRITICAL, f.getSeverity());
        assertEquals(Boolean.TRUE, f.getComputed().get("ongoing"));
    }

    @Test
    void aRosterAgencysHoldSaysWhereItsStateCameFrom() {
        Finding f = one(assess("13-8-roster-agency-by-id-maryland.yaml", 0), FindingCode.DETAINER_HOLD_EXCEEDS_48H,
                "h-md-f", "REGULATORY", Status.FIRED);
        assertEquals("agency MD-frederick-county-sheriffs-office (state from the ICE roster)",
                f.getComputed().get("facility_state_source"));
    }

    @Test
    void mcLaughlinBeyond48HoursIsHighAndADocumentedShorterDelayMedium() {
        Finding high = one(assess("13-16-f17-mclaughlin-48-hours.yaml", 0), FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION,
                "h-or-50", null, Status.FIRED);
        assertEquals(Severity.HIGH, high.getSeverity());
        assertEquals(50.0, ((Number) high.getComputed().get("hours_without_determination")).doubleValue(), 0.01);
        Finding medium = one(assess("13-16-f17-mclaughlin-48-hours.yaml", 2), FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION,
                "h-wa-6", null, Status.FIRED);
        assertEquals(Severity.MEDIUM, medium.getSeverity());
    }

    @Test
    void aRunningHoldUnder48HoursPutsItsDueMomentInTheReport() {
        Report r = assess("13-16-f17-mclaughlin-48-hours.yaml", 3);
        assertTrue(r.getFindings().stream().noneMatch(f -> f.getCode() == FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION));
        assertEquals(1, r.getTimeCritical().size(), r.getTimeCritical().toString());
        CaseNotes.TimeCritical t = r.getTimeCritical().get(0);
        assertEquals("h-ca-run", t.getSubjectId());
        assertEquals(java.time.OffsetDateTime.parse("2026-05-06T09:00:00-07:00").toInstant(), t.getDueAt().toInstant());
        assertTrue(org.writguard.engine.ReportWriter.json(r).contains("\"time_critical\""));
    }

    @Test
    void citizenshipConfidenceFollowsTheEvidenceAndBail() {
        Finding morales = one(assess("13-1-persons-us-citizen-held.yaml", 0), FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD,
                "h-morales", "US_CITIZEN_HELD", Status.FIRED);
        assertEquals(Confidence.HIGH, morales.getConfidence());
        assertEquals(Severity.CRITICAL, morales.getSeverity());
        Finding galarza = one(assess("13-1-persons-us-citizen-held.yaml", 3), FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD,
                "h-galarza", "US_CITIZEN_HELD", Status.FIRED);
        assertEquals(Confidence.LOW, galarza.getConfidence(), "the start rests on bail_set_at (13.16)");
        assertEquals("BAIL_SET_AT", galarza.getComputed().get("start_basis"));
        Finding unknown = one(assess("13-1-persons-us-citizen-held.yaml", 1), FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD,
                "h-claim", "US_CITIZEN_HELD", Status.UNDETERMINED);
        assertTrue(unknown.getMissingFacts().contains("persons[0].us_citizen"), unknown.getMissingFacts().toString());
    }

    @Test
    void everyF29NamesItsDefendants() {
        Finding county = one(assess("13-11-monell-and-defendants.yaml", 0), FindingCode.SECTION_1983_CANDIDATE,
                "h-pa", "MONELL_POLICY", Status.FIRED);
        assertEquals(List.of("OFFICERS_INDIVIDUAL_CAPACITY", "LOCAL_GOVERNMENT_MONELL"), county.getComputed().get("defendants"));
        Finding state = one(assess("13-11-monell-and-defendants.yaml", 1), FindingCode.SECTION_1983_CANDIDATE,
                "h-doc", null, Status.FIRED);
        assertEquals(List.of("OFFICERS_INDIVIDUAL_CAPACITY", "STATE_OFFICIALS_PROSPECTIVE_RELIEF_EX_PARTE_YOUNG"),
                state.getComputed().get("defendants"));
        Finding alabama = one(assess("13-11-monell-and-defendants.yaml", 2), FindingCode.SECTION_1983_CANDIDATE,
                "h-al", null, Status.FIRED);
        assertEquals("STATE", alabama.getComputed().get("sheriff_capacity"));
        assertTrue(alabama.getNotes().stream().anyMatch(n -> n.contains("McMillian")), alabama.getNotes().toString());
    }

    @Test
    void anUnknownPersonIdIsAnInputErrorNamingTheField() {
        String yaml = """
                as_of: 2026-06-14T12:00:00-04:00
                persons: [{person_id: p-1}]
                holds: [{hold_id: h-1, agency_id: GA-x, person_id: p-9}]
                agencies: [{agency_id: GA-x, state: GA, moas: []}]
                """;
        CaseInputException e = assertThrows(CaseInputException.class, () -> READER.read(yaml, "case.yaml"));
        assertTrue(e.getMessage().contains("holds[0].person_id"), e.getMessage());
        String without = """
                as_of: 2026-06-14T12:00:00-04:00
                holds: [{hold_id: h-1, agency_id: GA-x, person_id: p-9}]
                agencies: [{agency_id: GA-x, state: GA, moas: []}]
                """;
        READER.read(without, "case.yaml");   // no persons list: person ids are not checked (13.1)
    }

    private static final String REMEDIES = "13-remedies-filed-on-i526-trac-1447b.yaml";

    @Test
    void anUnknownFiledOnIsNamedAsMissing() {
        Finding f = one(assess(REMEDIES, 1), FindingCode.DELAY_UNREASONABLE_TRAC, "i130-nf", null, Status.UNDETERMINED);
        assertTrue(f.getMissingFacts().contains("applications[0].filed_on"), f.getMissingFacts().toString());
    }

    @Test
    void tracSaysWhichLengthBasisItUsed() {
        Finding f = one(assess(REMEDIES, 4), FindingCode.DELAY_UNREASONABLE_TRAC, "abs-1", null, Status.FIRED);
        assertEquals("ABSOLUTE", f.getComputed().get("length_basis"));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> points = (java.util.Map<String, Object>) f.getComputed().get("trac_points");
        assertEquals(1, ((Number) points.get("length_vs_norms")).intValue());
    }

    @Test
    void aPendingSuitIsSettledOnlyInTheSecondFourthAndNinthCircuits() {
        Finding ca = one(assess(REMEDIES, 6), FindingCode.NATURALIZATION_1447B_AVAILABLE, "n400-ca", "SUIT_PENDING", Status.FIRED);
        assertEquals(Confidence.HIGH, ca.getConfidence());
        assertEquals(Severity.INFO, ca.getSeverity());
        Finding il = one(assess(REMEDIES, 7), FindingCode.NATURALIZATION_1447B_AVAILABLE, "n400-il", "SUIT_PENDING", Status.FIRED);
        assertEquals(Confidence.LOW, il.getConfidence());
    }

    @Test
    void anUnverifiedBarIsCappedAndSaysSo() {
        Finding f = one(assess(REMEDIES, 8), FindingCode.PACE_REVIEW_JURISDICTION_BARRED, "va-485", null, Status.FIRED);
        assertEquals(Confidence.LOW, f.getConfidence());
        assertEquals(Boolean.FALSE, f.getComputed().get("row_verified"));
    }

    @Test
    void aDeclaringDecisionReachesEarlierActsWithLowConfidenceAndTheImmunityNote() {
        Finding ramon = one(assess("13-10-declared-state-law.yaml", 0), FindingCode.STATE_LAW_NO_CIVIL_ARREST_AUTHORITY,
                "h-ramon", "HOLD_ON_DETAINER", Status.FIRED);
        assertEquals(Confidence.LOW, ramon.getConfidence());
        assertTrue(ramon.getNotes().stream().anyMatch(n -> n.contains("qualified immunity")), ramon.getNotes().toString());
        assertEquals("2017-06-15", ramon.getComputed().get("act_date"), "held on the detainer from bail_set_at (13.2)");
    }

    @Test
    void aCitizenHeldOnADetainerOfUnknownFormAndBasisIsFiredAndTheBasisQuestionIsSettled() {
        String yaml = """
                as_of: 2026-06-20T12:00:00-04:00
                persons: [{person_id: p-1, us_citizen: true, citizenship_evidence: US_PASSPORT}]
                agencies: [{agency_id: GA-x, name: X County Sheriff, state: GA, agency_type: SHERIFF, operates_jail: true, moas: []}]
                holds:
                  - {hold_id: h-1, person_id: p-1, agency_id: GA-x, facility_tz: America/New_York,
                     release_eligible_at: 2026-06-12T08:00:00-04:00, detainer: {received_at: 2026-06-11T10:00:00-04:00},
                     hold_ended_at: 2026-06-13T08:00:00-04:00, hold_end_reason: DETAINER_CANCELLED}
                """;
        var c = READER.toCaseFile(READER.readTree(yaml, "citizen.yaml"), "citizen.yaml", "");
        Report r = TestRuleBook.get().assess(c, "citizen.yaml");
        Finding f = one(r, FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD, "h-1", "US_CITIZEN_HELD", Status.FIRED);
        assertEquals(Confidence.HIGH, f.getConfidence());
        assertTrue(r.getFindings().stream().noneMatch(x -> x.getCode() == FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD
                && x.getStatus() == Status.UNDETERMINED && x.getVariant() == null),
                "whether F16 applies is settled once it fires: " + r.getFindings());
    }

    @Test
    void aRunningHoldWhoseEligibilityIsKnownOnlyToTheDayStillGetsItsDeterminationDueMoment() {
        String yaml = """
                as_of: 2026-06-13T09:00:00-07:00
                agencies: [{agency_id: CA-x, name: X County Sheriff, state: CA, agency_type: SHERIFF, operates_jail: true, moas: []}]
                holds:
                  - {hold_id: h-1, agency_id: CA-x, facility_state: CA, facility_tz: America/Los_Angeles,
                     release_eligible_at: 2026-06-12, detainer: {form: I247A, received_at: 2026-06-11T10:00:00-07:00},
                     hold_end_reason: STILL_HELD}
                """;
        var c = READER.toCaseFile(READER.readTree(yaml, "ca.yaml"), "ca.yaml", "");
        Report r = TestRuleBook.get().assess(c, "ca.yaml");
        assertTrue(r.getTimeCritical().stream().anyMatch(t -> t.getKind().equals("JUDICIAL_PC_DETERMINATION_DUE")
                && t.getSubjectId().equals("h-1") && t.getDueAt() != null), "time-critical items: " + r.getTimeCritical());
    }
}
