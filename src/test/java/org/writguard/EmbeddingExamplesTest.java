package org.writguard;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBook;
import org.writguard.engine.RuleBookSession;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's embedding examples, compiled and run as written. */
class EmbeddingExamplesTest {

    @Test
    void theFacadeExampleAssessesACaseFromManyThreads() throws Exception {
        // README: "Embedding writguard" - the facade
        Engine book = Engine.load(Path.of("decision-tables"), Path.of("rules"));   // once; thread-safe
        CaseFile c = new CaseReader().read(Path.of("examples/scenario-02-wso-interrogation-fl.yaml"));
        Report report = book.assess(c);
        for (Finding f : report.getFired()) {
            System.out.println(f.getCode() + " " + f.getSeverity() + " " + f.getSubjectId() + ": " + f.getExplanation());
        }
        String json = ReportWriter.json(report);                                         // CASE-FORMAT.md report
        // end of README example

        assertTrue(json.contains("MOA_FUNCTION_OUT_OF_SCOPE"));
        assertEquals(2, report.getFired().stream().filter(f -> f.getCode() == FindingCode.MOA_FUNCTION_OUT_OF_SCOPE).count());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> book.assess(c)));
            for (Future<Report> f : futures) {
                assertEquals(ReportWriter.json(report), ReportWriter.json(f.get()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theKieSessionExampleInsertsAFactAndReadsTheSameFindingsBack() {
        RuleBook book = org.writguard.testing.TestRuleBook.book();
        CaseFile caseFile = new CaseReader().read(Path.of("examples/scenario-02-wso-interrogation-fl.yaml"));
        // README: "Embedding writguard" - the KIE session itself
        KieBase kieBase = book.getKieBase();                   // the compiled tables and rules
        try (RuleBookSession s = book.openSession(caseFile)) {
            s.getKieSession().insert(new java.util.Date());    // your own facts, for your own rules in the same KIE base
            Report r = s.fire();                            // fires the finding phases; same findings as book.assess
            r.getFired().forEach(f -> System.out.println(f.getCode() + " from " + f.getSource().getFile()));
        }
        // end of README example
        assertFalse(kieBase.getKiePackages().isEmpty());
        try (RuleBookSession s = book.openSession(caseFile)) {
            assertEquals(ReportWriter.json(book.assess(caseFile)), ReportWriter.json(s.fire()));
        }
    }
}
