package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `writguard fixture new`: approval testing, on every shipped example. */
class FixtureNewCommandTest {
    @TempDir
    Path tmp;

    static List<Path> examples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aFreshlyGeneratedFixturePassesOnEveryExampleAndIsMarkedUnreviewed() throws Exception {
        List<Path> examples = examples();
        assertTrue(examples.size() >= 1);
        for (Path ex : examples) {
            Cli gen = Cli.run("fixture", "new", ex.toString(), "--tables", "decision-tables", "--rules", "rules");
            assertEquals(ExitCodes.OK, gen.code(), gen.toString());
            assertTrue(gen.out().contains("  reviewed: false\n") || gen.out().contains("\n  reviewed: false"), gen.out());
            assertTrue(gen.out().contains("exact: true"), gen.out());
            Path f = tmp.resolve(ex.getFileName());
            Files.writeString(f, gen.out());
            Cli r = Cli.run("replay", f.toString(), "--tables", "decision-tables", "--rules", "rules");
            assertEquals(ExitCodes.OK, r.code(), ex + "\n" + gen.out() + r);
            assertTrue(r.out().contains("1 passed, 0 failed, 0 errors, 1 unreviewed"), r.toString());
            assertTrue(r.out().contains("WARN " + f + " [0]"), r.toString());
        }
    }

    @Test
    void theFixturePinsSeverityConfidenceAndKeyComputedValuesAndCatchesAChange() throws Exception {
        Path ex = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");
        Cli gen = Cli.run("fixture", "new", ex.toString(), "--name", "Weekend over-hold, as reported",
                "--tables", "decision-tables", "--rules", "rules");
        assertEquals(ExitCodes.OK, gen.code(), gen.toString());
        String y = gen.out();
        assertTrue(y.contains("name: \"Weekend over-hold, as reported\"") || y.contains("name: Weekend over-hold, as reported"), y);
        assertTrue(y.contains("code: DETAINER_HOLD_EXCEEDS_48H") && y.contains("variant: REGULATORY")
                && y.contains("severity: CRITICAL") && y.contains("confidence: HIGH") && y.contains("subject: h-1"), y);
        assertTrue(y.contains("hours_business: 49.0"), y);
        assertTrue(!y.contains("limit_source") && !y.contains("triggers"), "prose and lists are not pinned: " + y);
        Path f = tmp.resolve("changed.yaml");
        Files.writeString(f, y.replace("hours_business: 49.0", "hours_business: 48.0").replace("reviewed: false", "reviewed: true"));
        Cli r = Cli.run("replay", f.toString(), "--tables", "decision-tables", "--rules", "rules");
        assertEquals(ExitCodes.FIXTURES_FAILED, r.code(), r.toString());
        assertTrue(r.out().contains("computed.hours_business: expected 48.0, actual 49.0"), r.toString());
        assertTrue(r.out().contains("0 passed, 1 failed, 0 errors\n"), r.toString());
    }

    @Test
    void aBadCaseIsAOneLineErrorExitingTwo() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "as_of: 2026-06-20T12:00:00-04:00\nholds: [{hold_id: h, detainr: {}}]\n");
        Cli r = Cli.run("fixture", "new", bad.toString(), "--tables", "decision-tables", "--rules", "rules");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals("writguard: " + bad + ": holds[0].detainr: unknown field; did you mean detainer?\n", r.err());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("fixture", "new", tmp.resolve("none.yaml").toString()).code());
    }
}
