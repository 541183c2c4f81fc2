package org.writguard.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.writguard.cases.CaseFiles;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.engine.RuleBook;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.RuleBookSession;
import org.writguard.engine.RuleBookWatcher;
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
import org.writguard.findings.FindingCode;
import org.writguard.findings.Source;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.engine.RuleBookPackage;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/embedding.md, run. Every ```java block of the guide is the snippet of the same name here (between
 * {@code // snippet: NAME} and {@code // end snippet}), and {@link #theGuideShowsExactlyTheCodeThatRuns} checks that
 * the two have not drifted apart; each test then runs its snippets against the real rule book.
 */
class EmbeddingGuideTest {
    private static final Path GUIDE = Path.of("docs/embedding.md");
    private static final Path SELF = Path.of("src/test/java/org/writguard/embed/EmbeddingGuideTest.java");
    private static RuleBook book;

    @BeforeAll
    static void load() {
        // snippet: load
        RuleBook book = RuleBook.loader()
                .tables(Path.of("decision-tables"))
                .rules(Path.of("rules"))
                .load();                 // through the cache: compiled once, then a second or two per start
        // end snippet
        EmbeddingGuideTest.book = book;
    }

    static CaseFile wsoCase() {
        // snippet: build
        CaseFile caseFile = CaseFile.builder()
                .name("intake-17")
                .asOf(OffsetDateTime.parse("2026-05-03T09:00:00-04:00"))
                .addAgency(Agency.builder()
                        .agencyId("FL-example-county-sheriffs-office")
                        .state("FL")
                        .agencyType(AgencyType.SHERIFF)
                        .operatesJail(true)
                        .addJailFacilityId("FL-example-county-jail")
                        .addMoa(Moa.builder().moaId("moa-wso-1").model(Model.WSO)
                                .effectiveOn(LocalDate.parse("2025-03-10"))))
                .addOfficer(Officer.builder()
                        .officerId("off-1")
                        .agencyId("FL-example-county-sheriffs-office")
                        .assignment(Assignment.DETENTION)
                        .addCertification(Certification.builder().model(Model.WSO)
                                .trainingCompletedOn(LocalDate.parse("2025-03-20"))
                                .certifiedOn(LocalDate.parse("2025-04-01"))
                                .authorizationLetterOn(LocalDate.parse("2025-04-02"))
                                .form70006Issued(true)))
                .addEncounter(Encounter.builder()
                        .encounterId("enc-1")
                        .agencyId("FL-example-county-sheriffs-office")
                        .state("FL")
                        .locationType(LocationType.LEA_JAIL)
                        .facilityId("FL-example-county-jail")
                        .startedAt(OffsetDateTime.parse("2026-05-02T09:30:00-04:00"))
                        .initialBasis(InitialBasis.BOOKING)
                        .addFunctionEvent(FunctionEvent.builder()
                                .eventId("ev-1").officerId("off-1")
                                .functionCode(FunctionCode.INTERROGATE_STATUS)
                                .locationType(LocationType.LEA_JAIL).facilityId("FL-example-county-jail")
                                .at(OffsetDateTime.parse("2026-05-02T10:00:00-04:00"))
                                .claimedAuthority(ClaimedAuthority.MOA_287G)
                                .iceSupervision(IceSupervision.REMOTE_CONTACT)))
                .build();                // validated here: a bad field is a one-line CaseInputException
        // end snippet
        return caseFile;
    }

    @Test
    void aCaseBuiltInCodeIsAssessedLikeTheSameCaseReadFromItsFile() {
        CaseFile caseFile = wsoCase();
        // snippet: assess
        Report report = book.assess(caseFile, "intake-17");
        for (Finding f : report.getFired()) {
            System.out.println(f.getCode().getNumber() + " " + f.getSeverity() + " " + f.getSubjectId()
                    + ": " + f.getExplanation());
        }
        String json = ReportWriter.json(report);   // the JSON report of CASE-FORMAT.md, schema/report.schema.json
        // end snippet
        assertTrue(report.getFired().stream().anyMatch(f -> f.getCode() == FindingCode.MOA_FUNCTION_OUT_OF_SCOPE
                && "ev-1".equals(f.getSubjectId())), json);
        // The same facts from the example file give the same finding for ev-1.
        Report fromFile = book.assess(CaseFiles.read(Path.of("examples/scenario-02-wso-interrogation-fl.yaml")));
        assertTrue(fromFile.getFired().stream().anyMatch(f -> f.getCode() == FindingCode.MOA_FUNCTION_OUT_OF_SCOPE
                && "ev-1".equals(f.getSubjectId())));
    }

    @Test
    void anInvalidCaseIsOneLineNamingTheFieldAndTheInputIsNeverChanged() throws Exception {
        // snippet: invalid
        try {
            CaseFile.builder().name("intake-18")
                    .addAgency(Agency.builder().agencyId("a-1").state("Florida"))
                    .build();
        } catch (CaseInputException e) {
            System.out.println(e.getMessage());   // intake-18: as_of: required field is missing
            System.out.println(e.getField());     // as_of
        }
        // end snippet
        CaseInputException e = assertThrows(CaseInputException.class, () -> CaseFile.builder().name("intake-18")
                .addAgency(Agency.builder().agencyId("a-1").state("Florida")).build());
        assertEquals("intake-18: as_of: required field is missing", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        // A state that is not a USPS code, once as_of is there.
        CaseInputException state = assertThrows(CaseInputException.class, () -> CaseFile.builder().name("intake-18")
                .asOf(OffsetDateTime.parse("2026-05-03T09:00:00-04:00"))
                .addAgency(Agency.builder().agencyId("a-1").state("Florida")).build());
        assertEquals("agencies[0].state", state.getField(), state.getMessage());
        // A case assembled with setters (no builder) is checked by assess the same way, never a NullPointerException.
        CaseFile raw = new CaseFile();
        CaseInputException viaAssess = assertThrows(CaseInputException.class, () -> book.assess(raw, "svc-case"));
        assertEquals("svc-case: as_of: required field is missing", viaAssess.getMessage());
        // assess works on its own copy: nothing it derives (the circuit, the roster's MOAs) is written back.
        CaseFile caseFile = wsoCase();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String before = json.writeValueAsString(caseFile);
        book.assess(caseFile, "intake-17");
        assertEquals(before, json.writeValueAsString(caseFile));
    }

    @Test
    void oneBookServesManyThreadsWithTheSameAnswer() throws Exception {
        CaseFile caseFile = wsoCase();
        // snippet: threads
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Report>> reports = new ArrayList<>();
        for (int i = 0; i < 200; i++) reports.add(pool.submit(() -> book.assess(caseFile, "intake-17")));
        for (Future<Report> r : reports) System.out.println(r.get().getHighestSeverity().orElse(null));
        pool.shutdown();
        // end snippet
        String first = ReportWriter.json(reports.get(0).get());
        for (Future<Report> r : reports) assertEquals(first, ReportWriter.json(r.get()));
    }

    @Test
    void aListenerAttachedFirstSeesEveryTableRowThatAnswers() {
        CaseFile caseFile = wsoCase();
        // snippet: listener
        List<String> rows = Collections.synchronizedList(new ArrayList<>());
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                String rule = event.getMatch().getRule().getName();
                book.getSource(rule).filter(s -> s.getRow() != null)   // a decision-table row, not a DRL rule
                        .ifPresent(s -> rows.add(s.getFile() + " row " + s.getRow()));
            }
        };
        Report report;
        try (RuleBookSession session = book.openSession(caseFile, listener)) {   // nothing has fired yet
            report = session.fire();
        }
        rows.forEach(System.out::println);   // decision-tables/authority/model-function-matrix.drl.xlsx row 17, ...
        // end snippet
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("decision-tables/authority/model-function-matrix.drl.xlsx row ")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("decision-tables/parameters/")), rows.toString());
        // A second session sees the rows again: nothing is answered from a memo behind the listener's back.
        List<String> again = new ArrayList<>();
        try (RuleBookSession session = book.openSession(caseFile, new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                book.getSource(event.getMatch().getRule().getName()).map(Source::getRow).ifPresent(r -> again.add("" + r));
            }
        })) {
            session.fire();
        }
        assertEquals(rows.size(), again.size());
        // The session's report is the report assess gives.
        assertEquals(ReportWriter.json(book.assess(caseFile, "case")), ReportWriter.json(report));
    }

    @Test
    void yourOwnRulesFireLastWithYourGlobalsAndAreRefusedOutsideTheirGroup(@TempDir Path tmp) throws Exception {
        Path myRules = tmp.resolve("my-rules");
        Files.createDirectories(myRules);
        Files.copy(Path.of("src/test/resources/embedding/custom/alerts.drl"), myRules.resolve("alerts.drl"));
        CaseFile caseFile = wsoCase();
        // snippet: custom
        RuleBook withMine = RuleBook.loader()
                .tables(Path.of("decision-tables"))
                .rules(Path.of("rules"))
                .customRules(myRules)    // *.drl: package org.writguard.custom; agenda-group "custom"
                .load();
        List<String> alerts = new ArrayList<>();
        try (RuleBookSession session = withMine.openSession(caseFile)) {
            session.getKieSession().setGlobal("alerts", alerts);
            session.fire();
        }
        System.out.println(alerts);   // [F04 ev-1]
        // end snippet
        assertEquals(List.of("F04 ev-1"), alerts);
        assertNotEquals(book.getVersion(), withMine.getVersion(), "own rules are part of the rule book's version");
        assertTrue(withMine.getSource("Page the on-call lawyer").orElseThrow().getFile().startsWith("custom/"));

        // A rule outside the custom agenda group would fire amid the tables' rounds: refused at load, by name.
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("early.drl"), """
                package org.writguard.custom;
                import org.writguard.findings.Finding;
                rule "Too early"
                when
                    Finding()
                then
                end
                """);
        RuleBookException e = assertThrows(RuleBookException.class, () -> RuleBook.loader()
                .tables(Path.of("decision-tables")).rules(Path.of("rules")).customRules(bad).noCache().load());
        assertEquals("custom/early.drl: rule \"Too early\" is in agenda group \"MAIN\"; your own rules must say"
                + " agenda-group \"custom\" so they fire after every finding (docs/embedding.md)",
                e.getProblems().get(0).toString());
    }

    @Test
    void theWatcherReloadsAnEditAndEveryReportNamesItsVersion(@TempDir Path tmp) throws Exception {
        copy(Path.of("decision-tables"), tmp.resolve("decision-tables"));
        copy(Path.of("rules"), tmp.resolve("rules"));
        Path tables = tmp.resolve("decision-tables");
        Path rules = tmp.resolve("rules");
        CaseFile caseFile = wsoCase();
        // snippet: reload
        List<String> versions = Collections.synchronizedList(new ArrayList<>());
        try (RuleBookWatcher watcher = RuleBookWatcher.start(tables, rules, Duration.ofMillis(200),
                new RuleBookWatcher.Listener() {
                    @Override
                    public void reloaded(RuleBook newBook) { versions.add(newBook.getVersion()); }

                    @Override
                    public void failed(RuleBookException e) { e.getProblems().forEach(System.err::println); }
                })) {
            Report before = watcher.assess(caseFile, "intake-17");   // on the book in use now
            // ... an analyst saves an edited workbook or rule file; the watcher swaps the new book in ...
            // end snippet
            Path drl = Files.list(rules).filter(p -> p.toString().endsWith(".drl")).sorted().findFirst()
                    .orElseGet(() -> firstDrl(rules));
            Files.writeString(drl, Files.readString(drl) + "\n// edited by the guide's test\n");
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (versions.isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(1, versions.size(), "one reload");
            Report after = watcher.assess(caseFile, "intake-17");
            assertNotEquals(before.getRuleBookVersion(), after.getRuleBookVersion());
            assertEquals(versions.get(0), after.getRuleBookVersion());
            assertEquals(before.getFired().size(), after.getFired().size());
        }
    }

    @Test
    void aPackagedKjarLoadsTheKieWayAndGivesTheSameFindings(@TempDir Path tmp) throws Exception {
        Path kjarFile = tmp.resolve("rulebook.jar");
        ReleaseId packaged = KieServices.get().newReleaseId("org.example.office", "writguard-rulebook", "2026.11.30");
        // What `writguard tables package --release-id org.example.office:writguard-rulebook:2026.11.30` writes:
        Files.write(kjarFile, RuleBookPackage.write(RuleBookInputs.fromDirectories(Path.of("decision-tables"),
                Path.of("rules")), packaged));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withKjar = new URLClassLoader(new URL[] {kjarFile.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(withKjar);   // the kjar on the class path
            // snippet: kjar
            KieServices ks = KieServices.get();
            ReleaseId releaseId = ks.newReleaseId("org.example.office", "writguard-rulebook", "2026.11.30");
            KieContainer container = ks.newKieContainer(releaseId);   // from the class path or a Maven repository
            RuleBook fromKjar = RuleBook.fromKieContainer(container);
            Report report = fromKjar.assess(wsoCase(), "intake-17");
            // end snippet
            assertEquals(book.getVersion(), fromKjar.getVersion());
            assertEquals(ReportWriter.json(book.assess(wsoCase(), "intake-17")), ReportWriter.json(report));
            for (Path example : List.of(Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml"),
                    Path.of("examples/scenario-07-pa-hold-mandamus.yaml"), Path.of("examples/scenario-10-i130-delay-dc.yaml"))) {
                CaseFile c = CaseFiles.read(example);
                assertEquals(ReportWriter.json(book.assess(c, example.toString())),
                        ReportWriter.json(fromKjar.assess(c, example.toString())), example.toString());
            }
            AtomicInteger rowsSeen = new AtomicInteger();
            try (RuleBookSession s = fromKjar.openSession(wsoCase(), new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    if (fromKjar.getSource(event.getMatch().getRule().getName()).map(Source::getRow).isPresent()) {
                        rowsSeen.incrementAndGet();
                    }
                }
            })) {
                s.fire();
            }
            assertTrue(rowsSeen.get() > 0);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void theGuideShowsExactlyTheCodeThatRuns() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String self = Files.readString(SELF, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- snippet: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        List<String> shown = new ArrayList<>();
        while (block.find()) {
            String name = block.group(1);
            shown.add(name);
            Matcher code = Pattern.compile("// snippet: " + name + "\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL).matcher(self);
            assertTrue(code.find(), "no snippet " + name + " in " + SELF);
            assertEquals(dedent(code.group(1)), block.group(2).strip(), "docs/embedding.md block " + name);
        }
        assertEquals(List.of("load", "build", "assess", "invalid", "threads", "listener", "custom", "reload", "kjar"), shown);
        // The README's embedding section shows two of them.
        Matcher readme = Pattern.compile("<!-- snippet: (\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        List<String> inReadme = new ArrayList<>();
        while (readme.find()) {
            inReadme.add(readme.group(1));
            Matcher code = Pattern.compile("// snippet: " + readme.group(1) + "\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL).matcher(self);
            assertTrue(code.find(), "no snippet " + readme.group(1));
            assertEquals(dedent(code.group(1)), readme.group(2).strip(), "README block " + readme.group(1));
        }
        assertEquals(List.of("load", "assess"), inReadme);
        Matcher drl = Pattern.compile("<!-- file: (\\S+) -->\\s*```drl\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(drl.find(), "the guide shows the custom rule file");
        assertEquals(Files.readString(Path.of(drl.group(1))).strip(), drl.group(2).strip());
    }

    private static String dedent(String s) {
        List<String> lines = s.lines().toList();
        int min = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l.length() >= min ? l.substring(min) : l.strip()).append('\n');
        return sb.toString().strip();
    }

    private static Path firstDrl(Path rules) {
        try (var s = Files.walk(rules)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
