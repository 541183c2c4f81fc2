package org.writguard.internal.engine;

import org.writguard.testing.AllCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.startup.KjarKieBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, cold start: a cached kjar's KIE base made straight from its model classes ({@link KjarKieBase}) answers
 * every fixture and example exactly as the one Drools' KIE container makes from the same kjar.
 */
class KjarKieBaseRouteTest {
    @TempDir
    static Path cacheDir;
    static RuleBookInputs inputs;

    @BeforeAll
    static void storeTheShippedRuleBook() {
        inputs = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));
        new RuleBookCache(cacheDir).compileAndStore(inputs);
    }

    @Test
    void everyFixtureAndExampleGivesTheSameReportByEitherRoute() throws Exception {
        Engine direct = new RuleBookCache(cacheDir).load(inputs, false).orElseThrow();
        Engine container = new RuleBookCache(cacheDir).load(inputs, true).orElseThrow();
        // The two routes really differ: only Drools' own ties the KIE base to a container.
        assertNull(((InternalKnowledgeBase) direct.kieBase()).getKieContainer(), "the direct route was taken");
        assertNotNull(((InternalKnowledgeBase) container.kieBase()).getKieContainer(), "the container route was taken");
        assertEquals(container.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(),
                direct.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        assertEquals(container.version(), direct.version());

        CaseReader reader = new CaseReader();
        int n = 0;
        for (AllCases.Named c : AllCases.load()) {
            String name = c.name();
            JsonNode tree = c.tree();
            assertEquals(outcome(container, reader, name, tree), outcome(direct, reader, name, tree), name);
            n++;
        }
        assertTrue(n > 50, "fixtures and examples found: " + n);
    }

    @Test
    void aDamagedKjarIsACacheMissNotACrash(@TempDir Path copy) throws Exception {
        Path kjar;
        try (Stream<Path> s = Files.list(cacheDir)) {
            kjar = s.filter(p -> p.toString().endsWith(".kjar")).findFirst().orElseThrow();
        }
        for (Path p : Files.list(cacheDir).toList()) Files.copy(p, copy.resolve(p.getFileName()));
        Files.write(copy.resolve(kjar.getFileName()), "not a zip".getBytes());
        assertTrue(new RuleBookCache(copy).load(inputs, false).isEmpty());
        assertThrows(java.io.IOException.class, () -> KjarKieBase.load(copy.resolve(kjar.getFileName()), getClass().getClassLoader()));
    }

    @Test
    void onlyTheKmoduleEngineBuildWritesIsReadByTheDirectRoute() {
        String shipped = "<kmodule xmlns=\"http://www.drools.org/xsd/kmodule\">\n  <kbase name=\"defaultKieBase\" default=\"true\""
                + " eventProcessingMode=\"cloud\" equalsBehavior=\"identity\" declarativeAgenda=\"disabled\" sequential=\"false\""
                + " packages=\"*\">\n  </kbase>\n</kmodule>";
        assertTrue(KjarKieBase.isDefaultKModule(shipped));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("identity", "equality")));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("cloud", "stream")));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("packages=\"*\"", "packages=\"org.writguard.rules\"")));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("</kmodule>", "<kbase name=\"other\"/></kmodule>")));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("packages=", "includes=\"x\" packages=")));
        assertFalse(KjarKieBase.isDefaultKModule(shipped.replace("  </kbase>", "<configuration><property key=\"a\" value=\"b\"/></configuration></kbase>")));
    }

    private static String outcome(Engine book, CaseReader reader, String name, JsonNode tree) {
        try {
            return ReportWriter.json(book.assess(reader.toCaseFile(tree, name, ""), name));
        } catch (CaseInputException e) {
            return "REJECTED " + e.getMessage();
        }
    }
}
