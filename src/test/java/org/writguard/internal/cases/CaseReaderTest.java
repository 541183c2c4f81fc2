package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.writguard.facts.Agency;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Circuit;
import org.writguard.facts.DetainerForm;
import org.writguard.facts.DetainerWarrant;
import org.writguard.facts.Encounter;
import org.writguard.facts.FormType;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.Harm;
import org.writguard.facts.Hold;
import org.writguard.facts.HoldEndReason;
import org.writguard.facts.Model;
import org.writguard.facts.Moa;
import org.writguard.facts.PcBasis;
import org.writguard.facts.RequestedRemedy;
import org.writguard.facts.SuspicionFactor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReaderTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private final CaseReader reader = new CaseReader();

    @Test
    void scenarioOneReadsWithOffsetsKeptAndUnknownsLeftNull() {
        CaseFile c = reader.read(CASES.resolve("scenario-01-weekend-detainer-over-hold.yaml"));

        Agency a = c.getAgencies().get(0);
        assertEquals("GA", a.getState());
        assertEquals(Boolean.FALSE, a.getIgsaInEffect());
        assertNull(a.getSwornOfficerCount());
        assertEquals(List.of("GA-example-jail"), a.getJailFacilityIds());
        Moa m = a.getMoas().get(0);
        assertEquals(Model.JEM, m.getModel());
        assertEquals("2025-02-15", m.getTemplateRevision());
        assertEquals(LocalDate.of(2025, 3, 1), m.getEffectiveOn());
        assertEquals(a.getAgencyId(), m.getAgencyId(), "an MOA belongs to its enclosing agency");
        assertNull(m.getAuthorizedFunctionsOverride(), "null means: use the model's default functions");
        assertTrue(m.getSuspendedPeriods().isEmpty());

        Hold h = c.getHolds().get(0);
        assertEquals(OffsetDateTime.of(2026, 6, 12, 16, 0, 0, 0, ZoneOffset.ofHours(-4)), h.getReleaseEligibleAt());
        assertEquals(ZoneOffset.ofHours(-4), h.getHoldEndedAt().getOffset(), "the written offset is kept");
        assertEquals(HoldEndReason.ICE_ASSUMED_CUSTODY, h.getHoldEndReason());
        assertEquals(DetainerForm.I247A, h.getDetainer().getForm());
        assertEquals(DetainerWarrant.I200, h.getDetainer().getAccompaniedBy());
        assertEquals(PcBasis.BIOMETRIC_MATCH_WITH_RECORDS, h.getDetainer().getPcBasis());
        assertEquals(Boolean.FALSE, h.getDetainer().getFormExcludesWeekendsHolidays());
        assertNull(h.getDetainer().getReceivedAt());
        assertNull(h.getJudicialPcDeterminationAt());
        assertNull(h.getAgencyPolicyBlanketDetainerCompliance(), "absent is unknown, never false");

        assertEquals("holds[0]", h.getPath());
        assertEquals("holds[0].detainer", h.getDetainer().getPath());
        assertEquals("holds[0].detainer.pc_basis", h.getDetainer().field("pc_basis"));
        assertEquals("agencies[0].moas[0]", m.getPath());
        assertTrue(c.referencedAgencyIdsNotInCase().isEmpty());
    }

    @Test
    void scenarioSevenReadsFromJsonWithTheBlanketPolicyOnAgencyAndHold() {
        CaseFile c = reader.read(CASES.resolve("scenario-07-pa-hold-without-probable-cause.json"));

        Agency a = c.getAgencies().get(0);
        assertEquals(List.of(), a.getMoas(), "an empty moas list overrides the roster");
        assertEquals(Boolean.TRUE, a.getAgencyPolicyBlanketDetainerCompliance());
        Hold h = c.getHolds().get(0);
        assertEquals(Boolean.TRUE, h.getAgencyPolicyBlanketDetainerCompliance());
        assertEquals(HoldEndReason.STILL_HELD, h.getHoldEndReason());
        assertEquals(Boolean.FALSE, h.getDetainer().getServedOnSubject());
        assertNull(h.getDetainer().getWarrantSigned());
        assertNull(h.getHoldEndedAt());
        assertEquals(RequestedRemedy.MANDAMUS, c.getRemedyRequest().getRequestedRemedy());
        assertEquals("remedy_request", c.getRemedyRequest().getPath());
    }

    @Test
    void scenarioTenTakesItsEvaluationDateFromAsOfAndLeavesTheCircuitToTheEngine() {
        CaseFile c = reader.read(CASES.resolve("scenario-10-i130-delay-dc.yaml"));

        Application app = c.getApplications().get(0);
        assertEquals(FormType.I130, app.getFormType());
        assertEquals("IR1 spouse abroad", app.getCategory());
        assertEquals(LocalDate.of(2026, 9, 30), app.getEvaluationDate());
        assertNull(app.getFederalCircuit(), "the circuit comes from the circuit table, in the engine");
        assertEquals(0, app.getApplicantCausedDelayDays());
        assertNull(app.getUniqueCircumstancesDocumented());
        assertEquals(600.0, app.getAgencyProcessingTimeDays());
        assertEquals(List.of(Harm.FAMILY_SEPARATION), app.getHarms());
        assertNull(app.getBiometricsOn());
        assertEquals(Map.of("I130", Map.of("DC", 1095)), c.getParameters().get("delay_threshold_days"));
        assertEquals(2, c.getParameters().get("trac_cutoff"));
    }

    @Test
    void evaluationDateIsTheLocalDateOfAsOfInItsOwnOffset() {
        CaseFile c = reader.read("as_of: 2026-09-30T23:30:00-04:00\n"
                + "applications: [{application_id: a, form_type: I130, filed_on: 2025-01-01}]\n", "t.yaml");

        assertEquals(LocalDate.of(2026, 9, 30), c.getApplications().get(0).getEvaluationDate());
    }

    @Test
    void aRosterAgencyNamedOnlyByIdIsLeftForTheEngineToResolve() {
        CaseFile c = reader.read(CASES.resolve("scenario-03-roadside-arrest-roster-agency.yaml"));

        assertEquals(Set.of("AL-example-county-sheriffs-office"), c.referencedAgencyIdsNotInCase());
        assertEquals("officers[0].agency_id", c.agencyReferencesNotInCase().get("AL-example-county-sheriffs-office"));
        Encounter e = c.getEncounters().get(0);
        assertNull(e.getFederalCircuit(), "the circuit comes from the circuit table, in the engine");
        assertEquals(List.of(SuspicionFactor.APPARENT_ETHNICITY, SuspicionFactor.LANGUAGE_OR_ACCENT,
                SuspicionFactor.NO_ID), e.getSuspicionFactors());
        assertEquals(Boolean.FALSE, e.getIceRequestOrApproval().getPresent());
        assertNull(e.getIceRequestOrApproval().getForm());
        assertEquals("encounters[0].arrest", e.getArrest().getPath());
        FunctionEvent ev = e.getFunctionEvents().get(0);
        assertEquals("encounters[0].function_events[0]", ev.getPath());
        assertEquals("enc-3", ev.getEncounterId());
        assertEquals("AL-example-county-sheriffs-office", ev.getAgencyId());
        assertEquals(FunctionCode.SERVE_ARREST_WARRANT_I200, ev.getFunctionCode());
        assertEquals(Boolean.TRUE, c.getOfficers().get(0).getCertifications().get(0).getForm70006Issued());
    }

    @Test
    void absentListsThatMeanUnknownStayNullWhileOtherListsBecomeEmpty() {
        CaseFile c = reader.read("as_of: 2026-01-01T00:00:00Z\n"
                + "agencies: [{agency_id: X, state: GA}]\n"
                + "encounters: [{encounter_id: e, agency_id: X}]\n"
                + "applications: [{application_id: a, form_type: N400, filed_on: 2025-01-01}]\n", "t.yaml");

        Agency a = c.getAgencies().get(0);
        assertNull(a.getMoas(), "no moas list: the roster supplies the agreements");
        assertNull(a.getJailFacilityIds());
        Encounter e = c.getEncounters().get(0);
        assertNull(e.getSuspicionFactors());
        assertTrue(e.getFunctionEvents().isEmpty());
        assertEquals("GA", e.getState(), "an encounter's state falls back to its agency's");
        assertNull(e.getFederalCircuit(), "the circuit comes from the circuit table, in the engine");
        assertNull(c.getApplications().get(0).getHarms());
        assertTrue(c.getHolds().isEmpty());
        assertTrue(c.getParameters().isEmpty());
    }

    @Test
    void anExplicitCircuitOverridesTheOneDerivedFromTheState() {
        CaseFile c = reader.read("as_of: 2026-01-01T00:00:00Z\n"
                + "encounters: [{encounter_id: e, agency_id: X, state: GA, federal_circuit: C5}]\n", "t.yaml");

        assertEquals(Circuit.C5, c.getEncounters().get(0).getFederalCircuit());
    }

    @Test
    void numbersAndBooleansWrittenAsTextAreAccepted() {
        CaseFile c = reader.read("as_of: 2026-01-01T00:00:00Z\n"
                + "agencies: [{agency_id: X, sworn_officer_count: \"48\", operates_jail: \"true\"}]\n", "t.yaml");

        assertEquals(48, c.getAgencies().get(0).getSwornOfficerCount());
        assertEquals(Boolean.TRUE, c.getAgencies().get(0).getOperatesJail());
    }

    @Test
    void yamlOneOneWordsLikeNoAndYesStayText() {
        CaseInputException e = assertThrows(CaseInputException.class, () -> reader.read(
                "as_of: 2026-01-01T00:00:00Z\nagencies: [{agency_id: X, operates_jail: yes}]\n", "t.yaml"));

        assertEquals("t.yaml: agencies[0].operates_jail: \"yes\" is not true or false (write null if unknown)",
                e.getMessage());
    }

    @Test
    void yamlAliasesWithinTheLimitAreExpanded() {
        CaseFile c = reader.read("as_of: 2026-01-01T00:00:00Z\n"
                + "agencies:\n  - &ga {agency_id: A, state: GA}\n"
                + "encounters:\n  - {encounter_id: e1, agency_id: A, state: &st TX}\n"
                + "  - {encounter_id: e2, agency_id: A, state: *st}\n", "t.yaml");

        assertEquals("TX", c.getEncounters().get(1).getState());
    }

    @Test
    void aFixtureFileCanEmbedCasesAndErrorsNameTheFixturePath() {
        String fixtures = "- name: one\n  case: {as_of: 2026-01-01T00:00:00Z}\n"
                + "- name: two\n  case: {as_of: 2026-01-01T00:00:00Z}\n"
                + "- name: three\n  case:\n    as_of: 2026-01-01T00:00:00Z\n"
                + "    holds: [{hold_id: h, agency_id: X, detainer: {form: I247}}]\n";
        JsonNode tree = reader.readTree(fixtures, "fixtures/x.yaml");

        CaseFile first = reader.toCaseFile(tree.get(0).get("case"), "fixtures/x.yaml", "[0].case");
        assertNotNull(first.getAsOf());
        CaseInputException e = assertThrows(CaseInputException.class,
                () -> reader.toCaseFile(tree.get(2).get("case"), "fixtures/x.yaml", "[2].case"));
        assertEquals("fixtures/x.yaml", e.getFile());
        assertEquals("[2].case.holds[0].detainer.form", e.getField());
        assertEquals("fixtures/x.yaml: [2].case.holds[0].detainer.form: \"I247\" is not one of "
                + "I247A, I247D, I247N, I247X, I247_LEGACY, OTHER, NONE", e.getMessage());
    }

    @Test
    void theMapperWritesFactsBackAsSnakeCaseWithoutPaths() throws Exception {
        CaseFile c = reader.read(CASES.resolve("scenario-01-weekend-detainer-over-hold.yaml"));

        JsonNode out = reader.mapper().valueToTree(c);
        assertEquals("2026-06-12T16:00:00-04:00", out.at("/holds/0/release_eligible_at").asText());
        assertTrue(out.at("/holds/0/detainer").has("pc_basis"));
        assertFalse(out.at("/holds/0").has("path"));
    }
}
