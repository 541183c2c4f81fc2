package org.writguard.internal.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Hold;
import org.writguard.findings.Finding;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.topics.detention.HoldReview;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, round 3: a fact that no rule of the book can match stays out of the KIE session; whether a rule can match
 * it is the KIE base's answer, so an embedder's rule on a case fact brings that fact back into the session.
 * (SessionReuseTest replays every fixture and example against the engine that inserts every fact.)
 */
class WithheldFactsTest {
    private static final String CASE = "as_of: 2026-06-30T12:00:00-04:00\n"
            + "agencies: [{agency_id: GA-example-county-jail, state: GA, moas: []}]\n"
            + "holds:\n  - {hold_id: h1, agency_id: GA-example-county-jail, facility_state: GA, facility_tz: America/New_York,"
            + " release_eligible_at: 2026-06-05T10:00:00-04:00, hold_ended_at: 2026-06-08T10:00:00-04:00,"
            + " hold_end_reason: ICE_ASSUMED_CUSTODY}\n";

    @Test
    void theShippedRulesMatchTheTopicsFactsAndFindingsButNotTheCaseItself() {
        Engine book = TestRuleBook.get();
        assertTrue(book.matchable(Finding.class));
        assertTrue(book.matchable(HoldReview.class));
        assertFalse(book.matchable(CaseFile.class), "no shipped rule has a pattern on CaseFile");
        assertFalse(book.matchable(Hold.class), "no shipped rule has a pattern on Hold (HoldReview carries it)");
        assertFalse(book.matchable(Object.class));
    }

    @Test
    void aCustomRuleOnACaseFactGetsThatFactIntoTheSession(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("holds.drl"), "package org.writguard.custom;\n"
                + "import org.writguard.facts.Hold;\n"
                + "rule \"Every hold\"\n"
                + "    agenda-group \"custom\"\n"
                + "when\n"
                + "    Hold( holdId == \"h1\" )\n"
                + "then\n"
                + "end\n");
        Engine book = Engine.build(RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"))
                .withCustomRules(dir));
        assertTrue(book.matchable(Hold.class), "a custom rule's pattern on Hold");
        assertFalse(book.matchable(CaseFile.class));
        List<String> fired = new ArrayList<>();
        book.assess(new CaseReader().read(CASE, "case.yaml"), "case.yaml", fired::add);
        assertEquals(1, fired.stream().filter("Every hold"::equals).count(), "fired: " + fired);
    }
}
