package org.writguard.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String caseLine(String asOf, String agencyState) {
        return "{\"as_of\":\"" + asOf + "\",\"agencies\":[{\"agency_id\":\"X-a\",\"state\":\"" + agencyState + "\",\"moas\":[]}],"
                + "\"officers\":[{\"officer_id\":\"o1\",\"agency_id\":\"X-a\"}],"
                + "\"encounters\":[{\"encounter_id\":\"e1\",\"agency_id\":\"X-a\",\"started_at\":\"2026-05-02T09:00:00-04:00\","
                + "\"function_events\":[{\"event_id\":\"ev1\",\"officer_id\":\"o1\",\"function\":\"ISSUE_DETAINER\","
                + "\"location_type\":\"LEA_JAIL\",\"at\":\"2026-05-02T10:00:00-04:00\",\"claimed_authority\":\"MOA_287G\"}]}]}";
    }

    static List<JsonNode> records(String out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String l : out.split("\n")) if (!l.isEmpty()) list.add(JSON.readTree(l));
        return list;
    }

    @Test
    void everyLineGivesOneRecordInInputOrderAndBadLinesGiveErrorRecordsWithTheirLineNumber() throws IOException {
        StringBuilder in = new StringBuilder();
        int n = 5000;
        for (int i = 1; i <= n; i++) {
            if (i % 997 == 0) in.append("{\"as_of\": \"2026-05-03T09:00\"}\n");
            else if (i % 1009 == 0) in.append("{not json\n");
            else in.append(caseLine("2026-05-03T09:00:00-04:00", "GA")).append('\n');
        }
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 4);
        StringWriter out = new StringWriter();
        BatchRunner.Summary s = runner.run(new java.io.ByteArrayInputStream((in.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, runner.ndjson("in.ndjson"),
                "in.ndjson", 0, null);
        List<JsonNode> recs = records(out.toString());
        assertEquals(n, recs.size());
        for (int i = 0; i < n; i++) assertEquals(i + 1, recs.get(i).get("line").asInt(), "in order");
        JsonNode bad = recs.get(996);
        assertEquals("REJECTED", bad.get("status").asText());
        assertTrue(bad.get("error").get("message").asText().contains("in.ndjson:997: as_of"), bad.toString());
        assertEquals("REJECTED", recs.get(1008).get("status").asText());
        assertEquals("ASSESSED", recs.get(0).get("status").asText());
        assertEquals("MOA_NOT_IN_EFFECT", recs.get(0).get("report").get("findings").get(0).get("code").asText());
        assertEquals(n, s.read());
        assertEquals(n - s.rejected(), s.assessed());
        assertEquals(5 + 4, s.rejected());
        assertEquals(s.assessed(), (long) s.firedByCode().get("MOA_NOT_IN_EFFECT"));
    }

    /**
     * Issue 17: assess-batch writes each finding's authorities as the text of the first finding with the same
     * resolved list. Every fixture's and example's case, twice over on two threads, gives byte for byte the record
     * the plain report tree gives.
     */
    @Test
    void everyRecordIsByteForByteThePlainReportTree() throws Exception {
        org.writguard.internal.cases.CaseReader reader = new org.writguard.internal.cases.CaseReader();
        List<String> lines = new ArrayList<>();
        for (org.writguard.testing.AllCases.Named c : org.writguard.testing.AllCases.load()) lines.add(JSON.writeValueAsString(c.tree()));
        lines.addAll(new ArrayList<>(lines));
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 2);
        StringWriter out = new StringWriter();
        runner.run(new java.io.ByteArrayInputStream(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out,
                runner.ndjson("cases.ndjson"), "cases.ndjson", 0, null);
        String[] got = out.toString().split("\n");
        assertEquals(lines.size(), got.length);
        int assessed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String name = "cases.ndjson:" + (i + 1);
            org.writguard.engine.Report r;
            try {
                r = TestRuleBook.get().assess(reader.toCaseFile(JSON.readTree(lines.get(i)), name, ""), name);
            } catch (org.writguard.cases.CaseInputException e) {
                continue;
            }
            java.util.Map<String, Object> rec = new java.util.LinkedHashMap<>();
            rec.put("line", (long) (i + 1));
            rec.put("status", "ASSESSED");
            List<String> codes = new ArrayList<>();
            for (org.writguard.findings.Finding f : r.getFired()) codes.add(f.getCode().name());
            rec.put("fired_codes", codes);
            rec.put("report", org.writguard.engine.ReportWriter.toTree(r));
            assertEquals(JSON.writeValueAsString(rec), got[i], name);
            assessed++;
        }
        assertTrue(assessed > 300, "assessed " + assessed);
    }

    @Test
    void theHoldsCsvLayoutBecomesOneCasePerRowCheckedByTheCaseReader() throws IOException {
        String csv = "as_of,agency_id,agency_state,hold_id,facility_tz,release_eligible_at,hold_ended_at,hold_end_reason,detainer.form,detainer.pc_basis\n"
                + "2026-10-06T06:00:00-04:00,PA-x,PA,h1,America/New_York,2026-10-05T10:00:00-04:00,2026-10-05T12:00:00-04:00,RELEASED,I247A,FINAL_ORDER\n"
                + "2026-10-06T06:00:00-04:00,PA-x,PA,h2,America/New_York,2026-10-05T10:00:00-04:00,,,I247,FINAL_ORDER\n";
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 2);
        StringWriter out = new StringWriter();
        BatchRunner.Summary s = runner.run(new java.io.ByteArrayInputStream((csv).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, new HoldsCsvFormat("holds.csv"),
                "holds.csv", 0, null);
        List<JsonNode> recs = records(out.toString());
        assertEquals(2, recs.size());
        assertEquals(2, recs.get(0).get("line").asInt(), "line numbers count the header");
        assertEquals("ASSESSED", recs.get(0).get("status").asText(), recs.get(0).toString());
        assertEquals("REJECTED", recs.get(1).get("status").asText());
        assertTrue(recs.get(1).get("error").get("message").asText().contains("holds[0].detainer.form"), recs.get(1).toString());
        assertEquals(1, s.rejected());
    }

    @Test
    void resumingAfterAKillMidRecordNeitherLosesNorDuplicatesARecord(@TempDir Path dir) throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3000; i++) in.append(caseLine("2026-05-03T09:00:00-04:00", i % 2 == 0 ? "GA" : "FL")).append('\n');
        Path input = dir.resolve("in.ndjson");
        Files.writeString(input, in.toString());
        Path full = dir.resolve("full.ndjson");
        assertEquals(0, org.writguard.internal.cli.Main.run("assess-batch", input.toString(), full.toString(), "--no-progress"));
        // A run killed midway: some complete records, then half a record.
        List<String> done = Files.readAllLines(full).subList(0, 1234);
        Path partial = dir.resolve("partial.ndjson");
        Files.writeString(partial, String.join("\n", done) + "\n" + done.get(0).substring(0, 40));
        assertEquals(0, org.writguard.internal.cli.Main.run("assess-batch", input.toString(), partial.toString(), "--resume", "--no-progress"));
        assertEquals(Files.readAllLines(full), Files.readAllLines(partial));
    }
}
