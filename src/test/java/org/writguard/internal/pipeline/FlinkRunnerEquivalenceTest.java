package org.writguard.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.generate.HoldGenerator;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 16: the pipeline on a real distributed runner, Flink, in its embedded mode (a mini-cluster in this JVM),
 * gives the DirectRunner's records and aggregates. Behind a switch, since it needs the Flink runner:
 * {@code mvn -Pflink verify -Dwritguard.flink=true} (docs/scale-out.md).
 */
@EnabledIfSystemProperty(named = "writguard.flink", matches = "true")
class FlinkRunnerEquivalenceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void flinkGivesTheDirectRunnersRecordsAndAggregates(@TempDir Path dir) throws IOException {
        HoldGenerator g = new HoldGenerator(HoldGenerator.agreements(TestRuleBook.get().tables().get("RosterAgreements")),
                73, HoldGenerator.DEFAULT_UNKNOWN_SHARE, HoldGenerator.DEFAULT_FROM, HoldGenerator.DEFAULT_TO);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append(JSON.writeValueAsString(g.record(i, true))).append('\n');
        sb.append("{not json\n");
        Files.writeString(dir.resolve("in.ndjson"), sb, StandardCharsets.UTF_8);
        String input = "--input=" + dir.resolve("in.ndjson");
        PipelineMain.Summary direct = PipelineMain.run(PipelineMain.options(List.of(input, "--output=" + dir.resolve("d/run"),
                "--chunkBytes=262144", "--ruleBookCache=target/rulebook-cache")));
        PipelineMain.Summary flink = PipelineMain.run(PipelineMain.options(List.of(input, "--output=" + dir.resolve("f/run"),
                "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--chunkBytes=262144",
                "--ruleBookCache=target/rulebook-cache")));
        assertEquals(direct.read(), flink.read());
        assertEquals(direct.rejected(), flink.rejected());
        assertEquals(direct.firedByCode(), flink.firedByCode());
        assertEquals(records(dir.resolve("d")), records(dir.resolve("f")));
        for (String agg : List.of("run-findings-by-month.csv", "run-agency-patterns.csv", "run-agency-patterns.ndjson")) {
            assertEquals(Files.readString(dir.resolve("d").resolve(agg)), Files.readString(dir.resolve("f").resolve(agg)), agg);
        }
    }

    private static Map<String, JsonNode> records(Path out) throws IOException {
        Map<String, JsonNode> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("run-results-")).toList()) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    ObjectNode r = (ObjectNode) JSON.readTree(l);
                    m.put(r.get("source").asText() + ":" + r.get("line").asLong(), r);
                }
            }
        }
        return m;
    }
}
