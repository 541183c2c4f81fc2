package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.fixtures.Coverage;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.internal.fixtures.FixtureRunner;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCoverageTest {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/authority/f01-moa-not-in-effect.yaml");

    @TempDir
    Path tmp;

    @Test
    void theAssessListenerSeesEveryFiredRuleAndCoverageGroupsThemByFile() {
        Engine book = TestRuleBook.get();
        Coverage cov = new Coverage(book);
        List<String> fired = new ArrayList<>();
        FixtureRunner runner = new FixtureRunner(book);
        for (Fixture fx : new FixtureReader().read(FIXTURE)) {
            var listener = cov.listener();
            runner.run(fx, name -> {
                fired.add(name);
                listener.accept(name);
            });
        }
        assertTrue(fired.stream().allMatch(n -> book.source(n) != null), "every fired rule maps to a source: " + fired);
        assertTrue(fired.stream().anyMatch(n -> n.startsWith("F01")), fired.toString());
        var params = cov.byFile().stream().filter(f -> f.file().endsWith("analyst-parameters.drl.xlsx")).findFirst().orElseThrow();
        assertEquals(params.rules(), params.fired(), "every case asks every parameter");
        var roster = cov.byFile().stream().filter(f -> f.file().endsWith("agreements.drl.xlsx")).findFirst().orElseThrow();
        assertEquals(0, roster.fired(), "this fixture names its agencies itself");
        assertEquals(roster.rules(), roster.notFired().size());
        assertEquals(book.ruleNames().size(), cov.byFile().stream().mapToInt(Coverage.FileCoverage::rules).sum());
    }

    @Test
    void coverageListsMissingFactsThatHaveNoQuestionRow() {
        Engine book = TestRuleBook.get();
        Coverage cov = new Coverage(book);
        org.writguard.engine.Reading reading = new org.writguard.engine.Reading(List.of(
                new org.writguard.engine.Reading.Question("q?", null, false, List.of("holds[0].made_up_field", "holds[0].hold_ended_at"), List.of("F13 on hold h-1")),
                new org.writguard.engine.Reading.Question("setting", null, true, List.of("parameters.trac_cutoff"), List.of("F33 on application a"))),
                List.of(), List.of(), List.of(), null);
        org.writguard.engine.Report r = new org.writguard.engine.Report(null, List.of(), "x", "y", "c", List.of(), List.of(), List.of(), reading);
        Coverage.missingFacts(r, cov.listener());
        assertEquals(List.of("holds[*].made_up_field"), new ArrayList<>(cov.withoutQuestion()));
        assertTrue(cov.text().contains("missing facts with no row in decision-tables/facts/fact-questions.drl.xlsx"
                + " (the report puts them in words): holds[*].made_up_field\n"), cov.text());
        assertTrue(cov.json().contains("\"missingFactsWithoutQuestion\" : [ \"holds[*].made_up_field\" ]"), cov.json());
    }

    @Test
    void replayCoverageReportsNeverFiredRowsAndRulesAsTextAndJson() throws Exception {
        Path json = tmp.resolve("coverage.json");
        Cli r = Cli.run("replay", FIXTURE.toString(), "--coverage", "--coverage-json", json.toString(),
                "--tables", "decision-tables", "--rules", "rules");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).endsWith(" passed, 0 failed, 0 errors"), r.toString());
        assertTrue(lines.get(1).startsWith("Coverage: "), r.toString());
        assertTrue(r.out().contains("  decision-tables/roster/agreements.drl.xlsx: 0/"), r.toString());
        assertTrue(r.out().contains("    never fired: Agreements!A10 (id R1)\n"), r.toString());
        assertTrue(r.out().contains(" more (--coverage-json lists all)\n"), r.toString());
        assertTrue(r.out().contains("  rules/authority/authority.drl: "), r.toString());
        assertTrue(r.out().contains("    never fired: rule \"F"), r.toString());

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(TestRuleBook.get().version(), root.get("ruleBookVersion").asText());
        assertEquals(TestRuleBook.get().ruleNames().size(), root.get("rules").asInt());
        int notFired = 0;
        for (JsonNode f : root.get("files")) notFired += f.get("notFired").size();
        assertEquals(root.get("rules").asInt() - root.get("fired").asInt(), notFired);
        JsonNode roster = null;
        for (JsonNode f : root.get("files")) if (f.get("file").asText().endsWith("agreements.drl.xlsx")) roster = f;
        assertEquals("R1", roster.get("notFired").get(0).get("rowId").asText());
        assertEquals(10, roster.get("notFired").get(0).get("row").asInt());
    }

    @Test
    void anUnwritableCoverageFileIsAnOutputError() {
        Cli r = Cli.run("replay", FIXTURE.toString(), "--coverage-json", tmp.resolve("no/such/dir/c.json").toString(),
                "--tables", "decision-tables", "--rules", "rules");
        assertEquals(ExitCodes.OUTPUT, r.code(), r.toString());
        assertTrue(r.err().contains("cannot write the coverage"), r.toString());
    }
}
