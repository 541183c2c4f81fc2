package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.cases.CaseReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Grammar-based fuzzing (issue 12, "beyond the list"): real cases (examples, test cases, fixtures) mutated field by
 * field with hostile values, then byte by byte, through {@code assess} and {@code assess-batch}. The promises
 * checked: exit 0 or 2 (never 1), one line on stderr for bad input, no stack trace; in batch exactly one record
 * per input line, in order, never an ERROR record, and a resume from any cut gives the uninterrupted output.
 *
 * <p>Seeded, so a failure reproduces: the message names the seed. {@code -Dwritguard.fuzz.seed=N} replays one
 * run; {@code -Dwritguard.fuzz.scale=20} (release checks, docs/DEVELOPING.md) multiplies the number of cases.
 */
class FuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long SEED = Long.getLong("writguard.fuzz.seed", 20261130L);
    static final int SCALE = Integer.getInteger("writguard.fuzz.scale", 1);

    @TempDir
    Path dir;

    /** Every case the repository holds, as trees: the grammar's starting points. */
    static List<JsonNode> seeds() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        CaseReader reader = new CaseReader();
        for (String root : new String[] {"examples", "src/test/resources/cases", "src/test/resources/odd-but-valid"}) {
            try (Stream<Path> s = Files.list(Path.of(root))) {
                for (Path p : s.sorted().toList()) out.add(reader.readTree(p));
            }
        }
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode fx = reader.readTree(p);
                if (fx.isArray()) for (JsonNode f : fx) if (f.has("case")) out.add(f.get("case"));
            }
        }
        return out;
    }

    /** Hostile and boundary values for any scalar. */
    static JsonNode hostile(Random rnd) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (rnd.nextInt(24)) {
            case 0 -> f.textNode("");
            case 1 -> f.numberNode(new java.math.BigDecimal("999999999999999999999999999999"));
            case 2 -> f.numberNode(-1);
            case 3 -> f.numberNode(2562048);
            case 4 -> f.textNode("1900-01-01T00:00:00-05:00");
            case 5 -> f.textNode("2199-12-31T23:59:59+14:00");
            case 6 -> f.textNode("bad\nvalue\r\u0000\u001b[2J");
            case 7 -> f.textNode("\ud800");
            case 8 -> f.textNode("2026-02-30");
            case 9 -> f.textNode("+99999-01-01T00:00:00Z");
            case 10 -> f.numberNode(1e308);
            case 11 -> f.booleanNode(rnd.nextBoolean());
            case 12 -> f.nullNode();
            case 13 -> f.arrayNode();
            case 14 -> f.objectNode();
            case 15 -> f.textNode("x".repeat(250));
            case 16 -> f.textNode("STILL_HELD");
            case 17 -> f.textNode("America/New_York");
            case 18 -> f.textNode("Mars/Olympus");
            case 19 -> f.numberNode(0.0000001);
            case 20 -> f.textNode("2026-13-01");
            case 21 -> f.textNode("\u202e\u2028 right-to-left");
            case 22 -> f.numberNode(Long.MAX_VALUE);
            default -> f.textNode("2026-06-20T12:00:00-04:00");
        };
    }

    /** One structural or value mutation somewhere in the tree. */
    static void mutate(JsonNode root, Random rnd) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(rnd.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int op = rnd.nextInt(6);
            if (names.isEmpty() || op == 0) {
                o.set(rnd.nextBoolean() ? "unknown\nfield" : "parameters", rnd.nextBoolean() ? hostile(rnd)
                        : JSON.createObjectNode().put(pick(rnd, "trac_cutoff", "detainer_hold_max_hours",
                        "judicial_pc_max_hours", "naturalization_1447b_days", "observed_holidays_count"), hostile(rnd).asText()));
            } else {
                String name = names.get(rnd.nextInt(names.size()));
                switch (op) {
                    case 1 -> o.remove(name);
                    case 2 -> o.set(name, hostile(rnd));
                    case 3 -> o.set(name, o.get(name).deepCopy());
                    case 4 -> {
                        JsonNode v = o.get(name);
                        if (v.isArray() && v.size() > 0) ((ArrayNode) v).add(v.get(rnd.nextInt(v.size())).deepCopy());
                        else o.set(name, hostile(rnd));
                    }
                    default -> o.set(name, hostile(rnd));
                }
            }
        } else if (target instanceof ArrayNode a) {
            if (a.size() > 0 && rnd.nextBoolean()) a.remove(rnd.nextInt(a.size()));
            else a.add(hostile(rnd));
        }
    }

    static String pick(Random rnd, String... options) { return options[rnd.nextInt(options.length)]; }

    static void collect(JsonNode n, List<JsonNode> into) {
        if (n.isContainerNode()) {
            into.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) collect(it.next(), into);
        }
    }

    /** Byte-level damage to a line: an invalid UTF-8 byte, a cut, a BOM, a stray quote. */
    static byte[] damage(byte[] b, Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0 -> {
                byte[] c = b.clone();
                c[rnd.nextInt(c.length)] = (byte) (0x80 + rnd.nextInt(0x80));
                return c;
            }
            case 1 -> { return Arrays.copyOf(b, rnd.nextInt(b.length)); }
            case 2 -> {
                byte[] c = new byte[b.length + 3];
                c[0] = (byte) 0xEF;
                c[1] = (byte) 0xBB;
                c[2] = (byte) 0xBF;
                System.arraycopy(b, 0, c, 3, b.length);
                return c;
            }
            case 3 -> {
                byte[] c = b.clone();
                c[rnd.nextInt(c.length)] = '"';
                return c;
            }
            default -> {
                byte[] c = b.clone();
                c[rnd.nextInt(c.length)] = 0;
                return c;
            }
        }
    }

    /** A mutated case as one line of bytes, with no raw line break inside. */
    static byte[] line(List<JsonNode> seeds, Random rnd) throws IOException {
        JsonNode tree = seeds.get(rnd.nextInt(seeds.size())).deepCopy();
        int mutations = rnd.nextInt(4);
        for (int i = 0; i < mutations; i++) mutate(tree, rnd);
        byte[] b = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(5) == 0) b = damage(b, rnd);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) if (x != '\n' && x != '\r') out.write(x);
        return out.toByteArray();
    }

    @Test
    void assessNeverFailsInternallyAndSaysOneLine() throws IOException {
        List<JsonNode> seeds = seeds();
        Random rnd = new Random(SEED);
        int n = 2000 * SCALE;
        int bad = 0;
        for (int i = 0; i < n; i++) {
            byte[] bytes = line(seeds, rnd);
            Path file = dir.resolve("case-" + i + (rnd.nextBoolean() ? ".json" : ".yaml"));
            Files.write(file, bytes);
            // What `assess` does, in process on one shared rule book (a CLI run per case would load it each time):
            // read, assess, render; any exception goes through the CLI's own error reporting.
            Cli r = assessInProcess(file);
            String why = "seed " + SEED + ", case " + i + ": " + new String(bytes, StandardCharsets.UTF_8) + "\n" + r;
            if (r.code() != ExitCodes.OK && r.code() != ExitCodes.BAD_INPUT) fail("exit " + r.code() + ", " + why);
            assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), why);
            if (r.code() == ExitCodes.BAD_INPUT) {
                bad++;
                assertEquals(1, r.err().strip().split("\n", -1).length, why);
                assertFalse(r.err().strip().contains("\r"), why);
                assertTrue(r.err().startsWith("writguard: " + file + ": "), why);
            }
        }
        assertTrue(bad > 0 && bad < n, "the grammar gives both good and bad cases: " + bad + " of " + n);
    }

    static Cli assessInProcess(Path file) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code;
        String out = "";
        try {
            org.writguard.facts.CaseFile c = new CaseReader().read(file);
            out = org.writguard.engine.ReportWriter.text(org.writguard.testing.TestRuleBook.get().assess(c, file.toString()));
            code = ExitCodes.OK;
        } catch (RuntimeException e) {
            java.io.PrintWriter w = new java.io.PrintWriter(err);
            code = Errors.report(e, w, false);
            w.flush();
        }
        return new Cli(code, out, err.toString());
    }

    @Test
    void assessBatchGivesOneRecordPerLineInOrderAndResumesToTheSameOutput() throws IOException {
        List<JsonNode> seeds = seeds();
        Random rnd = new Random(SEED + 1);
        int n = 1500 * SCALE;
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        boolean previousCr = false;
        for (int i = 0; i < n; i++) {
            byte[] l = rnd.nextInt(50) == 0 ? new byte[0] : line(seeds, rnd);
            in.write(l, 0, l.length);
            String end = pick(rnd, "\n", "\n", "\n", "\r\n", "\r");
            // After a lone CR, an empty line ending in LF would read as one CRLF: keep the count unambiguous.
            if (l.length == 0 && previousCr && end.startsWith("\n")) end = "\r";
            previousCr = end.equals("\r");
            in.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
        }
        Path input = dir.resolve("in.ndjson");
        Files.write(input, in.toByteArray());
        Path out = dir.resolve("out.ndjson");
        Cli r = Cli.run("assess-batch", input.toString(), out.toString(), "--no-progress");
        String why = "seed " + (SEED + 1) + ": " + r.err();
        assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.BAD_INPUT, why);
        byte[] full = Files.readAllBytes(out);
        List<String> recs = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(n, recs.size(), "one record per input line; " + why);
        for (int i = 0; i < n; i++) {
            JsonNode rec = JSON.readTree(recs.get(i));
            assertEquals(i + 1, rec.get("line").asInt(), "in order");
            String status = rec.get("status").asText();
            assertTrue(status.equals("ASSESSED") || status.equals("REJECTED"), "line " + (i + 1) + ": " + rec);
            if (status.equals("REJECTED")) {
                String msg = rec.at("/error/message").asText();
                assertFalse(msg.contains("\n") || msg.contains("\r"), msg);
            }
        }
        // A kill at a random byte, then --resume: the same bytes and the same exit code.
        int cut = rnd.nextInt(full.length);
        Files.write(out, Arrays.copyOf(full, cut));
        Cli resumed = Cli.run("assess-batch", input.toString(), out.toString(), "--resume", "--no-progress");
        assertEquals(r.code(), resumed.code(), "cut at " + cut + ": " + resumed.err());
        assertArrayEquals(full, Files.readAllBytes(out), "cut at " + cut);
    }
}
