package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: writguard generate holds and writguard pipeline from the command line: outputs and exit codes. */
class PipelineAndGenerateCommandsTest {
    @Test
    void generateWritesTheSameFileForTheSameSeedAndSaysItIsSynthetic(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.ndjson");
        Cli r = Cli.run("generate", "holds", "--count", "50", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] first = Files.readAllBytes(out);
        assertEquals(50, Files.readAllLines(out).size());
        JsonNode about = new ObjectMapper().readTree(dir.resolve("g.ndjson.about.json").toFile());
        assertTrue(about.get("synthetic").asBoolean());
        assertEquals(3, about.get("seed").asLong());
        assertEquals(0, Cli.run("generate", "holds", "--count", "50", "--seed", "3", "--out", out.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(out), "deterministic for a seed");

        Path csv = dir.resolve("g.csv");
        assertEquals(0, Cli.run("generate", "holds", "--count", "5", "--out", csv.toString(), "--format", "holds_csv").code());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("as_of,agency_id,hold_id"), lines.get(0));
    }

    @Test
    void generateRefusesBadOptionsWithOneLineAndExit2(@TempDir Path dir) {
        Cli r = Cli.run("generate", "holds", "--count", "0", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertEquals("writguard: --count: 0 is out of bounds; expected 1 to 1000000000", r.err().strip());
        r = Cli.run("generate", "holds", "--count", "5", "--unknown-share", "1.5", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--unknown-share"), r.err());
        r = Cli.run("generate", "holds", "--count", "5", "--from", "2026-02-30", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--from: 2026-02-30 is not a date"), r.err());
        r = Cli.run("generate", "holds", "--count", "5", "--tables", dir.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no roster table"), r.err());
    }

    @Test
    void pipelineRunsOnTheDirectRunnerAndExits2WhenRecordsAreRejected(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.ndjson");
        assertEquals(0, Cli.run("generate", "holds", "--count", "40", "--seed", "5", "--out", in.toString()).code());
        Cli r = Cli.run("pipeline", "--input", dir + "/*.ndjson", "--output", dir.resolve("o/run").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("read 40, assessed 40, rejected 0"), r.err());
        try (Stream<Path> s = Files.list(dir.resolve("o"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("run-agency-patterns.csv", "run-agency-patterns.ndjson",
                    "run-findings-by-month.csv", "run-findings-by-month.ndjson")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("run-results-")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains(".tmp-")), "no temporary shard is left: " + names);
        }

        Files.writeString(in, "{\"as_of\": 1}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        r = Cli.run("pipeline", "--input", in.toString(), "--output", dir.resolve("o2/run").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("read 41, assessed 40, rejected 1"), r.err());
    }

    @Test
    void pipelineReadsGzippedHoldsCsvLikeThePlainFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("plain").resolve("h.csv");
        Files.createDirectories(csv.getParent());
        assertEquals(0, Cli.run("generate", "holds", "--count", "30", "--seed", "8", "--format", "holds_csv", "--out", csv.toString()).code());
        Path gz = dir.resolve("gz").resolve("h.csv.gz");
        Files.createDirectories(gz.getParent());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(csv));
        }
        Cli plain = Cli.run("pipeline", "--input", csv.toString(), "--format", "holds_csv", "--output", dir.resolve("o1/run").toString());
        Cli zipped = Cli.run("pipeline", "--input", gz.toString(), "--format", "holds_csv", "--output", dir.resolve("o2/run").toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, zipped.code(), zipped.err());
        assertTrue(zipped.err().contains("read 30, assessed 30, rejected 0"), zipped.err());
        assertEquals(records(dir.resolve("o1"), csv.toString()), records(dir.resolve("o2"), gz.toString()));
        assertEquals(Files.readString(dir.resolve("o1/run-agency-patterns.csv")), Files.readString(dir.resolve("o2/run-agency-patterns.csv")));
    }

    /** The result records of a run, in line order, without their source. */
    private static List<String> records(Path out, String source) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> all = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("run-results-")).toList()) {
                for (String l : Files.readAllLines(p)) {
                    com.fasterxml.jackson.databind.node.ObjectNode r = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(l);
                    assertEquals(source, r.remove("source").asText());
                    all.add(r);
                }
            }
        }
        all.sort(java.util.Comparator.comparingLong(r -> r.get("line").asLong()));
        assertEquals(2, all.get(0).get("line").asLong(), "the header is line 1");
        return all.stream().map(r -> r.toString().replace(source, "SOURCE")).toList();
    }

    @Test
    void pipelineRefusesAnInputThatMatchesNothingAndBadOptions(@TempDir Path dir) {
        Cli r = Cli.run("pipeline", "--input", dir + "/none-*.ndjson", "--output", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals("writguard: --input: " + dir + "/none-*.ndjson: no file matches", r.err().strip());
        r = Cli.run("pipeline", "--input", "x", "--output", "y", "--format", "xml");
        assertEquals(2, r.code());
        r = Cli.run("pipeline", "--input", "x", "--output", "y", "--beam-option", "nodashes");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--beam-option: nodashes is not --NAME=VALUE"), r.err());
    }
}
