package org.writguard.internal.topics.attorney;

import org.junit.jupiter.api.Test;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Status;
import org.writguard.internal.cases.CaseReader;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 item 4: qualified immunity, § 1983 and the FTCA as alternatives, no right of action on the MOA, Egbert. */
class DefendantsMemoTest {
    private static final CaseReader READER = new CaseReader();

    /** Scenario 4 (fixtures/remedies): a TFM officer's lapsed authorization, so federal color is uncertain. */
    private static final String LAPSED = """
                as_of: 2027-06-03T12:00:00-04:00
                agencies:
                  - agency_id: FL-example-city-police-department
                    state: FL
                    agency_type: MUNICIPAL_POLICE
                    moas:
                      - {moa_id: moa-tfm, model: TFM, template_revision: "2025-03-07", effective_on: 2025-04-14}
                officers:
                  - officer_id: tfo-1
                    agency_id: FL-example-city-police-department
                    assignment: TASK_FORCE
                    us_citizen: true
                    years_le_experience: 6
                    certifications:
                      - {model: TFM, certified_on: 2025-04-30, authorization_letter_on: 2025-05-01, authorization_expires_on: null}
                encounters:
                  - encounter_id: enc-4
                    agency_id: FL-example-city-police-department
                    state: FL
                    location_type: STREET_PUBLIC
                    initial_basis: IMMIGRATION_ONLY
                    started_at: 2027-06-01T08:45:00-04:00
                    arrest: {type: CIVIL_IMMIGRATION_WARRANTLESS, at: 2027-06-01T09:00:00-04:00,
                             reason_to_believe_removable_documented: true, likely_to_escape_documented: false}
                    ice_supervisor_contacted_at: 2027-06-01T14:30:00-04:00
                    transported_to_ice_at: 2027-06-02T11:00:00-04:00
                    function_events:
                      - {event_id: ev-4, officer_id: tfo-1, function: WARRANTLESS_ARREST_CIVIL, location_type: STREET_PUBLIC,
                         at: 2027-06-01T09:00:00-04:00, claimed_authority: MOA_287G}
                parameters: {tfm_field_supervisor_contact_max_minutes: 120}
                """;

    private static Report assess(String yaml) {
        var c = READER.toCaseFile(READER.readTree(yaml, "lapsed.yaml"), "lapsed.yaml", "");
        return TestRuleBook.get().assess(c, "lapsed.yaml");
    }

    private static Finding fired(Report r, FindingCode code) {
        return r.getFired().stream().filter(f -> f.getCode() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + ": " + r.getFindings()));
    }

    @Test
    void aDefectiveDelegationPresentsBothPathsAsAlternativesAndDoesNotStateFederalColorAsSettled() {
        Report r = assess(LAPSED);
        Finding f29 = fired(r, FindingCode.SECTION_1983_CANDIDATE);
        Finding f30 = fired(r, FindingCode.FEDERAL_COLOR_287G_LIABILITY_PATH);
        String notes29 = String.join(" ", f29.getNotes());
        assertTrue(notes29.contains("may assert qualified immunity"), notes29);
        assertTrue(notes29.contains("no private right of action"), notes29);
        assertTrue(notes29.contains("28 U.S.C. § 2676") && notes29.contains("28 U.S.C. § 2679(d)(1)"), notes29);
        assertTrue(f30.getExplanation().contains("may be treated as federal"), f30.getExplanation());
        assertFalse(f30.getExplanation().contains("is treated as federal"), f30.getExplanation());
        assertFalse(f30.getExplanation().contains("Bivens and § 1983 are likely unavailable"), f30.getExplanation());
        assertTrue(f30.getExplanation().contains("Egbert v. Boule, 596 U.S. 482 (2022)"), f30.getExplanation());
        assertEquals("UNCERTAIN", f30.getComputed().get("section_1983"));
        String notes30 = String.join(" ", f30.getNotes());
        assertTrue(notes30.contains("alternatives") && notes30.contains("judgment in an FTCA action bars"), notes30);
        assertTrue(notes30.contains("qualified immunity"), notes30);
        assertTrue(f30.getCitations().stream().noneMatch(c -> c.contains("Causey")), "not found in any source: " + f30.getCitations());
        String md = ReportWriter.markdown(r);
        assertTrue(md.contains("Westfall Act"), md);
    }

    @Test
    void theDetainerHoldLimitNoLongerCitesCasesThatDoNotDecideIt() {
        assertTrue(FindingCode.DETAINER_HOLD_EXCEEDS_48H.getCitations().stream()
                .noneMatch(c -> c.contains("Galarza") || c.contains("Miranda-Olivares")),
                "neither decides the 48-hour limit (docs/legal-sources.md)");
        Report r = TestRuleBook.get().assess(READER.read(Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml")), "ga");
        r.getFired().stream().filter(f -> f.getCode() == FindingCode.DETAINER_HOLD_EXCEEDS_48H).forEach(f ->
                assertTrue(f.getCitations().stream().noneMatch(c -> c.contains("Galarza") || c.contains("Miranda-Olivares")),
                        f.getCitations().toString()));
    }
}
