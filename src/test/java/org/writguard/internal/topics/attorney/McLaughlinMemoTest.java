package org.writguard.internal.topics.attorney;

import org.junit.jupiter.api.Test;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Severity;
import org.writguard.findings.Status;
import org.writguard.internal.cases.CaseReader;
import org.writguard.testing.TestRuleBook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 item 7: F17's memo explains County of Riverside v. McLaughlin in words; a running hold shows its due moment first. */
class McLaughlinMemoTest {
    private static final CaseReader READER = new CaseReader();

    private static Report assess(String yaml) {
        var c = READER.toCaseFile(READER.readTree(yaml, "mclaughlin.yaml"), "mclaughlin.yaml", "");
        return TestRuleBook.get().assess(c, "mclaughlin.yaml");
    }

    private static String hold(String state, String end, String extra) {
        return """
                as_of: 2026-05-10T12:00:00-07:00
                agencies: [{agency_id: x, name: X County Sheriff, state: %s, agency_type: SHERIFF, operates_jail: true, moas: []}]
                holds:
                  - {hold_id: h-1, agency_id: x, facility_state: %s, facility_tz: America/Los_Angeles,
                     release_eligible_at: 2026-05-04T09:00:00-07:00, %s %s
                     detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: PENDING_PROCEEDINGS,
                                served_on_subject: true, issued_by: ICE}}
                """.formatted(state, state, end, extra);
    }

    private static Finding f17(Report r) {
        return r.getFindings().stream().filter(f -> f.getCode() == FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION)
                .findFirst().orElseThrow(() -> new AssertionError("no F17: " + r.getFindings()));
    }

    @Test
    void aHoldPast48HoursSaysTheBurdenIsTheGovernments() {
        Report r = assess(hold("OR", "hold_ended_at: 2026-05-06T11:00:00-07:00, hold_end_reason: ICE_ASSUMED_CUSTODY,", ""));
        Finding f = f17(r);
        assertEquals(Status.FIRED, f.getStatus());
        assertEquals(Severity.HIGH, f.getSeverity());
        String e = f.getExplanation();
        assertTrue(e.contains("one given within 48 hours is presumed prompt"), e);
        assertTrue(e.contains("the government must show a bona fide emergency or other extraordinary circumstance"), e);
        assertTrue(e.contains("intervening weekend"), e);
        assertFalse(e.contains("gather evidence"), e);
        assertTrue(ReportWriter.markdown(r).contains("presumed prompt. Past 48 hours the burden shifts"));
    }

    @Test
    void aShortHoldDocumentedAsDelayedSaysWhatMakesAShorterDelayUnreasonable() {
        Report r = assess(hold("WA", "hold_ended_at: 2026-05-04T15:00:00-07:00, hold_end_reason: ICE_ASSUMED_CUSTODY,",
                "pc_delay_unreasonable_documented: true,"));
        Finding f = f17(r);
        assertEquals(Severity.MEDIUM, f.getSeverity());
        String e = f.getExplanation();
        assertTrue(e.contains("still unreasonable if the person shows it was unnecessary: to gather evidence"), e);
        assertFalse(e.contains("burden shifts"), e);
    }

    @Test
    void anUndeterminedF17StillExplainsTheRule() {
        Report r = assess(hold("CA", "hold_end_reason: ICE_ASSUMED_CUSTODY,", ""));
        Finding f = f17(r);
        assertEquals(Status.UNDETERMINED, f.getStatus());
        assertTrue(f.getExplanation().contains("presumed prompt"), f.getExplanation());
    }

    @Test
    void aHoldStillRunningUnder48HoursOpensWithActNowAndTheMomentTheDeterminationIsDue() {
        String yaml = hold("CA", "hold_end_reason: STILL_HELD,", "")
                .replace("as_of: 2026-05-10T12:00:00-07:00", "as_of: 2026-05-04T19:00:00-07:00");
        Report r = assess(yaml);
        assertTrue(r.getFindings().stream().noneMatch(f -> f.getCode() == FindingCode.NO_PROMPT_JUDICIAL_PC_DETERMINATION
                && f.getStatus() == Status.FIRED), "10 hours in is within the presumption: " + r.getFindings());
        String md = ReportWriter.markdown(r);
        int act = md.indexOf("## Act now");
        assertTrue(act >= 0, md);
        int due = md.indexOf("A judge must decide whether there is probable cause to keep holding the person (hold h-1)");
        assertTrue(due > act, md);
        int lineStart = md.lastIndexOf('\n', due) + 1;
        assertTrue(md.substring(lineStart, due).contains("2026-05-06T09:00-07:00"), md);
        String actSection = md.substring(act, md.indexOf("\n## ", act + 1));
        assertTrue(actSection.contains("presumptively due within 48 hours"), actSection);
        assertTrue(actSection.contains("bona fide emergency or other extraordinary circumstance"), actSection);
        int findings = md.indexOf("\n## ", act + 1);
        assertTrue(findings > due, "Act now comes before every other section");
    }
}
