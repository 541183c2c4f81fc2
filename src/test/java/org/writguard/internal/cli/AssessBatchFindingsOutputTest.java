package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.cases.CaseReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.writguard.internal.cli.AssessBatchFaultsTest.records;

/**
 * Issue 17: {@code assess-batch --output findings} writes the lean record of docs/batch-findings.md: per line, the
 * findings of the full report with only their code, number, status, variant, severity, confidence, subject and
 * source, in the same order; rejected lines are the same records either way.
 */
class AssessBatchFindingsOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEAN_FIELDS = List.of("code", "number", "status", "variant", "severity",
            "confidence", "subject", "source");

    @Test
    void theLeanRecordIsTheFullReportsFindingsWithoutProseForEveryFixture(@TempDir Path dir) throws IOException {
        List<String> lines = fixtureLines();
        lines.add(2, "{\"as_of\": ");                                   // not JSON
        lines.add(5, "{\"as_of\":\"2026-05-03T09:00:00-04:00\",\"holds\":[{\"hold_id\":7}]}");   // a bad field
        Path in = dir.resolve("in.ndjson");
        Files.write(in, lines);
        Path full = dir.resolve("full.ndjson");
        Path lean = dir.resolve("lean.ndjson");
        Cli a = Cli.run("assess-batch", in.toString(), full.toString(), "--no-progress");
        Cli b = Cli.run("assess-batch", in.toString(), lean.toString(), "--no-progress", "--output", "findings");
        assertEquals(a.code(), b.code(), b.err());
        assertEquals(a.err().lines().findFirst().orElseThrow().replaceAll(" in .*", ""),
                b.err().lines().findFirst().orElseThrow().replaceAll(" in .*", ""), "the same summary counts");
        List<JsonNode> fullRecs = records(full);
        List<JsonNode> leanRecs = records(lean);
        assertEquals(lines.size(), leanRecs.size());
        int assessed = 0;
        int findings = 0;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode f = fullRecs.get(i);
            JsonNode l = leanRecs.get(i);
            assertEquals(i + 1, l.get("line").asInt());
            assertEquals(f.get("status").asText(), l.get("status").asText(), "line " + (i + 1));
            if (!"ASSESSED".equals(f.get("status").asText())) {
                assertEquals(f, l, "a rejected line is the same record in both outputs");
                continue;
            }
            assessed++;
            assertEquals(List.of("line", "status", "findings", "engine"), fieldNames(l));
            assertEquals(f.at("/report/engine"), l.get("engine"));
            ArrayNode want = JSON.createArrayNode();
            for (JsonNode finding : f.at("/report/findings")) {
                ObjectNode projected = JSON.createObjectNode();
                for (String k : LEAN_FIELDS) projected.set(k, finding.get(k));
                ObjectNode source = (ObjectNode) projected.get("source").deepCopy();
                source.remove(List.of("hit_policy", "decided_by_rule", "consulted"));
                projected.set("source", source);
                want.add(projected);
            }
            assertEquals(want, l.get("findings"), "line " + (i + 1));
            findings += want.size();
            List<String> codes = new ArrayList<>();
            for (JsonNode x : l.get("findings")) if ("FIRED".equals(x.get("status").asText())) codes.add(x.get("code").asText());
            List<String> fired = new ArrayList<>();
            f.get("fired_codes").forEach(c -> fired.add(c.asText()));
            assertEquals(fired, codes, "the FIRED findings are the full record's fired_codes");
        }
        assertTrue(assessed > 150 && findings > assessed, assessed + " assessed, " + findings + " findings");
        String leanText = Files.readString(lean);
        assertFalse(leanText.contains("\"explanation\"") || leanText.contains("\"citations\"")
                || leanText.contains("\"disclaimer\""), "no prose in the lean records");
        assertTrue(Files.size(lean) * 5 < Files.size(full), "lean: " + Files.size(lean) + " bytes, full: " + Files.size(full));

        // --resume continues a lean output like a full one.
        byte[] whole = Files.readAllBytes(lean);
        String text = new String(whole, java.nio.charset.StandardCharsets.UTF_8);
        int cut = text.indexOf('\n', text.length() / 2) + 20;
        Files.write(lean, java.util.Arrays.copyOf(whole, cut));
        Cli c = Cli.run("assess-batch", in.toString(), lean.toString(), "--no-progress", "--output", "findings", "--resume");
        assertEquals(b.code(), c.code(), c.err());
        assertArrayEquals(whole, Files.readAllBytes(lean));
    }

    @Test
    void anUnknownOutputKindIsBadInputNamingTheOption(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.write(in, fixtureLines().subList(0, 1));
        Cli r = Cli.run("assess-batch", in.toString(), dir.resolve("out.ndjson").toString(), "--output", "prose");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--output"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    /** Every fixture's case, one JSON line each. */
    static List<String> fixtureLines() throws IOException {
        CaseReader reader = new CaseReader();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode tree = reader.readTree(f);
                if (tree == null || !tree.isArray()) continue;
                for (JsonNode fx : tree) if (fx.has("case")) lines.add(JSON.writeValueAsString(fx.get("case")));
            }
        }
        return lines;
    }
}
