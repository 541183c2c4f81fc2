package org.writguard.internal.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.writguard.engine.CaseNotes;
import org.writguard.engine.Reading;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.facts.CaseFile;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.memo.HtmlMemo;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 items 5 (state habeas statutes), 7 (wording) and 8 (the readable report). */
class ReadableReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Report example(String name) {
        Path p = Path.of("examples", name);
        return TestRuleBook.get().assess(new CaseReader().read(p), p.toString());
    }

    private static Report assess(String yaml) {
        return TestRuleBook.get().assess(new CaseReader().read(yaml, "case.yaml"), "case.yaml");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    // ---------------------------------------------------------------- item 8: questions
    @Test
    void everyMissingFactPathTheCorpusProducesHasAQuestionRow() {
        FactQuestions questions = TestRuleBook.get().reading().questions();
        Map<String, String> missing = MissingPathsCorpus.missingPatterns();
        assertTrue(missing.size() >= 40, "the corpus names too few missing facts to be a fair check: " + missing.keySet());
        List<String> without = new ArrayList<>();
        missing.forEach((pattern, where) -> {
            if (!FactQuestions.isAnalystSetting(pattern) && !questions.has(pattern)) without.add(pattern + " (" + where + ")");
        });
        assertTrue(without.isEmpty(), "missing facts with no row in decision-tables/facts/fact-questions.drl.xlsx: " + without);
    }

    @Test
    void missingFactsAreAskedOnceInPlainWordsWithWhereToLookAndWhatTheySettle() {
        Report r = example("scenario-02-wso-interrogation-fl.yaml");
        List<Reading.Question> qs = r.getReading().getQuestions();
        Reading.Question lep = qs.stream().filter(q -> q.getFactPaths().contains("encounters[0].subject_lep")).findFirst().orElseThrow();
        assertTrue(lep.getQuestion().endsWith("?") && !lep.getQuestion().contains("subject_lep"), lep.getQuestion());
        assertNotNull(lep.getWhereToLook());
        assertEquals(List.of("F12 on encounter enc-1"), lep.getFindings());
        String md = ReportWriter.markdown(r);
        assertTrue(md.contains("## Questions to settle what is undetermined"), md);
        assertEquals(1, count(md, lep.getQuestion()), md);
        assertTrue(md.contains("Where to look: " + lep.getWhereToLook()), md);
        assertTrue(md.contains("To settle it, see questions 1, 2"), md);
    }

    @Test
    void aFactTwoFindingsNeedIsOneQuestionNamingBoth() {
        Report r = assess("""
                as_of: 2026-06-20T12:00:00-04:00
                agencies: [{agency_id: GA-x, state: GA, agency_type: SHERIFF, moas: []}]
                holds:
                  - {hold_id: h-1, agency_id: GA-x, facility_state: GA, facility_tz: America/New_York,
                     release_eligible_at: 2026-06-12T16:00:00-04:00,
                     detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: FINAL_ORDER,
                                served_on_subject: true, issued_by: ICE}}
                """);
        List<Reading.Question> ending = r.getReading().getQuestions().stream()
                .filter(q -> q.getFactPaths().contains("holds[0].hold_end_reason")).toList();
        assertEquals(1, ending.size(), r.getReading().getQuestions().toString());
        assertTrue(ending.get(0).getFindings().size() >= 2, ending.toString());
    }

    @Test
    void analystSettingsAreNeverAskedOfTheClient() {
        Report r = assess("""
                as_of: 2026-09-30T12:00:00-04:00
                applications:
                  - {application_id: app-10, form_type: I130, filed_on: 2023-04-28, rfe_or_noid_outstanding: false,
                     applicant_state: DC}
                """);
        Reading.Question setting = r.getReading().getQuestions().stream()
                .filter(q -> q.getFactPaths().contains("parameters.delay_threshold_days.I130.DC")).findFirst().orElseThrow();
        assertTrue(setting.isAnalystSetting());
        assertTrue(setting.getQuestion().startsWith("An analyst setting is missing"), setting.getQuestion());
        assertTrue(setting.getQuestion().contains("not a fact to ask the client"), setting.getQuestion());
        List<Reading.Question> qs = r.getReading().getQuestions();
        assertTrue(qs.indexOf(setting) == qs.size() - 1 || qs.subList(qs.indexOf(setting), qs.size()).stream()
                .allMatch(Reading.Question::isAnalystSetting), "analyst settings come after the client's facts: " + qs);
    }

    @Test
    void aPathWithNoRowIsPutInWords() {
        FactQuestions none = new FactQuestions(null);
        Finding f = example("scenario-02-wso-interrogation-fl.yaml").getUndetermined().get(0);
        List<Reading.Question> qs = none.ask(List.of(f), List.of(), null);
        assertTrue(qs.get(0).getQuestion().startsWith("What is the "), qs.toString());
        assertEquals("What is the probable-cause basis of the detainer of the hold 1? (the case's holds[0].detainer.pc_basis)",
                FactQuestions.inWords("holds[0].detainer.pc_basis"));
        assertEquals("holds[*].detainer.pc_basis", FactQuestions.pattern("holds[12].detainer.pc_basis (date uncertain)"));
    }

    @Test
    void theQuestionTableRejectsAnAnalystSettingAPathThatIsNotOneAndAQuestionWithoutAQuestionMark() {
        List<String> problems = new ArrayList<>();
        ReadingTables.checkQuestionRow(Map.of(ReadingTables.PATTERN, "parameters.trac_cutoff",
                ReadingTables.QUESTION, "What is it?"), (k, m) -> problems.add(k + ": " + m));
        ReadingTables.checkQuestionRow(Map.of(ReadingTables.PATTERN, "Holds[0] release",
                ReadingTables.QUESTION, "When"), (k, m) -> problems.add(k + ": " + m));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("PATTERN: 'parameters.trac_cutoff' is an analyst setting"), problems.toString());
        assertTrue(problems.get(2).startsWith("QUESTION: a question ends with '?'"), problems.toString());
    }

    // ---------------------------------------------------------------- item 8: what cannot apply
    @Test
    void aFieldEncounterFindingIsNotShownForAnEncounterInTheJailButStaysInTheJson() throws Exception {
        Report r = example("scenario-02-wso-interrogation-fl.yaml");
        assertTrue(r.getReading().isNotShown("ETHNICITY_BASED_SUSPICION_RISK", "ENCOUNTER", "enc-1"), r.getReading().toString());
        String md = ReportWriter.markdown(r);
        assertFalse(md.contains("F24 ETHNICITY_BASED_SUSPICION_RISK"), md);
        assertTrue(md.contains("One undetermined item is not shown"), md);
        assertFalse(md.contains("What made the officer suspect"), "a hidden finding's fact is still asked: " + md);
        JsonNode json = JSON.readTree(ReportWriter.json(r));
        boolean kept = false;
        for (JsonNode f : json.get("findings")) kept |= "F24".equals(f.get("number").asText());
        assertTrue(kept, "F24 left the JSON findings");
        assertEquals("ETHNICITY_BASED_SUSPICION_RISK", json.at("/not_shown/0/code").asText());
        // The same encounter on the roadside: F24 can apply, so it is shown.
        String yaml = java.nio.file.Files.readString(Path.of("examples/scenario-02-wso-interrogation-fl.yaml"))
                .replace("location_type: LEA_JAIL", "location_type: ROADSIDE");
        Report roadside = assess(yaml);
        assertTrue(roadside.getReading().getNotShown().isEmpty(), roadside.getReading().toString());
    }

    // ---------------------------------------------------------------- item 8: remedies once, and why none
    @Test
    void eachRemedyIsPrintedOnceWithAPointerFromItsSeverity() {
        Report r = example("scenario-07-pa-hold-mandamus.yaml");
        Finding habeas = r.getFired().stream().filter(f -> f.getCode() == FindingCode.HABEAS_IS_PROPER_VEHICLE).findFirst().orElseThrow();
        for (String out : List.of(ReportWriter.markdown(r), ReportWriter.text(r))) {
            assertEquals(1, count(out, habeas.getExplanation()), out);
            assertTrue(out.contains("F26 HABEAS_IS_PROPER_VEHICLE on hold h-7**: see \"Remedies to consider\" below.")
                    || out.contains("F26 HABEAS_IS_PROPER_VEHICLE on hold h-7: see \"Remedies to consider\" below."), out);
        }
    }

    @Test
    void whenNoRemedyIsFoundTheReportSaysWhy() {
        Report jail = example("scenario-02-wso-interrogation-fl.yaml");
        assertTrue(ReportWriter.markdown(jail).contains("None identified on these facts, because:\n- No § 1983 or FTCA claim"),
                ReportWriter.markdown(jail));
        Report trac = assess("""
                as_of: 2026-09-30T12:00:00-04:00
                applications:
                  - {application_id: app-10, form_type: I130, filed_on: 2023-04-28, rfe_or_noid_outstanding: false,
                     agency_processing_time_days: 600, agency_queue_policy: NONE_STATED, out_of_order_evidence: false,
                     harms: [], impropriety_evidence: false, applicant_state: DC, evaluation_date: 2026-09-30}
                parameters:
                  delay_threshold_days: {I130: {DC: 1095}}
                  trac_cutoff: 9
                """);
        assertTrue(trac.getReading().getNoRemedyReasons().stream().anyMatch(w -> w.contains("TRAC triage score")
                && w.contains("under the analyst's cutoff of 9")), trac.getReading().getNoRemedyReasons().toString());
        Report short_ = assess("""
                as_of: 2026-09-30T12:00:00-04:00
                applications:
                  - {application_id: app-11, form_type: I130, filed_on: 2026-01-05, rfe_or_noid_outstanding: false,
                     applicant_state: DC, evaluation_date: 2026-09-30}
                parameters:
                  delay_threshold_days: {I130: {DC: 1095}}
                  trac_cutoff: 2
                """);
        assertTrue(short_.getReading().getNoRemedyReasons().stream().anyMatch(w -> w.contains("under the analyst's threshold of 1095 days")),
                short_.getReading().getNoRemedyReasons().toString());
        assertTrue(example("scenario-07-pa-hold-mandamus.yaml").getReading().getNoRemedyReasons().isEmpty());
    }

    // ---------------------------------------------------------------- item 8: chronology and appendix
    @Test
    void theChronologyListsTheDatedFactsReliedOnInTimeOrderWithTheirPaths() {
        Report r = example("scenario-01-weekend-detainer-over-hold-ga.yaml");
        List<Reading.Dated> c = r.getReading().getChronology();
        List<String> paths = c.stream().map(Reading.Dated::getPath).toList();
        assertTrue(paths.indexOf("holds[0].release_eligible_at") >= 0 && paths.indexOf("holds[0].hold_ended_at")
                > paths.indexOf("holds[0].release_eligible_at"), paths.toString());
        assertTrue(c.get(0).getWhat().startsWith("hold h-1: "), c.toString());
        String md = ReportWriter.markdown(r);
        assertTrue(md.indexOf("## Chronology (facts relied on)") < md.indexOf("## CRITICAL"), md);
        assertTrue(md.contains("(`holds[0].release_eligible_at`)"), md);
    }

    @Test
    void computedAndSourceLinesAreInTheAppendixNotInTheBody() {
        String md = ReportWriter.markdown(example("scenario-01-weekend-detainer-over-hold-ga.yaml"));
        int appendix = md.indexOf("## Appendix: computed values and sources");
        assertTrue(appendix > 0, md);
        assertFalse(md.substring(0, appendix).contains("Computed: "), md);
        assertFalse(md.substring(0, appendix).contains("  Source: rules/"), md);
        assertTrue(md.substring(appendix).contains("Computed: ") && md.substring(appendix).contains("Source: "), md);
    }

    // ---------------------------------------------------------------- item 8: the notice
    @Test
    void theNoticeSaysNoAttorneyClientRelationshipAndTheDateTheLawTablesAreCurrentTo() throws Exception {
        LocalDate latest = null;
        for (LoadedTable t : TestRuleBook.get().tables().values()) {
            String name = t.schema().name();
            if (name.equals("FactQuestions") || t.schema() == org.writguard.internal.engine.ParametersTopic.SCHEMA
                    || t.schema() == org.writguard.internal.topics.roster.RosterTable.SCHEMA) continue;
            for (TableRow row : t.rows()) {
                String v = row.get(TableSchema.VERIFIED_ON);
                if (v != null && "TRUE".equalsIgnoreCase(row.get(TableSchema.VERIFIED))) {
                    LocalDate d = LocalDate.parse(v);
                    if (latest == null || d.isAfter(latest)) latest = d;
                }
            }
        }
        assertNotNull(latest);
        Report r = example("scenario-10-i130-delay-dc.yaml");
        assertEquals(latest, r.getReading().getLawCurrentTo());
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(Path.of("examples/scenario-10-i130-delay-dc.yaml"));
        String html = HtmlMemo.render(r, c, reader.readTree(Path.of("examples/scenario-10-i130-delay-dc.yaml")));
        for (String out : List.of(ReportWriter.markdown(r), ReportWriter.text(r), html)) {
            assertTrue(out.contains("no attorney-client relationship"), out);
            assertTrue(out.contains("current to " + latest), out);
        }
        assertEquals(latest.toString(), JSON.readTree(ReportWriter.json(r)).get("law_current_to").asText());
    }

    @Test
    void markdownTextAndTheMemoHaveTheSameParts() {
        Path p = Path.of("examples/scenario-07-pa-hold-mandamus.yaml");
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(p);
        Report r = TestRuleBook.get().assess(c, p.toString());
        String html = HtmlMemo.render(r, c, reader.readTree(p));
        for (String out : List.of(ReportWriter.markdown(r), ReportWriter.text(r), html)) {
            for (String part : List.of("Act now", "Chronology", "Remedies to consider", "Remedies that appear barred, and why",
                    "Habeas practice", "Deadlines", "Appendix: computed values and sources")) {
                assertTrue(out.toLowerCase().contains(part.toLowerCase()), part + " missing from\n" + out);
            }
            // Deadlines are named in words in every form, not by their JSON kind.
            assertTrue(!r.getDeadlines().isEmpty() && out.contains(org.writguard.engine.ActNow.label(r.getDeadlines().get(0))), out);
            for (CaseNotes.FilingDeadline d : r.getDeadlines()) assertFalse(out.contains(d.getKind()), d.getKind() + " in\n" + out);
            // An empty computed list says nothing to a reader ("defects=[]" of a delegation that is no 287(g) act).
            assertFalse(out.contains("=[]"), out);
        }
    }

    // ---------------------------------------------------------------- item 5: the state habeas statute
    @Test
    void theStateRouteNamesTheStatuteOrSaysHonestlyThatTheStateHasNoRow() {
        Report pa = example("scenario-07-pa-hold-mandamus.yaml");
        String route = pa.getHabeas().get(0).getStateRoute();
        assertTrue(route.contains("42 Pa. Cons. Stat. §§ 6501-6505") && route.contains("court of common pleas"), route);
        assertTrue(route.contains("state-habeas.drl.xlsx!StateHabeas row"), route);
        assertFalse(route.contains("not in writguard's tables"), route);
        Report or = assess("""
                as_of: 2026-05-04T19:00:00-07:00
                agencies: [{agency_id: OR-county, state: OR, agency_type: SHERIFF, moas: []}]
                holds:
                  - {hold_id: h-or, agency_id: OR-county, facility_state: OR, facility_tz: America/Los_Angeles,
                     release_eligible_at: 2026-05-04T09:00:00-07:00, hold_end_reason: STILL_HELD,
                     detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: PENDING_PROCEEDINGS,
                                served_on_subject: true, issued_by: ICE}}
                """);
        String orRoute = or.getHabeas().get(0).getStateRoute();
        assertTrue(orRoute.contains("OR has no row in writguard's state-habeas table"), orRoute);
        Report az = assess("""
                as_of: 2026-05-04T19:00:00-07:00
                agencies: [{agency_id: AZ-county, state: AZ, agency_type: SHERIFF, moas: []}]
                holds:
                  - {hold_id: h-az, agency_id: AZ-county, facility_state: AZ, facility_tz: America/Phoenix,
                     release_eligible_at: 2026-05-04T09:00:00-07:00, hold_end_reason: STILL_HELD,
                     detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: PENDING_PROCEEDINGS,
                                served_on_subject: true, issued_by: ICE}}
                """);
        assertTrue(az.getHabeas().get(0).getStateRoute().contains("NOT verified"), az.getHabeas().get(0).getStateRoute());
    }

    @Test
    void theStateHabeasTableCoversTheExamplesAndTheLargest287gStates() {
        LoadedTable t = TestRuleBook.get().tables().get(ReadingTables.STATE_HABEAS.name());
        Map<String, TableRow> byState = new HashMap<>();
        for (TableRow row : t.rows()) byState.put(row.get(ReadingTables.STATE), row);
        for (String s : List.of("FL", "TX", "GA", "NC", "AL", "TN", "PA", "NY", "CA", "MA", "AZ", "MD")) {
            assertTrue(byState.containsKey(s), s + " has no state-habeas row");
            assertNotNull(byState.get(s).get(TableSchema.VERIFIED_ON), s);
        }
    }

    // ---------------------------------------------------------------- item 7: wording
    @Test
    void aDefectiveDelegationAlwaysSaysWhatIsDefective() {
        for (Map.Entry<String, Report> e : MissingPathsCorpus.reports().entrySet()) {
            for (Finding f : e.getValue().getFired()) {
                if ("DEFECTIVE".equals(f.getComputed().get("delegation"))) {
                    Object defects = f.getComputed().get("defects");
                    assertTrue(defects instanceof List<?> l && !l.isEmpty(), e.getKey() + ": " + f.getComputed());
                }
            }
            assertFalse(ReportWriter.markdown(e.getValue()).contains("delegation=DEFECTIVE, defects=[]"), e.getKey());
        }
    }

    @Test
    void theJudicialProbableCauseDeadlineReadsAsPlainEnglish() {
        Report r = assess("""
                as_of: 2026-05-04T19:00:00-07:00
                agencies: [{agency_id: CA-county, state: CA, agency_type: SHERIFF, moas: []}]
                holds:
                  - {hold_id: h-ca-run, agency_id: CA-county, facility_state: CA, facility_tz: America/Los_Angeles,
                     release_eligible_at: 2026-05-04T09:00:00-07:00, hold_end_reason: STILL_HELD,
                     detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: PENDING_PROCEEDINGS,
                                served_on_subject: true, issued_by: ICE}}
                """);
        String md = ReportWriter.markdown(r);
        assertFalse(md.toLowerCase().contains("judicial pc determination due"), md);
        assertTrue(md.contains("A judge must decide whether there is probable cause to keep holding the person"), md);
    }
}
