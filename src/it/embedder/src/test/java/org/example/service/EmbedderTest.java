package org.example.service;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.slf4j.LoggerFactory;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.Report;
import org.writguard.engine.RuleBook;
import org.writguard.engine.RuleBookSession;
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
import org.writguard.findings.FindingCode;

import java.io.File;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a service embedding writguard sees, from a separate Maven project with logback. */
class EmbedderTest {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbedderTest.class);
    private static final ListAppender<ILoggingEvent> CAPTURED = new ListAppender<>();
    private static RuleBook book;

    @BeforeAll
    static void start() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();   // SLF4J chose logback
        CAPTURED.setContext(logback);
        CAPTURED.start();
        logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(CAPTURED);
        long t0 = System.nanoTime();
        book = RuleBook.fromClasspath();
        LOG.info("first load {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void noCommandLineOrLoggingBindingOnTheClasspath() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> new File(p).getName()).toList();
        LOG.info("classpath: {} entries", jars.size());
        for (String forbidden : List.of("slf4j-simple", "picocli", "log4j-to-slf4j", "javalin", "beam-", "selenium",
                "openhtmltopdf", "jetty")) {
            assertTrue(jars.stream().noneMatch(j -> j.startsWith(forbidden)), forbidden + " on " + jars);
        }
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleLogger"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
        assertTrue(LoggerFactory.getILoggerFactory() instanceof LoggerContext);
    }

    @Test
    void theServicesOwnLogLinesAppearAndWritguardsToo() {
        LOG.info("service says hello");
        assertTrue(CAPTURED.list.stream().anyMatch(e -> e.getFormattedMessage().equals("service says hello")));
        assertTrue(CAPTURED.list.stream().anyMatch(e -> e.getLoggerName().startsWith("org.writguard")
                && e.getFormattedMessage().startsWith("rule book ")), "writguard logs its load through SLF4J");
    }

    @Test
    void aWarmLoadIsFast() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            RuleBook again = RuleBook.fromClasspath();
            best = Math.min(best, System.nanoTime() - t0);
            assertEquals(book.getVersion(), again.getVersion());
        }
        // Measured, not asserted (speed goals live in writguard bench); the figure is in the build log.
        LOG.info("warm load {} ms", best / 1_000_000);
    }

    @Test
    void invalidCasesBuiltInCodeAreOneLineNeverAnNpe() {
        CaseInputException noAsOf = assertThrows(CaseInputException.class, () -> CaseFile.builder().name("svc-1").build());
        assertEquals("svc-1: as_of: required field is missing", noAsOf.getMessage());
        CaseInputException state = assertThrows(CaseInputException.class, () -> CaseFile.builder().name("svc-2")
                .asOf(OffsetDateTime.parse("2026-05-03T09:00:00-04:00"))
                .addAgency(Agency.builder().agencyId("a").state("Florida")).build());
        assertEquals("agencies[0].state", state.getField());
        assertFalse(state.getMessage().contains("\n"));
        CaseFile unknownOfficer = wso();
        unknownOfficer.getEncounters().get(0).getFunctionEvents().get(0).setOfficerId("nobody");
        CaseInputException officer = assertThrows(CaseInputException.class, () -> book.assess(unknownOfficer, "svc-3"));
        assertTrue(officer.getMessage().startsWith("svc-3: encounters[0].function_events[0].officer_id: "), officer.getMessage());
        Moa nullModel = new Moa();
        nullModel.setMoaId("m");
        CaseFile withNullModel = wso();
        withNullModel.getAgencies().get(0).setMoas(List.of(nullModel));
        CaseInputException model = assertThrows(CaseInputException.class, () -> book.assess(withNullModel, "svc-4"));
        assertTrue(model.getMessage().startsWith("svc-4: agencies[0].moas[0]."), model.getMessage());
        assertThrows(CaseInputException.class, () -> book.assess(new CaseFile(), "svc-5"));
    }

    @Test
    void assessNeverChangesItsInput() throws Exception {
        CaseFile c = wso();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String before = json.writeValueAsString(c);
        Report report = book.assess(c, "svc-6");
        assertEquals(before, json.writeValueAsString(c));
        assertTrue(report.getFired().stream().anyMatch(f -> f.getCode() == FindingCode.MOA_FUNCTION_OUT_OF_SCOPE));
    }

    @Test
    void aListenerAttachedBeforeFiringSeesTheTableRows() {
        List<String> rows = new ArrayList<>();
        try (RuleBookSession s = book.openSession(wso(), new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                book.getSource(event.getMatch().getRule().getName()).filter(src -> src.getRow() != null)
                        .ifPresent(src -> rows.add(src.getFile() + "!" + src.getSheet() + " row " + src.getRow()));
            }
        })) {
            s.fire();
        }
        LOG.info("table rows fired: {}", rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.contains("model-function-matrix")), rows.toString());
    }

    private static CaseFile wso() {
        return CaseFile.builder()
                .asOf(OffsetDateTime.parse("2026-05-03T09:00:00-04:00"))
                .addAgency(Agency.builder().agencyId("FL-x-sheriff").state("FL").agencyType(AgencyType.SHERIFF)
                        .operatesJail(true).addJailFacilityId("FL-x-jail")
                        .addMoa(Moa.builder().moaId("moa-1").model(Model.WSO).effectiveOn(LocalDate.parse("2025-03-10"))))
                .addOfficer(Officer.builder().officerId("off-1").agencyId("FL-x-sheriff").assignment(Assignment.DETENTION)
                        .addCertification(Certification.builder().model(Model.WSO)
                                .trainingCompletedOn(LocalDate.parse("2025-03-20")).certifiedOn(LocalDate.parse("2025-04-01"))
                                .authorizationLetterOn(LocalDate.parse("2025-04-02")).form70006Issued(true)))
                .addEncounter(Encounter.builder().encounterId("enc-1").agencyId("FL-x-sheriff").state("FL")
                        .locationType(LocationType.LEA_JAIL).facilityId("FL-x-jail")
                        .startedAt(OffsetDateTime.parse("2026-05-02T09:30:00-04:00")).initialBasis(InitialBasis.BOOKING)
                        .addFunctionEvent(FunctionEvent.builder().eventId("ev-1").officerId("off-1")
                                .functionCode(FunctionCode.INTERROGATE_STATUS).locationType(LocationType.LEA_JAIL)
                                .facilityId("FL-x-jail").at(OffsetDateTime.parse("2026-05-02T10:00:00-04:00"))
                                .claimedAuthority(ClaimedAuthority.MOA_287G).iceSupervision(IceSupervision.REMOTE_CONTACT)))
                .build();
    }
}
