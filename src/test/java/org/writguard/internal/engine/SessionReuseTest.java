package org.writguard.internal.engine;

import org.writguard.testing.AllCases;
import org.junit.jupiter.api.Test;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.cases.CaseReader;
import org.writguard.testing.TestRuleBook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: reused KIE sessions, the batch's copy-free path and facts no rule matches kept out of the session give every fixture and example exactly the report
 * (byte for byte) of a fresh session per case working on a validated copy, in any order of the cases.
 */
class SessionReuseTest {

    @Test
    void everyFixtureAndExampleGivesTheSameBytesWithReusedSessionsAndNoCopy() throws Exception {
        List<AllCases.Named> cases = AllCases.load();
        assertTrue(cases.size() > 150, "expected every fixture's case, found " + cases.size());
        CaseReader reader = new CaseReader();
        Engine book = TestRuleBook.get();
        try {
            // The reference: what assess() did before issue 17 (a validated copy, a new session per case, every fact of
            // the case and the topics in the session, also those no rule matches).
            book.reuseSessions(false).insertAllFacts(true);
            List<String> expected = new ArrayList<>();
            for (AllCases.Named c : cases) expected.add(outcome(() -> book.assess(reader.toCaseFile(c.tree(), c.name(), ""), c.name())));
            assertEquals(0, book.idleSessionCount());

            book.reuseSessions(true).insertAllFacts(false);
            // Twice over in a shuffled order, so every session runs many different cases one after another.
            for (long seed : new long[] {17, 2026}) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < cases.size(); i++) order.add(i);
                Collections.shuffle(order, new Random(seed));
                for (int i : order) {
                    AllCases.Named c = cases.get(i);
                    String reused = outcome(() -> book.assessOwned(reader.toCaseFile(c.tree(), c.name(), ""), c.name()));
                    assertEquals(expected.get(i), reused, c.name() + ": differs with a reused session (seed " + seed + ")");
                    String copied = outcome(() -> book.assess(reader.toCaseFile(c.tree(), c.name(), ""), c.name()));
                    assertEquals(expected.get(i), copied, c.name() + ": differs through assess() with reuse on");
                }
            }
            assertEquals(1, book.idleSessionCount(), "one thread assessing keeps one session for the next case");
        } finally {
            book.reuseSessions(true).insertAllFacts(false);
        }
    }

    @Test
    void aCaseThatFailsMidAssessmentDoesNotLeaveItsSessionForTheNext() {
        Engine book = TestRuleBook.get();
        CaseReader reader = new CaseReader();
        String good = "as_of: 2026-06-30T12:00:00-04:00\n"
                + "agencies: [{agency_id: GA-example-county-jail, state: GA, moas: []}]\n"
                + "holds:\n  - {hold_id: h, agency_id: GA-example-county-jail, facility_state: GA, facility_tz: America/New_York,"
                + " release_eligible_at: 2026-06-05T10:00:00-04:00, hold_ended_at: 2026-06-08T10:00:00-04:00,"
                + " hold_end_reason: ICE_ASSUMED_CUSTODY}\n";
        book.reuseSessions(false);
        String expected = ReportWriter.json(book.assess(reader.read(good, "good.yaml"), "good.yaml"));
        book.reuseSessions(true);
        try {
            book.assessOwned(reader.read(good, "good.yaml"), "good.yaml");
            int idle = book.idleSessionCount();
            // Over its time budget at once: the engine abandons the case half-way through the topics.
            Deadline.start(1);
            try {
                book.assessOwned(reader.read(good, "good.yaml"), "good.yaml");
            } catch (Deadline.Exceeded expectedTimeout) {
                // the point of the budget
            } finally {
                Deadline.clear();
            }
            assertTrue(book.idleSessionCount() <= idle, "a session abandoned mid-case must not be reused");
            assertEquals(expected, ReportWriter.json(book.assessOwned(reader.read(good, "good.yaml"), "good.yaml")));
        } finally {
            book.reuseSessions(true);
        }
    }

    private interface Assessment { Report run(); }

    /** The report's JSON, or the input error's one line (both must match). */
    private static String outcome(Assessment a) {
        try {
            return ReportWriter.json(a.run());
        } catch (CaseInputException e) {
            return "REJECTED " + e.getMessage();
        }
    }
}
