package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.internal.fixtures.FixtureResult;
import org.writguard.internal.fixtures.FixtureRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookCacheTest {
    @Test
    void aPrecompiledRuleBookLoadsFromTheCacheAndReplaysEveryFixtureLikeAFreshBuild(@TempDir Path dir) {
        RuleBookInputs inputs = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));
        RuleBookCache cache = new RuleBookCache(dir);
        assertTrue(cache.load(inputs).isEmpty(), "an empty cache has nothing");
        Engine compiled = cache.compileAndStore(inputs);
        Engine loaded = new RuleBookCache(dir).load(inputs).orElseThrow();
        assertEquals(compiled.version(), loaded.version());

        FixtureRunner runner = new FixtureRunner(loaded);
        FixtureRunner classic = new FixtureRunner(org.writguard.testing.TestRuleBook.get());
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Path f : FixtureReader.discover(List.of(Path.of("src/test/resources/fixtures")))) {
            for (Fixture fx : new FixtureReader().read(f)) {
                n++;
                FixtureResult r = runner.run(fx);
                if (!r.passed()) failures.add(r.describeFailure());
                if (r.report() != null) {
                    assertEquals(ReportWriter.json(classic.run(fx).report()), ReportWriter.json(r.report()),
                            "executable model and classic build disagree on " + fx.label());
                }
            }
        }
        assertTrue(n > 0);
        assertEquals(List.of(), failures);
    }

    @Test
    void aChangedRuleFileGivesANewKeySoAStaleEntryIsNeverUsed() {
        RuleBookInputs a = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));
        List<RuleBookInputs.Input> rules = new ArrayList<>(a.rules());
        RuleBookInputs.Input first = rules.get(0);
        rules.set(0, new RuleBookInputs.Input(first.name(), (new String(first.bytes()) + "\n// edited\n").getBytes()));
        RuleBookInputs b = new RuleBookInputs(a.tables(), rules, a.strayFiles());
        assertNotEquals(RuleBookCache.key(a), RuleBookCache.key(b));
    }
}
