package org.writguard.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.batch.HoldsCsvFormat;
import org.writguard.internal.generate.HoldGenerator;
import org.writguard.testing.TestRuleBook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: on the DirectRunner, the pipeline's per-record results equal assess-batch's record by record (10,000
 * generated records in two files, with bad lines and both line-end styles), the dead letters are exactly the
 * rejected records, the metrics count them, and the aggregates equal values computed here from the input and
 * assess-batch's output, independently of the pipeline's code.
 */
class PipelineEquivalenceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int RECORDS = 10_000;

    @TempDir
    static Path dir;

    static Path a;
    static Path b;
    static PipelineMain.Summary summary;
    static String prefix;

    @BeforeAll
    static void runBoth() throws IOException {
        HoldGenerator g = new HoldGenerator(HoldGenerator.agreements(TestRuleBook.get().tables().get("RosterAgreements")),
                16, HoldGenerator.DEFAULT_UNKNOWN_SHARE, HoldGenerator.DEFAULT_FROM, HoldGenerator.DEFAULT_TO);
        StringBuilder one = new StringBuilder();
        StringBuilder two = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            String line = JSON.writeValueAsString(g.record(i, true));
            if (i < 6000) {
                one.append(line).append('\n');
                if (i == 1234) one.append("{not json\n");
                if (i == 4321) one.append("\n");
                if (i == 5000) one.append("{\"as_of\":\"2026-05-03T09:00\",\"holds\":[]}\n");
            } else {
                two.append(line).append("\r\n"); // a file written on Windows
                if (i == 7777) two.append("{\"as_of\":\"2026-05-03T09:00:00-04:00\",\"holds\":[{\"hold_id\":\"h\",\"agency_id\":\"XX-nowhere\"}]}\r\n");
            }
        }
        a = dir.resolve("in").resolve("part-a.ndjson");
        b = dir.resolve("in").resolve("part-b.ndjson");
        Files.createDirectories(a.getParent());
        Files.writeString(a, one, StandardCharsets.UTF_8);
        Files.writeString(b, two, StandardCharsets.UTF_8);
        prefix = dir.resolve("out").resolve("run").toString();
        summary = PipelineMain.run(PipelineMain.options(List.of("--input=" + dir.resolve("in") + "/part-*.ndjson",
                "--output=" + prefix, "--runner=DirectRunner", "--targetParallelism=1", "--assessThreads=2",
                "--chunkBytes=" + (512 * 1024), "--ruleBookCache=target/rulebook-cache")));
    }

    /** assess-batch's records for one file, as the command writes them (its name in messages: the file's path). */
    static List<JsonNode> batch(Path file, BatchRunner.LineFormat format, BatchRunner runner) throws IOException {
        StringWriter out = new StringWriter();
        runner.run(new ByteArrayInputStream(Files.readAllBytes(file)), out, format, file.toString(), 0, null);
        List<JsonNode> list = new ArrayList<>();
        for (String l : out.toString().split("\n")) list.add(JSON.readTree(l));
        return list;
    }

    static List<JsonNode> lines(Stream<Path> files) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (Path p : files.toList()) for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!l.isEmpty()) list.add(JSON.readTree(l));
        return list;
    }

    static List<JsonNode> shards(String kind) throws IOException {
        Path out = Path.of(prefix).getParent();
        try (Stream<Path> s = Files.list(out)) {
            return lines(s.filter(p -> p.getFileName().toString().startsWith("run-" + kind + "-")).sorted());
        }
    }

    @Test
    void perRecordResultsEqualAssessBatchRecordByRecord() throws IOException {
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 2);
        Map<String, Map<Long, JsonNode>> expected = new HashMap<>();
        for (Path f : List.of(a, b)) {
            Map<Long, JsonNode> byLine = new HashMap<>();
            for (JsonNode r : batch(f, runner.ndjson(f.toString()), runner)) byLine.put(r.get("line").asLong(), r);
            expected.put(f.toString(), byLine);
        }
        List<JsonNode> results = shards("results");
        assertEquals(RECORDS + 4, results.size(), "one record per input line");
        int compared = 0;
        for (JsonNode r : results) {
            ObjectNode rest = ((ObjectNode) r).deepCopy();
            String source = rest.remove("source").asText();
            JsonNode want = expected.get(source).remove(rest.get("line").asLong());
            assertEquals(want, rest, source + ":" + rest.get("line"));
            compared++;
        }
        assertEquals(RECORDS + 4, compared);
        // Within a shard the records keep the input's order (the range's lines are assessed on several threads).
        try (Stream<Path> files = Files.list(Path.of(prefix).getParent())) {
            for (Path shard : files.filter(p -> p.getFileName().toString().startsWith("run-results-")).toList()) {
                long last = 0;
                for (JsonNode r : lines(Stream.of(shard))) {
                    assertEquals(last == 0 ? r.get("line").asLong() : last + 1, r.get("line").asLong(), shard + ": out of order");
                    last = r.get("line").asLong();
                }
            }
        }
        expected.values().forEach(m -> assertTrue(m.isEmpty(), "records the pipeline did not write: " + m.keySet()));

        List<JsonNode> rejected = shards("rejected");
        assertEquals(4, rejected.size());
        for (JsonNode r : rejected) assertEquals("REJECTED", r.get("status").asText());
        assertEquals(List.of(1236L, 4324L, 5004L), rejected.stream().filter(r -> r.get("source").asText().equals(a.toString()))
                .map(r -> r.get("line").asLong()).sorted().toList(), "line numbers count the bad lines too");
        assertEquals(List.of(1779L), rejected.stream().filter(r -> r.get("source").asText().equals(b.toString()))
                .map(r -> r.get("line").asLong()).toList(), "CR LF line ends count once");

        assertEquals(RECORDS + 4, summary.read());
        assertEquals(RECORDS, summary.assessed());
        assertEquals(4, summary.rejected());
        Map<String, Long> fired = new TreeMap<>();
        for (JsonNode r : results) if (r.has("fired_codes")) for (JsonNode c : r.get("fired_codes")) fired.merge(c.asText(), 1L, Long::sum);
        assertEquals(fired, summary.firedByCode(), "Beam metrics: findings by code");
        assertTrue(fired.size() > 5, "the generated records fire many codes: " + fired);
    }

    @Test
    void aggregatesEqualValuesComputedIndependently() throws IOException {
        // From the inputs and the records alone, with none of the pipeline's code.
        Map<String, JsonNode> cases = new HashMap<>();
        for (Path f : List.of(a, b)) {
            long n = 0;
            for (String l : Files.readString(f, StandardCharsets.UTF_8).split("\r?\n", -1)) {
                n++;
                if (l.startsWith("{\"as_of\"") && l.contains("SYNTHETIC")) cases.put(f + ":" + n, JSON.readTree(l));
            }
        }
        assertEquals(RECORDS, cases.size());
        Map<String, Long> findings = new TreeMap<>();
        Map<String, long[]> agency = new TreeMap<>(); // stops, eth-known, eth, holds, known, over48
        Map<String, List<Long>> durations = new HashMap<>();
        for (JsonNode r : shards("results")) {
            if (!r.get("status").asText().equals("ASSESSED")) continue;
            JsonNode c = cases.get(r.get("source").asText() + ":" + r.get("line").asLong());
            JsonNode h = c.get("holds").get(0);
            String month = h.has("release_eligible_at") ? h.get("release_eligible_at").asText().substring(0, 7)
                    : h.has("hold_started_at") ? h.get("hold_started_at").asText().substring(0, 7) : c.get("as_of").asText().substring(0, 7);
            for (JsonNode code : r.get("fired_codes")) {
                findings.merge(code.asText() + "," + h.get("facility_state").asText() + "," + h.get("agency_id").asText() + "," + month, 1L, Long::sum);
            }
            String ag = h.get("agency_id").asText();
            long[] s = agency.computeIfAbsent(ag, k -> new long[6]);
            if (c.has("encounters")) {
                JsonNode e = c.get("encounters").get(0);
                if (!e.get("location_type").asText().equals("LEA_JAIL")) {
                    s[0]++;
                    if (e.get("suspicion_factors").isArray()) {
                        s[1]++;
                        if (e.get("suspicion_factors").toString().contains("\"APPARENT_ETHNICITY\"")) s[2]++;
                    }
                }
            }
            s[3]++;
            JsonNode start = h.has("hold_started_at") ? h.get("hold_started_at") : h.get("release_eligible_at");
            JsonNode end = h.has("hold_ended_at") ? h.get("hold_ended_at")
                    : h.get("hold_end_reason").asText().equals("STILL_HELD") ? c.get("as_of") : null;
            if (start != null && end != null) {
                long secs = Duration.between(OffsetDateTime.parse(start.asText()), OffsetDateTime.parse(end.asText())).getSeconds();
                s[4]++;
                if (secs > 48 * 3600) s[5]++;
                durations.computeIfAbsent(ag, k -> new ArrayList<>()).add(secs);
            }
        }

        List<String> csv = Files.readAllLines(Path.of(prefix + "-findings-by-month.csv"));
        assertTrue(csv.get(0).startsWith("# STATISTICS, NOT LEGAL FINDINGS"), csv.get(0));
        assertTrue(csv.get(0).endsWith("Assessed records: " + RECORDS + "."), csv.get(0));
        assertEquals("code,state,agency_id,month,findings", csv.get(1));
        Map<String, Long> got = new TreeMap<>();
        for (String l : csv.subList(2, csv.size())) {
            int comma = l.lastIndexOf(',');
            got.put(l.substring(0, comma), Long.parseLong(l.substring(comma + 1)));
        }
        assertEquals(findings, got, "findings by code x state x agency x month");
        List<JsonNode> nd = lines(Stream.of(Path.of(prefix + "-findings-by-month.ndjson")));
        assertEquals(true, nd.get(0).get("statistics_not_legal_findings").asBoolean());
        assertEquals(findings.size(), nd.size() - 1);

        List<JsonNode> patterns = lines(Stream.of(Path.of(prefix + "-agency-patterns.ndjson")));
        assertEquals("notice", patterns.get(0).get("kind").asText());
        assertTrue(patterns.get(0).get("notice").asText().startsWith("STATISTICS, NOT LEGAL FINDINGS"));
        assertEquals(agency.size(), patterns.size() - 1);
        for (JsonNode p : patterns.subList(1, patterns.size())) {
            String ag = p.get("agency_id").asText();
            long[] s = agency.get(ag);
            assertEquals(s[0], p.get("stops").asLong(), ag);
            assertEquals(s[0] - s[1], p.get("stops_factors_unknown").asLong(), ag);
            assertEquals(s[2], p.get("stops_apparent_ethnicity").asLong(), ag);
            assertShare(s[1] == 0 ? null : (double) s[2] / s[1], p.get("share_apparent_ethnicity"), ag);
            assertEquals(s[3], p.get("holds").asLong(), ag);
            assertEquals(s[3] - s[4], p.get("holds_duration_unknown").asLong(), ag);
            assertEquals(s[5], p.get("holds_over_48h").asLong(), ag);
            assertShare(s[4] == 0 ? null : (double) s[5] / s[4], p.get("share_over_48h"), ag);
            List<Long> d = durations.getOrDefault(ag, List.of()).stream().sorted().toList();
            Double median = d.isEmpty() ? null : d.size() % 2 == 1 ? d.get(d.size() / 2) / 3600.0
                    : (d.get(d.size() / 2 - 1) + d.get(d.size() / 2)) / 2.0 / 3600.0;
            assertShare(median, p.get("median_hold_hours"), ag);
        }
        List<String> pcsv = Files.readAllLines(Path.of(prefix + "-agency-patterns.csv"));
        assertTrue(pcsv.get(0).startsWith("# STATISTICS, NOT LEGAL FINDINGS"));
        assertEquals(agency.size() + 2, pcsv.size());
    }

    private static void assertShare(Double want, JsonNode got, String what) {
        if (want == null) {
            assertTrue(got.isNull(), what + ": " + got);
        } else {
            assertEquals(want, got.asDouble(), 1e-6, what);
        }
    }

    @Test
    void holdsCsvGivesAssessBatchsRecordsToo(@TempDir Path csvDir) throws IOException {
        HoldGenerator g = new HoldGenerator(HoldGenerator.agreements(TestRuleBook.get().tables().get("RosterAgreements")),
                3, 0.2, HoldGenerator.DEFAULT_FROM, HoldGenerator.DEFAULT_TO);
        StringBuilder sb = new StringBuilder(HoldGenerator.csvHeader()).append("\r\n");
        for (int i = 0; i < 400; i++) sb.append(g.csvRow(i)).append(i == 100 ? "\r\nnot,enough,cells\r\n" : "\r\n");
        Path in = csvDir.resolve("holds.csv");
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        Path bad = csvDir.resolve("holds-bad.csv");
        Files.writeString(bad, "hold_id,agency_id\nh1,AL-x\n", StandardCharsets.UTF_8);
        String out = csvDir.resolve("o").resolve("csv").toString();
        PipelineMain.Summary s = PipelineMain.run(PipelineMain.options(List.of("--input=" + csvDir + "/holds*.csv",
                "--output=" + out, "--format=holds_csv", "--targetParallelism=2", "--chunkBytes=8192",
                "--ruleBookCache=target/rulebook-cache")));
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 2);
        List<JsonNode> want = batch(in, new HoldsCsvFormat(in.toString()), runner);
        Map<Long, JsonNode> got = new HashMap<>();
        List<JsonNode> all;
        try (Stream<Path> files = Files.list(Path.of(out).getParent())) {
            all = lines(files.filter(p -> p.getFileName().toString().startsWith("csv-results-")));
        }
        JsonNode badHeader = null;
        for (JsonNode r : all) {
            ObjectNode rest = ((ObjectNode) r).deepCopy();
            String source = rest.remove("source").asText();
            if (source.equals(bad.toString())) badHeader = r;
            else got.put(rest.get("line").asLong(), rest);
        }
        assertEquals(want.size(), got.size());
        for (JsonNode w : want) assertEquals(w, got.get(w.get("line").asLong()), "line " + w.get("line"));
        assertEquals(401, want.size(), "400 rows and the short one; the header is no record");
        assertTrue(badHeader != null && badHeader.get("error").get("message").asText().contains("must name as_of"), String.valueOf(badHeader));
        assertEquals(2, s.rejected(), "the short row and the file whose header is wrong");
    }
}
