package org.writguard.internal.engine;

import org.writguard.engine.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.batch.HoldsCsvFormat;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.CaseFile;
import org.writguard.facts.DateUncertainty;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates known only in part (DOMAIN.md 13.5, 13.15): the readings the reader makes of them, and the merged report
 * as its JSON shows it (ranges, {@code (date uncertain)}, {@code variants_possible}), through the Java API and
 * assess-batch.
 */
class UncertainDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CaseReader READER = new CaseReader();

    private static final String HOLD = """
            as_of: 2026-06-20T12:00:00-04:00
            agencies:
              - {agency_id: GA-example-county-jail, state: GA, moas: []}
            holds:
              - hold_id: h-1
                agency_id: GA-example-county-jail
                facility_state: GA
                facility_tz: %s
                release_eligible_at: %s
                detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: FINAL_ORDER,
                           served_on_subject: true, form_excludes_weekends_holidays: false}
                hold_ended_at: %s
                hold_end_reason: ICE_ASSUMED_CUSTODY
            """;

    private static final String I130 = """
            as_of: %s
            applications:
              - {application_id: app-1, form_type: I130, filed_on: %s, decision_on: null, agency_processing_time_days: 600,
                 agency_queue_policy: NONE_STATED, out_of_order_evidence: true, harms: [FAMILY_SEPARATION],
                 impropriety_evidence: false, applicant_state: DC}
            parameters:
              delay_threshold_days: {I130: {DC: 1095}}
              trac_cutoff: 2
            """;

    private static CaseFile read(String yaml) {
        return READER.read(yaml, "case.yaml");
    }

    private static JsonNode report(String yaml) throws IOException {
        return JSON.readTree(ReportWriter.json(TestRuleBook.get().assess(read(yaml), "case.yaml")));
    }

    private static List<JsonNode> findings(JsonNode report, String code) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("code").asText().equals(code)) out.add(f);
        return out;
    }

    private static JsonNode one(JsonNode report, String code, String variant) {
        for (JsonNode f : findings(report, code)) {
            if (variant == null ? f.get("variant").isNull() : variant.equals(f.get("variant").asText())) return f;
        }
        throw new AssertionError("no " + code + "/" + variant + " in " + report.get("findings"));
    }

    @Test
    void aCaseWithExactDatesIsNotExpanded() {
        CaseFile c = read(HOLD.formatted("America/New_York", "2026-06-15T09:00:00-04:00", "2026-06-17T09:01:00-04:00"));
        assertNull(c.getDateUncertainty(), "no readings, no merge: exactly the old path");
    }

    @Test
    void aDayForADatetimeRunsFromMidnightToMidnightInTheFacilityZone() {
        CaseFile c = read(HOLD.formatted("America/Los_Angeles", "2026-06-15", "2026-06-18T12:00:00-07:00"));
        DateUncertainty u = c.getDateUncertainty();
        assertNotNull(u);
        assertEquals(List.of("holds[0].release_eligible_at"), u.getFields());
        assertEquals(List.of("2026-06-15 (America/Los_Angeles)"), u.getWritten());
        Set<OffsetDateTime> moments = new TreeSet<>();
        for (DateUncertainty.Reading r : u.getReadings()) moments.add(r.getCaseFile().getHolds().get(0).getReleaseEligibleAt());
        assertEquals(Set.of(OffsetDateTime.parse("2026-06-15T00:00:00-07:00"),
                OffsetDateTime.parse("2026-06-15T23:59:59.999999999-07:00")), moments);
    }

    @Test
    void aDayWithoutAFacilityZoneIsReadAtTheOffsetOfAsOf() {
        String yaml = """
                as_of: 2026-06-20T12:00:00-05:00
                encounters:
                  - {encounter_id: e-1, agency_id: TX-x, state: TX, started_at: 2026-06-11}
                agencies:
                  - {agency_id: TX-x, state: TX, moas: []}
                """;
        DateUncertainty u = read(yaml).getDateUncertainty();
        Set<OffsetDateTime> moments = new TreeSet<>();
        for (DateUncertainty.Reading r : u.getReadings()) moments.add(r.getCaseFile().getEncounters().get(0).getStartedAt());
        assertEquals(Set.of(OffsetDateTime.parse("2026-06-11T00:00:00-05:00"),
                OffsetDateTime.parse("2026-06-11T23:59:59.999999999-05:00")), moments);
    }

    @Test
    void occurredTrueRunsFromTheFilingToAsOfAndAMonthCoversItsDays() {
        String yaml = """
                as_of: 2026-05-15T12:00:00-04:00
                applications:
                  - {application_id: n-1, form_type: N400, filed_on: 2024-03, interview_on: {occurred: true},
                     inquiries_made_on: [2024-05, 2024-06-02], applicant_state: NY}
                """;
        DateUncertainty u = read(yaml).getDateUncertainty();
        assertEquals(List.of("applications[0].filed_on", "applications[0].interview_on",
                "applications[0].inquiries_made_on[0]"), u.getFields());
        // filed_on 2 x interview_on 6 (its bounds; 2024-06-02, an exact inquiry inside, with the days around it;
        // the day before as_of's) x the first inquiry 2.
        assertEquals(24, u.getReadings().size());
        Set<LocalDate> interviews = new TreeSet<>();
        Set<LocalDate> filings = new TreeSet<>();
        Set<LocalDate> inquiries = new TreeSet<>();
        for (DateUncertainty.Reading r : u.getReadings()) {
            interviews.add(r.getCaseFile().getApplications().get(0).getInterviewOn());
            filings.add(r.getCaseFile().getApplications().get(0).getFiledOn());
            inquiries.add(r.getCaseFile().getApplications().get(0).getInquiriesMadeOn().get(0));
        }
        assertEquals(Set.of(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")), filings);
        // The lower bound of {occurred: true} is the filing as each reading has it, the upper as_of's day.
        assertEquals(Set.of(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), LocalDate.parse("2024-06-01"),
                LocalDate.parse("2024-06-02"), LocalDate.parse("2024-06-03"), LocalDate.parse("2026-05-14"),
                LocalDate.parse("2026-05-15")), interviews);
        assertEquals(0, u.getDiscarded());
        assertEquals(Set.of(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31")), inquiries);
    }

    @Test
    void aSessionOfItsOwnIsRefusedForACaseWithUncertainDatesRatherThanGuessingAReading() {
        CaseFile c = read(HOLD.formatted("America/New_York", "2026-06-15", "2026-06-17T12:00:00-04:00"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TestRuleBook.book().openSession(c));
        assertTrue(e.getMessage().contains("holds[0].release_eligible_at"), e.getMessage());
        try (RuleBookSession s = TestRuleBook.book().openSession(c.getDateUncertainty().getReadings().get(0).getCaseFile())) {
            assertNotNull(s.fire());
        }
    }

    @Test
    void anActSomeDayOfAMonthIsReadInsideASuspensionThatOpensAndClosesWithinIt() {
        CaseFile c = read("""
                as_of: 2026-06-30T12:00:00-04:00
                agencies:
                  - agency_id: GA-x
                    state: GA
                    moas:
                      - {agency_id: GA-x, model: TFM, effective_on: 2020-01-01,
                         suspended_periods: [{from: 2026-05-10, to: 2026-05-20}]}
                encounters:
                  - {encounter_id: e-1, agency_id: GA-x, state: GA, started_at: 2026-05}
                """);
        Set<LocalDate> days = new TreeSet<>();
        for (DateUncertainty.Reading r : c.getDateUncertainty().getReadings()) {
            days.add(r.getCaseFile().getEncounters().get(0).getStartedAt().toLocalDate());
        }
        // Both ends of May are outside the suspension; the readings at its edges are inside it.
        assertTrue(days.containsAll(Set.of(LocalDate.parse("2026-05-10"), LocalDate.parse("2026-05-20"))), days.toString());
        assertTrue(days.containsAll(Set.of(LocalDate.parse("2026-05-09"), LocalDate.parse("2026-05-21"))), days.toString());
    }

    @Test
    void readingsThatBreakTheCaseOwnOrderAreDropped() {
        // Ended some time on the 16th, eligible some time on the 16th: "ended at 00:00, eligible at 23:59" is out.
        CaseFile c = read(HOLD.formatted("America/New_York", "2026-06-16", "2026-06-16"));
        DateUncertainty u = c.getDateUncertainty();
        assertEquals(1, u.getDiscarded());
        assertEquals(3, u.getReadings().size());
        for (DateUncertainty.Reading r : u.getReadings()) {
            assertFalse(r.getCaseFile().getHolds().get(0).getHoldEndedAt()
                    .isBefore(r.getCaseFile().getHolds().get(0).getReleaseEligibleAt()));
        }
    }

    @Test
    void aFindingThatFiresUnderSomeReadingsIsUndeterminedNamingTheUncertainField() throws IOException {
        JsonNode r = report(HOLD.formatted("America/New_York", "2026-06-15", "2026-06-17T12:00:00-04:00"));
        JsonNode f = one(r, "DETAINER_HOLD_EXCEEDS_48H", "REGULATORY");
        assertEquals("UNDETERMINED", f.get("status").asText());
        assertEquals("holds[0].release_eligible_at (date uncertain)", f.get("missing_facts").get(0).asText());
        assertTrue(f.get("analyst_notes").toString().contains("fired under 1, not fired under 1 of 2 readings"),
                f.get("analyst_notes").toString());
    }

    @Test
    void aFindingThatFiresUnderEveryReadingIsFiredWithItsHoursAsARange() throws IOException {
        JsonNode r = report(HOLD.formatted("America/New_York", "2026-06-15", "2026-06-18T12:00:00-04:00"));
        JsonNode f = one(r, "DETAINER_HOLD_EXCEEDS_48H", "REGULATORY");
        assertEquals("FIRED", f.get("status").asText());
        assertEquals(60.0, f.get("computed").get("hours_calendar").get("min").asDouble());
        assertEquals(84.0, f.get("computed").get("hours_calendar").get("max").asDouble());
        assertEquals(48, f.get("computed").get("limit_hours").asInt(), "equal across readings: a plain number");
        assertTrue(f.get("facts_used").toString().contains("holds[0].release_eligible_at (date uncertain)"));
    }

    @Test
    void aMonthOnlyFilingGivesTheDelayAndTheTracLengthAsRanges() throws IOException {
        JsonNode r = report(I130.formatted("2026-09-30T09:00:00-04:00", "2023-09"));
        JsonNode f = one(r, "DELAY_UNREASONABLE_TRAC", null);
        assertEquals("FIRED", f.get("status").asText());
        JsonNode c = f.get("computed");
        assertEquals(1096, c.get("delay_days").get("min").asInt());
        assertEquals(1125, c.get("delay_days").get("max").asInt());
        assertEquals(1096, c.get("trac_inputs").get("delay_days").get("min").asInt());
        assertTrue(c.get("trac_inputs").get("length_ratio").has("min"), c.toString());
        assertEquals(2.5, c.get("trac_score").asDouble(), "the same score under every reading stays a number");
    }

    @Test
    void anIsoIntervalInOneTextIsTheSameAsTheMapping() throws IOException {
        JsonNode a = report(I130.formatted("2026-09-15T09:00:00-04:00", "{not_before: 2023-09-01, not_after: 2023-09-30}"));
        JsonNode b = report(I130.formatted("2026-09-15T09:00:00-04:00", "2023-09-01/2023-09-30"));
        JsonNode c = report(I130.formatted("2026-09-15T09:00:00-04:00", "2023-09"));
        assertEquals(a.get("findings"), b.get("findings"));
        assertEquals(a.get("findings"), c.get("findings"));
        assertEquals("UNDETERMINED", one(a, "DELAY_UNREASONABLE_TRAC", null).get("status").asText());
    }

    @Test
    void aVariantThatDiffersAcrossReadingsIsTheWeakerClaimWithTheOthersPossible() throws IOException {
        JsonNode r = report("""
                as_of: 2026-05-15T12:00:00-04:00
                applications:
                  - {application_id: n-1, form_type: N400, filed_on: 2025-06-01, biometrics_on: 2025-07-01,
                     interview_on: 2026-01, in_removal_proceedings: false, applicant_state: NY, applicant_district: S.D.N.Y.}
                """);
        List<JsonNode> f31 = findings(r, "NATURALIZATION_1447B_AVAILABLE");
        assertEquals(1, f31.size(), f31.toString());
        assertEquals("FIRED", f31.get(0).get("status").asText());
        assertEquals("NOT_RIPE", f31.get(0).get("variant").asText());
        assertEquals("[\"AVAILABLE\"]", f31.get(0).get("computed").get("variants_possible").toString());
    }

    @Test
    void moreThanSixUncertainDatesAreUndeterminedSayingWhy() throws IOException {
        JsonNode r = report("""
                as_of: 2026-06-30T12:00:00-04:00
                applications:
                  - {application_id: n-1, form_type: N400, filed_on: 2024-06, biometrics_on: 2024-07, interview_on: 2025-01,
                     inquiries_made_on: [2025-03, 2025-04, 2025-05, 2025-06],
                     in_removal_proceedings: false, applicant_state: NY, applicant_district: S.D.N.Y.}
                """);
        JsonNode f = one(r, "NATURALIZATION_1447B_AVAILABLE", "AVAILABLE");
        assertEquals("UNDETERMINED", f.get("status").asText());
        assertEquals(7, f.get("missing_facts").size(), f.toString());
        assertTrue(f.get("analyst_notes").get(0).asText().startsWith("7 dates are known only in part; writguard"
                + " evaluates every reading of at most 6"), f.get("analyst_notes").toString());
    }

    @Test
    void assessBatchReadsPartialDatesInCsvCellsAndNdjsonLines() throws IOException {
        String csv = "as_of,agency_id,agency_state,hold_id,facility_tz,release_eligible_at,hold_ended_at,hold_end_reason,"
                + "detainer.form,detainer.pc_basis,detainer.form_excludes_weekends_holidays\n"
                + "2026-06-20T12:00:00-04:00,GA-x,GA,h1,America/New_York,2026-06-15,2026-06-17T12:00:00-04:00,"
                + "ICE_ASSUMED_CUSTODY,I247A,FINAL_ORDER,false\n"
                + "2026-06-20T12:00:00-04:00,GA-x,GA,h2,America/New_York,2026-06-15T08:00:00-04:00/2026-06-15T10:00:00-04:00,"
                + "2026-06-17T12:00:00-04:00,ICE_ASSUMED_CUSTODY,I247A,FINAL_ORDER,false\n"
                + "2026-06-20T12:00:00-04:00,GA-x,GA,h3,America/New_York,2026-13,2026-06-17T12:00:00-04:00,"
                + "ICE_ASSUMED_CUSTODY,I247A,FINAL_ORDER,false\n";
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 2);
        StringWriter out = new StringWriter();
        runner.run(new java.io.ByteArrayInputStream((csv).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, new HoldsCsvFormat("holds.csv"), "holds.csv", 0, null);
        List<JsonNode> recs = new ArrayList<>();
        for (String l : out.toString().split("\n")) if (!l.isEmpty()) recs.add(JSON.readTree(l));
        assertEquals(3, recs.size());
        assertTrue(recs.get(0).get("report").toString().contains("holds[0].release_eligible_at (date uncertain)"),
                recs.get(0).toString());
        assertTrue(recs.get(1).get("fired_codes").toString().contains("DETAINER_HOLD_EXCEEDS_48H"), recs.get(1).toString());
        assertEquals("REJECTED", recs.get(2).get("status").asText());
        assertTrue(recs.get(2).get("error").get("message").asText().contains("holds[0].release_eligible_at: \"2026-13\""
                + " is not a month"), recs.get(2).toString());

        String ndjson = JSON.writeValueAsString(READER.readTree(I130.formatted("2026-09-30T09:00:00-04:00", "2023-09"),
                "case.yaml"));
        StringWriter out2 = new StringWriter();
        runner.run(new java.io.ByteArrayInputStream((ndjson + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), out2, runner.ndjson("in.ndjson"), "in.ndjson", 0, null);
        JsonNode rec = JSON.readTree(out2.toString().strip());
        assertEquals("ASSESSED", rec.get("status").asText(), rec.toString());
        assertTrue(rec.get("report").toString().contains("\"delay_days\":{\"min\":1096,\"max\":1125}"), rec.toString());
    }
}
