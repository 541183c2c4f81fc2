package org.writguard.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.testing.TestRuleBook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 item 6: every report the fixtures and examples give, and every batch record, meets the shipped schema. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The schemas as the jar serves them (classpath:schema/...), with draft 2020-12 as the default dialect. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://writguard.org/schema/1/", "classpath:schema/")));

    static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of("https://writguard.org/schema/1/" + name));
    }

    private static List<String> errors(Schema schema, JsonNode node) {
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    @Test
    void everyFixtureAndExampleReportMeetsTheSchema() throws Exception {
        Schema schema = schema("report.schema.json");
        List<Path> files = FixtureReader.discover(List.of(Path.of("src/test/resources/fixtures"),
                Path.of("src/test/resources/real-cases")));
        assertTrue(files.size() > 20, "fixtures found: " + files.size());
        FixtureReader fixtures = new FixtureReader();
        int reports = 0;
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            for (Fixture fx : fixtures.readAll(f).fixtures()) {
                JsonNode report = JSON.readTree(ReportWriter.json(TestRuleBook.get().assess(fx.caseFile(), fx.name())));
                errors(schema, report).forEach(e -> bad.add(f + " " + fx.name() + ": " + e));
                reports++;
            }
        }
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Report r = TestRuleBook.get().assess(new CaseReader().read(e), e.toString());
                JsonNode report = JSON.readTree(ReportWriter.json(r));
                assertEquals(ReportWriter.SCHEMA_VERSION, report.get("schema_version").asText());
                errors(schema, report).forEach(x -> bad.add(e + ": " + x));
                reports++;
            }
        }
        assertTrue(reports > 50, "reports checked: " + reports);
        assertEquals(List.of(), bad);
    }

    @Test
    void theSchemaRejectsABrokenReport() throws Exception {
        Schema schema = schema("report.schema.json");
        Report r = TestRuleBook.get().assess(new CaseReader().read(Path.of("examples/scenario-02-wso-interrogation-fl.yaml")));
        var report = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(ReportWriter.json(r));
        assertEquals(List.of(), errors(schema, report));
        var finding = (com.fasterxml.jackson.databind.node.ObjectNode) report.withArray("findings").get(0);
        finding.put("status", "MAYBE");
        finding.putArray("citations");
        report.remove("schema_version");
        assertEquals(3, errors(schema, report).size(), errors(schema, report).toString());
    }

    @Test
    void everyKindOfBatchRecordMeetsItsSchema() throws Exception {
        Schema schema = schema("batch-record.schema.json");
        BatchRunner runner = new BatchRunner(TestRuleBook.get(), 1);
        String good = JSON.writeValueAsString(new CaseReader().readTree(Path.of("examples/scenario-02-wso-interrogation-fl.yaml")));
        String in = String.join("\n", good, "{\"as_of\": null}", "not json", "{\"as_of\": \"2026-01-01T00:00:00Z\", \"agencies\": [{\"state\": \"Florida\"}]}") + "\n";
        java.io.StringWriter out = new java.io.StringWriter();
        runner.run(new java.io.ByteArrayInputStream((in).getBytes(java.nio.charset.StandardCharsets.UTF_8)), out, runner.ndjson("in.jsonl"), "in.jsonl", 0, n -> { });
        List<String> records = out.toString().lines().toList();
        assertEquals(4, records.size(), out.toString());
        List<String> statuses = new ArrayList<>();
        for (String line : records) {
            JsonNode rec = JSON.readTree(line);
            statuses.add(rec.get("status").asText());
            assertEquals(List.of(), errors(schema, rec), line);
        }
        assertEquals(List.of("ASSESSED", "REJECTED", "REJECTED", "REJECTED"), statuses);
        JsonNode broken = JSON.readTree("{\"line\": 1, \"status\": \"ASSESSED\"}");
        assertFalse(errors(schema, broken).isEmpty());
    }
}
