package org.writguard.embed;

import org.junit.jupiter.api.Test;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.facts.Agency;
import org.writguard.facts.AgencyType;
import org.writguard.facts.Assignment;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Certification;
import org.writguard.facts.ClaimedAuthority;
import org.writguard.facts.Encounter;
import org.writguard.facts.FunctionCode;
import org.writguard.facts.FunctionEvent;
import org.writguard.facts.IceSupervision;
import org.writguard.facts.InitialBasis;
import org.writguard.facts.LocationType;
import org.writguard.facts.Moa;
import org.writguard.facts.Model;
import org.writguard.facts.Officer;
import org.writguard.findings.Finding;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 14 item 2: {@code assess} checks a case however it was made, with the reader's one-line, field-path
 * messages (never a NullPointerException), and never changes the caller's facts.
 */
class CaseBuiltInJavaTest {
    private static final Path SCENARIO_2 = Path.of("examples/scenario-02-wso-interrogation-fl.yaml");

    /** DOMAIN.md scenario 2, built with setters as a Java service would, nothing linked. */
    static CaseFile scenario2() {
        Moa moa = new Moa();
        moa.setMoaId("moa-wso-1");
        moa.setModel(Model.WSO);
        moa.setTemplateRevision("2025-02-15");
        moa.setEffectiveOn(LocalDate.parse("2025-03-10"));
        Agency agency = new Agency();
        agency.setAgencyId("FL-example-county-sheriffs-office");
        agency.setName("Example County Sheriff's Office");
        agency.setState("FL");
        agency.setAgencyType(AgencyType.SHERIFF);
        agency.setOperatesJail(true);
        agency.setJailFacilityIds(List.of("FL-example-county-jail"));
        agency.setMoas(new ArrayList<>(List.of(moa)));
        Certification cert = new Certification();
        cert.setModel(Model.WSO);
        cert.setCertifiedOn(LocalDate.parse("2025-04-01"));
        cert.setAuthorizationLetterOn(LocalDate.parse("2025-04-02"));
        cert.setForm70006Issued(true);
        cert.setTrainingCompletedOn(LocalDate.parse("2025-03-20"));
        Officer officer = new Officer();
        officer.setOfficerId("off-1");
        officer.setAgencyId(agency.getAgencyId());
        officer.setAssignment(Assignment.DETENTION);
        officer.setCertifications(new ArrayList<>(List.of(cert)));
        Encounter enc = new Encounter();
        enc.setEncounterId("enc-1");
        enc.setAgencyId(agency.getAgencyId());
        enc.setState("FL");
        enc.setLocationType(LocationType.LEA_JAIL);
        enc.setFacilityId("FL-example-county-jail");
        enc.setStartedAt(OffsetDateTime.parse("2026-05-02T09:30:00-04:00"));
        enc.setInitialBasis(InitialBasis.BOOKING);
        enc.setFunctionEvents(new ArrayList<>(List.of(
                event("ev-1", FunctionCode.INTERROGATE_STATUS, "2026-05-02T10:00:00-04:00"),
                event("ev-2", FunctionCode.ISSUE_DETAINER, "2026-05-02T10:40:00-04:00"))));
        CaseFile c = new CaseFile();
        c.setAsOf(OffsetDateTime.parse("2026-05-03T09:00:00-04:00"));
        c.setAgencies(new ArrayList<>(List.of(agency)));
        c.setOfficers(new ArrayList<>(List.of(officer)));
        c.setEncounters(new ArrayList<>(List.of(enc)));
        return c;
    }

    private static FunctionEvent event(String id, FunctionCode code, String at) {
        FunctionEvent e = new FunctionEvent();
        e.setEventId(id);
        e.setOfficerId("off-1");
        e.setFunctionCode(code);
        e.setLocationType(LocationType.LEA_JAIL);
        e.setFacilityId("FL-example-county-jail");
        e.setAt(OffsetDateTime.parse(at));
        e.setClaimedAuthority(ClaimedAuthority.MOA_287G);
        e.setIceSupervision(IceSupervision.REMOTE_CONTACT);
        return e;
    }

    private static List<String> fired(Report r) {
        return r.getFindings().stream().filter(Finding::isFired)
                .map(f -> f.getCode().name() + "/" + f.getSubjectId() + "/" + f.getVariant()).toList();
    }

    @Test
    void aCaseBuiltInCodeIsAssessedLikeTheSameCaseRead() {
        Report built = TestRuleBook.get().assess(scenario2());
        Report read = TestRuleBook.get().assess(new CaseReader().read(SCENARIO_2));
        assertFalse(fired(read).isEmpty());
        assertEquals(fired(read), fired(built));
    }

    @Test
    void assessLeavesTheCallersFactsAsTheyWere() throws Exception {
        var mapper = new CaseReader().mapper();
        for (CaseFile c : List.of(scenario2(), new CaseReader().read(SCENARIO_2))) {
            String before = mapper.writeValueAsString(c);
            TestRuleBook.get().assess(c, "scenario-2");
            TestRuleBook.get().trace(c, "scenario-2");
            assertEquals(before, mapper.writeValueAsString(c));
            assertNull(c.getEncounters().get(0).getFederalCircuit(), "the engine wrote federal_circuit into the input");
        }
    }

    private static void assertRejected(String message, Consumer<CaseFile> breakIt) {
        CaseFile c = scenario2();
        breakIt.accept(c);
        CaseInputException e = assertThrows(CaseInputException.class, () -> TestRuleBook.get().assess(c, "svc-case"));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aMissingAsOfIsNamed() {
        assertRejected("svc-case: as_of: required field is missing", c -> c.setAsOf(null));
    }

    @Test
    void aNullMoaModelIsNamed() {
        assertRejected("svc-case: agencies[0].moas[0].model: required field is missing",
                c -> c.getAgencies().get(0).getMoas().get(0).setModel(null));
    }

    @Test
    void anUnknownOfficerIdIsNamed() {
        assertRejected("svc-case: encounters[0].function_events[1].officer_id: no officer \"off-9\" in officers (known: off-1)",
                c -> c.getEncounters().get(0).getFunctionEvents().get(1).setOfficerId("off-9"));
    }

    @Test
    void aStateNameIsNotACode() {
        assertRejected("svc-case: agencies[0].state: \"Florida\" is not a USPS state code; write two capital letters,"
                + " e.g. GA", c -> c.getAgencies().get(0).setState("Florida"));
    }

    @Test
    void aNullListEntryOrNoCaseIsNamedNotAnNpe() {
        CaseInputException e = assertThrows(CaseInputException.class, () -> TestRuleBook.get().assess(null, "svc-case"));
        assertEquals("svc-case: no case was given (null)", e.getMessage());
        CaseFile c = scenario2();
        c.getOfficers().add(null);
        assertThrows(CaseInputException.class, () -> TestRuleBook.get().assess(c, "svc-case"));
    }
}
