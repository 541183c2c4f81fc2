package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.batch.BatchRunner;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** assess-batch under faults: bad lines, overlong lines, a full disk, an unwritable path, a kill at any byte. */
class AssessBatchFaultsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Cli run(String... args) { return Cli.run(args); }

    static String caseLine(int i) {
        String state = i % 2 == 0 ? "GA" : "FL";
        return "{\"as_of\":\"2026-05-03T09:00:00-04:00\",\"agencies\":[{\"agency_id\":\"X-a\",\"state\":\"" + state
                + "\",\"moas\":[]}],\"officers\":[{\"officer_id\":\"o1\",\"agency_id\":\"X-a\"}],"
                + "\"encounters\":[{\"encounter_id\":\"e" + i + "\",\"agency_id\":\"X-a\",\"started_at\":\"2026-05-02T09:00:00-04:00\","
                + "\"function_events\":[{\"event_id\":\"ev1\",\"officer_id\":\"o1\",\"function\":\"ISSUE_DETAINER\","
                + "\"location_type\":\"LEA_JAIL\",\"at\":\"2026-05-02T10:00:00-04:00\",\"claimed_authority\":\"MOA_287G\"}]}]}";
    }

    static List<JsonNode> records(Path out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String l : Files.readAllLines(out)) list.add(JSON.readTree(l));
        return list;
    }

    @Test
    void badLinesBecomeErrorRecordsWithTheirLineNumbersAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        List<String> lines = List.of(
                caseLine(1),
                "{\"as_of\": \"2026-05-03T09:00:00-04:00\", \"agencies\": [",           // truncated JSON
                caseLine(3),
                "",                                                                      // blank line
                "{\"as_of\": \"2026-05-03T09:00:00-04:00\", \"holds\": [{\"hold_id\": \"h1\", \"agency_id\": \"GA-nowhere\"}]}",
                "[1, 2, 3]",                                                             // not a case
                "{\"as_of\": \"+99999-05-03T09:00:00-04:00\"}",                          // impossible year
                caseLine(8));
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, String.join("\n", lines) + "\n");
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "some lines were rejected: " + r.err());
        List<JsonNode> recs = records(out);
        assertEquals(lines.size(), recs.size(), "one record per line");
        String[] status = {"ASSESSED", "REJECTED", "ASSESSED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "ASSESSED"};
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, recs.get(i).get("line").asInt());
            assertEquals(status[i], recs.get(i).get("status").asText(), recs.get(i).toString());
        }
        assertTrue(recs.get(1).at("/error/message").asText().startsWith(in + ":2: line 1, column"), recs.get(1).toString());
        assertEquals("holds[0].agency_id", recs.get(4).at("/error/field").asText(), "unknown agency, found by the engine");
        assertTrue(recs.get(4).at("/error/message").asText().contains("nearest roster ids"), recs.get(4).toString());
        assertEquals("as_of", recs.get(6).at("/error/field").asText());
        assertTrue(r.err().contains("read 8, assessed 3, rejected 5"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aLineOverTheLimitIsRejectedWithoutBeingKeptAndTheNextLineIsRead(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write(caseLine(1) + "\r\n");
            w.write("{\"as_of\": \"2026-05-03T09:00:00-04:00\", \"notes\": \"");
            char[] block = new char[1 << 16];
            Arrays.fill(block, 'x');
            for (long n = 0; n <= BatchRunner.MAX_LINE_CHARS; n += block.length) w.write(block);
            w.write("\"}\r\n");
            w.write(caseLine(3) + "\n");
        }
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        List<JsonNode> recs = records(out);
        assertEquals(3, recs.size());
        assertEquals("ASSESSED", recs.get(0).get("status").asText());
        assertTrue(recs.get(1).at("/error/message").asText().contains(":2: the line is longer than"), recs.get(1).toString());
        assertEquals(3, recs.get(2).get("line").asInt());
        assertEquals("ASSESSED", recs.get(2).get("status").asText());
    }

    @Test
    void aFullDiskExitsFiveNamingTheOutput(@TempDir Path dir) throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "/dev/full is not available here");
        Path in = dir.resolve("in.ndjson");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) sb.append(caseLine(i)).append('\n');
        Files.writeString(in, sb);
        Cli r = run("assess-batch", in.toString(), full.toString(), "--no-progress");
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("writguard: /dev/full: cannot write: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void anOutputPathThatCannotBeCreatedExitsFive(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, caseLine(1) + "\n");
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");
        Path out = notADirectory.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress");
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("writguard: " + out + ": cannot write"), r.err());
    }

    @Test
    void assessExitsFiveWhenItsReportCannotBeWritten() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new Writer() {
            @Override public void write(char[] b, int off, int len) throws IOException { throw new IOException("No space left on device"); }
            @Override public void flush() throws IOException { throw new IOException("No space left on device"); }
            @Override public void close() { }
        }));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("assess", "examples/scenario-02-wso-interrogation-fl.yaml");
        assertEquals(ExitCodes.OUTPUT, code, err.toString());
        assertTrue(err.toString().startsWith("writguard: the report could not be written"), err.toString());
    }

    /**
     * A run killed at any moment leaves a prefix of the full output, cut at any byte (the writer flushes its
     * buffer mid-chunk). Resuming from each of these prefixes gives exactly the uninterrupted output.
     */
    @Test
    void resumingAfterAKillAtAnyByteOfAnyChunkGivesTheUninterruptedOutput(@TempDir Path dir) throws Exception {
        int n = BatchRunner.CHUNK * 2 + 300;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(i % 701 == 0 ? "{broken\n" : caseLine(i) + "\n");
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, sb);
        Path fullOut = dir.resolve("full.ndjson");
        assertEquals(ExitCodes.BAD_INPUT, run("assess-batch", in.toString(), fullOut.toString(), "--no-progress").code());
        byte[] full = Files.readAllBytes(fullOut);
        List<Integer> ends = new ArrayList<>();      // byte offset just past each record's newline
        for (int i = 0; i < full.length; i++) if (full[i] == '\n') ends.add(i + 1);
        assertEquals(n, ends.size());
        Random rnd = new Random(42);
        long[] cuts = {
                0,                                                        // killed before the first record
                ends.get(0) / 2,                                          // inside the first record
                ends.get(999) + 7,                                        // mid first chunk, torn record
                ends.get(BatchRunner.CHUNK - 1),                          // exactly at the first chunk's end
                ends.get(BatchRunner.CHUNK - 1) + 1,                      // one byte into the second chunk
                ends.get(BatchRunner.CHUNK + 1234) - 1,                   // mid second chunk, newline missing
                ends.get(2 * BatchRunner.CHUNK + 10) + rnd.nextInt(100),  // inside the last chunk
                full.length - 1,                                          // all but the last newline
                full.length};                                             // killed after the last write
        for (long cut : cuts) {
            Path partial = dir.resolve("partial-" + cut + ".ndjson");
            Files.write(partial, Arrays.copyOf(full, (int) cut));
            Cli r = run("assess-batch", in.toString(), partial.toString(), "--resume", "--no-progress");
            assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.BAD_INPUT, "cut at " + cut + ": " + r.err());
            assertTrue(Arrays.equals(full, Files.readAllBytes(partial)), "cut at byte " + cut + " resumes to the full output");
        }
    }
}
