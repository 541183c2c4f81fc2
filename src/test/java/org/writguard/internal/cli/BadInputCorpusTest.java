package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every malformed or hostile case file under {@code src/test/resources/bad-input/} makes {@code writguard assess}
 * exit 2 with one line on stderr naming the file, the field path and the problem that {@code expected.yaml} lists;
 * never a stack trace, never a hang.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** A file the reader rejects needs no rule book: well under a second; this leaves room for a busy machine. */
    static final Duration READER_LIMIT = Duration.ofSeconds(5);
    /** A problem found while the rule book is applied also pays for loading the rule book from its cache. */
    static final Duration RULE_BOOK_LIMIT = Duration.ofSeconds(20);
    /** Java class or package names in a message mean an exception leaked through. */
    static final Pattern LEAK = Pattern.compile(
            "\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|javax|com\\.fasterxml|org\\.yaml|org\\.writguard|org\\.drools|org\\.kie)\\.");

    @TempDir
    static Path generated;

    record Run(int code, String out, String err) { }

    static Run assess(Path file) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("assess", file.toString());
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildTheRuleBookCacheAndGenerateTheLargeAndBinaryFiles() throws IOException {
        // The first rule-book load may compile the tables; the timed runs below only read the cache.
        assertEquals(0, assess(Path.of("examples/scenario-02-wso-interrogation-fl.yaml")).code());
        String asOf = "as_of: 2026-06-20T12:00:00-04:00\n";
        write("deeply-nested.yaml", asOf + "parameters:\n  trac_weights: " + "[".repeat(200) + "]".repeat(200) + "\n");
        write("deeply-nested.json", "{\"as_of\": \"2026-06-20T12:00:00-04:00\", \"parameters\": {\"trac_weights\": "
                + "[".repeat(200) + "]".repeat(200) + "}}");
        StringBuilder big = new StringBuilder(asOf);
        String comment = "# " + "padding ".repeat(12) + "\n";
        while (big.length() <= 5 * 1024 * 1024) big.append(comment);
        write("very-large-document.yaml", big.toString());
        write("too-many-values.yaml", asOf + "parameters:\n  trac_weights: [" + "1, ".repeat(100_001) + "1]\n");
        write("long-token.yaml", asOf + "agencies:\n  - {agency_id: GA-x, name: " + "x".repeat(150_000) + "}\n");
        String digits = "9".repeat(2000);
        write("long-number.json", "{\"as_of\": \"2026-06-20T12:00:00-04:00\", \"agencies\": [{\"agency_id\": \"GA-x\","
                + " \"sworn_officer_count\": " + digits + "}]}");
        write("long-number.yaml", asOf + "agencies:\n  - {agency_id: GA-x, sworn_officer_count: " + digits + "}\n");
        // "Café" saved as Latin-1: the é is the single byte 0xE9.
        byte[] head = (asOf + "agencies:\n  - {agency_id: GA-x, name: Caf").getBytes(StandardCharsets.US_ASCII);
        writeBytes("non-utf8-bytes.yaml", concat(head, new byte[] {(byte) 0xE9, '}', '\n'}));
        writeBytes("utf16-with-bom.yaml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                asOf.getBytes(StandardCharsets.UTF_16LE)));
        write("nul-byte.yaml", asOf + "agencies:\n  - {agency_id: GA-\u0000x}\n");
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileExitsTwoWithOneLineNamingFileFieldAndProblem() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expectations().entrySet()) {
            String name = e.getKey();
            JsonNode x = e.getValue();
            Path file = x.path("generated").asBoolean() ? generated.resolve(name) : CORPUS.resolve(name);
            Duration limit = x.path("rule_book").asBoolean() ? RULE_BOOK_LIMIT : READER_LIMIT;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Run r = assertTimeoutPreemptively(limit, () -> assess(file), name + " took too long");
                check(file, x.path("field").asText(), x.path("says").asText(), r);
            }));
        }
        return tests.stream();
    }

    static void check(Path file, String field, String says, Run r) {
        String err = r.err();
        assertEquals(2, r.code(), "exit code; stderr: " + err);
        assertEquals("", r.out(), "nothing on stdout");
        List<String> lines = err.strip().lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stderr: " + err);
        String line = lines.get(0);
        String start = "writguard: " + file + ": " + (field.isEmpty() ? "" : field + ": ");
        assertTrue(line.startsWith(start), "starts with '" + start + "': " + line);
        if (field.isEmpty()) {
            assertFalse(line.substring(start.length()).matches("^[a-z_]+(\\[\\d+])?(\\.[a-z_]+)*: .*"),
                    "expected no field path: " + line);
        }
        assertTrue(line.contains(says), "says '" + says + "': " + line);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(LEAK.matcher(line).find(), "no Java class names: " + line);
    }

    @Test
    void everyFileInTheCorpusHasAnExpectationAndEveryExpectationAFile() throws IOException {
        Map<String, JsonNode> expected = expectations();
        TreeSet<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> listed = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            if (e.getValue().path("generated").asBoolean()) {
                assertTrue(Files.exists(generated.resolve(e.getKey())), "generated by the test: " + e.getKey());
                assertFalse(files.contains(e.getKey()), "generated, so not stored: " + e.getKey());
            } else {
                listed.add(e.getKey());
            }
            assertTrue(e.getValue().path("says").asText().length() > 3, "a phrase to look for: " + e.getKey());
        }
        assertEquals(files, listed, "bad-input/ and expected.yaml list the same files");
        assertTrue(expected.size() >= 70, "corpus size " + expected.size());
    }

    static Map<String, JsonNode> expectations() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(CORPUS.resolve("expected.yaml").toFile());
        Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(generated.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void writeBytes(String name, byte[] bytes) throws IOException {
        Files.write(generated.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
