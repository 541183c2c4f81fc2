package org.writguard.internal.topics.remedies;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.facts.Circuit;
import org.writguard.facts.FormType;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.testing.TestRuleBook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemedyTablesTest {
    private static LoadedTable table(String name) { return TestRuleBook.get().tables().get(name); }

    /** The status each (form, circuit) resolves to: the circuit's own row, else the form-wide row. */
    private static Map<String, TableRow> resolvedPace() {
        Map<String, TableRow> byKey = new HashMap<>();
        for (TableRow r : table(RemediesTables.PACE.name()).rows()) {
            String key = r.get(RemediesTables.FORM) + "/" + (r.get(RemediesTables.CIRCUIT) == null ? "*" : r.get(RemediesTables.CIRCUIT))
                    + ("UNAVAILABLE".equals(r.get(RemediesTables.VISA_CONDITION)) ? "/no-visa" : "");
            assertEquals(null, byKey.put(key, r), "two rows for " + key);
        }
        return byKey;
    }

    @Test
    void thePaceTableAnswersEveryFormInEveryCircuitWithTheReadingsOfDomainThirteenSixteen() {
        Map<String, TableRow> rows = resolvedPace();
        Set<String> reviewable = Set.of("I130", "I589", "N400", "I526", "I526E");
        for (FormType f : FormType.values()) {
            for (Circuit c : Circuit.values()) {
                // DOMAIN.md 13.16: C5 bars any I-485; C3, C4, C8, C11 only when no visa number is available.
                TableRow r = rows.getOrDefault(f + "/" + c, rows.getOrDefault(f + "/" + c + "/no-visa", rows.get(f + "/*")));
                assertNotNull(r, "no pace row for " + f + " in " + c);
                String status = r.get(RemediesTables.STATUS);
                String expected;
                if (f == FormType.I485) {
                    expected = Set.of(Circuit.C3, Circuit.C4, Circuit.C5, Circuit.C8, Circuit.C11).contains(c) ? "BARRED" : "UNSETTLED";
                } else {
                    expected = reviewable.contains(f.name()) ? "REVIEWABLE" : "UNSETTLED";
                }
                assertEquals(expected, status, f + " in " + c);
                assertTrue(r.get("CITATION") != null && r.get("LABEL") != null && r.get("VERIFIED") != null, "provenance " + r);
            }
        }
        assertEquals("UNSETTLED", rows.get("I485/C1").get(RemediesTables.STATUS), "13.16: Gupta was a merits ruling");
        assertEquals("ANY", rows.get("I485/C5").get(RemediesTables.VISA_CONDITION), "13.16: Cheejati covers any I-485");
        assertNotNull(rows.get("I485/C5").get(RemediesTables.EFFECTIVE_FROM), "13.12: barred from the decision date");
    }

    @Test
    void everyFormHasOneAdjudicationDutyRowAndEveryElementAGeneralWording() {
        Map<String, TableRow> duty = new HashMap<>();
        for (TableRow r : table(RemediesTables.DUTY_TABLE.name()).rows()) assertEquals(null, duty.put(r.get(RemediesTables.FORM), r));
        for (FormType f : FormType.values()) assertNotNull(duty.get(f.name()), "duty row for " + f);
        for (String e : RemediesTables.ELEMENTS) {
            assertTrue(table(RemediesTables.ELEMENTS_TABLE.name()).rows().stream()
                    .anyMatch(r -> e.equals(r.get(RemediesTables.ELEMENT)) && r.get(RemediesTables.CIRCUIT) == null), e);
        }
        for (String s : RemediesTables.SITUATIONS) {
            assertTrue(table(RemediesTables.ALTERNATIVES.name()).rows().stream().anyMatch(r -> s.equals(r.get(RemediesTables.SITUATION))), s);
        }
    }

    @Test
    void anUnsetThresholdNamesTheParameterForTheFormAndCircuit() {
        Report r = TestRuleBook.get().assess(new CaseReader().read("""
                as_of: 2026-09-30T09:00:00-05:00
                applications:
                  - {application_id: app-10b, form_type: I589, filed_on: 2022-07-19, applicant_state: TN}
                """, "t.yaml"));
        Finding f33 = r.getUndetermined().stream().filter(f -> f.getCode() == FindingCode.DELAY_UNREASONABLE_TRAC).findFirst().orElseThrow();
        assertEquals(List.of("parameters.delay_threshold_days.I589.C6"), f33.getMissingFacts());
    }

    @Test
    void theTracComputationReportsItsInputsWeightsCutoffAndResult() {
        Report r = TestRuleBook.get().assess(new CaseReader().read("""
                as_of: 2026-09-30T09:00:00-04:00
                applications:
                  - {application_id: app-10, form_type: I130, filed_on: 2023-04-28, rfe_or_noid_outstanding: false,
                     agency_processing_time_days: 600, agency_queue_policy: NONE_STATED, out_of_order_evidence: true,
                     harms: [FAMILY_SEPARATION], impropriety_evidence: false, applicant_state: DC}
                parameters: {delay_threshold_days: {I130: {DC: 1095}}, trac_cutoff: 2}
                remedy_request: {requested_remedy: MANDAMUS, objective: ADJUDICATE_APPLICATION, respondent_type: FEDERAL_AGENCY_OR_OFFICER}
                """, "t.yaml"));
        Finding f33 = r.getFired().stream().filter(f -> f.getCode() == FindingCode.DELAY_UNREASONABLE_TRAC).findFirst().orElseThrow();
        Map<String, Object> c = f33.getComputed();
        assertEquals(1251L, c.get("delay_days"));
        assertEquals(3.5, c.get("trac_score"));
        assertEquals(2, c.get("trac_cutoff"));
        assertEquals(1095, c.get("delay_threshold_days"));
        assertEquals("YES", c.get("result"));
        assertTrue(((Map<?, ?>) c.get("trac_weights")).containsKey("LENGTH_RATIO_2X"));
        assertTrue(((Map<?, ?>) c.get("trac_inputs")).containsKey("harms"));
        Finding f34 = r.getFired().stream().filter(f -> f.getCode() == FindingCode.MANDAMUS_ELEMENTS_MET).findFirst().orElseThrow();
        assertTrue(f34.getNotes().contains("relief is discretionary even if elements are met (Cheney); courts usually treat"
                + " § 706(1) and § 1361 together."));
    }

    @Test
    void aNotRipeNaturalizationReportsTheDayItRipens() {
        Report r = TestRuleBook.get().assess(new CaseReader().read("""
                as_of: 2026-06-15T12:00:00-05:00
                applications:
                  - {application_id: app-8b, form_type: N400, filed_on: 2025-09-01, biometrics_on: 2025-10-01,
                     interview_on: 2026-04-01, in_removal_proceedings: false, applicant_state: IL}
                """, "t.yaml"));
        Finding f31 = r.getFired().stream().filter(f -> f.getCode() == FindingCode.NATURALIZATION_1447B_AVAILABLE).findFirst().orElseThrow();
        assertEquals("NOT_RIPE", f31.getVariant());
        assertEquals("2026-07-31", f31.getComputed().get("ripe_on"));
        assertEquals(75L, f31.getComputed().get("days_since_interview"));
    }
}
