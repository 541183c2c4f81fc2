package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.testing.TestRuleBook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterRemediesTest {
    private static Report assess(String yaml) { return TestRuleBook.get().assess(new CaseReader().read(yaml, "t.yaml")); }

    @Test
    void theRemedySummaryListsRemediesToConsiderAndThoseBarredWithCitationsAndTheReminder() {
        Report r = assess("""
                as_of: 2026-06-15T12:00:00-05:00
                applications:
                  - {application_id: app-8, form_type: N400, filed_on: 2025-09-01, biometrics_on: 2025-10-01,
                     interview_on: 2026-01-12, in_removal_proceedings: false, applicant_state: IL}
                  - {application_id: app-9, form_type: I485, filed_on: 2023-10-02, applicant_state: TX}
                remedy_request: {requested_remedy: MANDAMUS, objective: ADJUDICATE_APPLICATION, respondent_type: STATE_OR_LOCAL_OFFICER}
                """);
        for (String out : new String[] {ReportWriter.text(r), ReportWriter.markdown(r)}) {
            String consider = out.substring(out.indexOf("Remedies to consider\n"), out.indexOf("Remedies that appear barred, and why\n"));
            String barred = out.substring(out.indexOf("Remedies that appear barred, and why\n"));
            assertTrue(consider.contains("8 U.S.C. § 1447(b)") && consider.contains("Citations:"), consider);
            assertTrue(barred.contains("28 U.S.C. § 1361 reaches federal officers only"), barred);
            assertTrue(barred.contains("may not review the pace") && barred.contains("Cheejati"), barred);
            assertTrue(barred.contains("§ 1447(b) is the adequate alternative"), barred);
            assertTrue(out.contains("Relief is discretionary even where the elements appear met"), out);
            assertTrue(out.contains("analyst settings, not law"), out);
        }
        assertTrue(ReportWriter.markdown(r).contains("## Remedies that appear barred, and why"));
    }

    @Test
    void aNotRipePetitionIsBarredForNowAndAnUnsetThresholdIsListedAsNotYetAssessable() {
        Report r = assess("""
                as_of: 2026-06-15T12:00:00-05:00
                applications:
                  - {application_id: app-8b, form_type: N400, filed_on: 2025-09-01, biometrics_on: 2025-10-01,
                     interview_on: 2026-04-01, in_removal_proceedings: false, applicant_state: IL}
                  - {application_id: app-10, form_type: I130, filed_on: 2023-04-28, applicant_state: DC}
                """);
        String out = ReportWriter.text(r);
        String consider = out.substring(out.indexOf("Remedies to consider\n"), out.indexOf("Remedies that appear barred, and why\n"));
        assertFalse(consider.contains("1447(b)"), consider);
        assertTrue(out.contains("not yet ripe, ripens on 2026-07-31"), out);
        assertTrue(out.contains("parameters.delay_threshold_days.I130.DC"), out);
    }
}
