package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.writguard.internal.cli.AssessBatchFaultsTest.caseLine;
import static org.writguard.internal.cli.AssessBatchFaultsTest.records;

/** Issue 12, items 3 to 6 and 10 and the per-case time budget: every line one record, in order, whatever its bytes. */
class AssessBatchRobustnessTest {

    static Cli run(String... args) { return Cli.run(args); }

    @Test
    void aLoneSurrogateEscapeIsOneRejectedRecordAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        String bad = caseLine(2).replace("\"e2\"", "\"e\\ud800\"");
        Files.writeString(in, caseLine(1) + "\n" + bad + "\n" + caseLine(3) + "\n"
                + "{\"as_of\":\"2026-05-03T09:00:00-04:00\",\"x\\ud800\":1}\n" + caseLine(5) + "\n");
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        List<JsonNode> recs = records(out);
        assertEquals(5, recs.size(), "one record per line, none twice: " + Files.readString(out));
        String[] status = {"ASSESSED", "REJECTED", "ASSESSED", "REJECTED", "ASSESSED"};
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, recs.get(i).get("line").asInt());
            assertEquals(status[i], recs.get(i).get("status").asText(), recs.get(i).toString());
        }
        assertEquals("encounters[0].encounter_id", recs.get(1).at("/error/field").asText(), recs.get(1).toString());
        assertTrue(recs.get(1).at("/error/message").asText().contains("lone UTF-16 surrogate"), recs.get(1).toString());
        assertTrue(recs.get(3).at("/error/message").asText().contains("surrogate"), recs.get(3).toString());
        // And resuming onto the finished output changes nothing and gives the same exit code.
        byte[] full = Files.readAllBytes(out);
        Cli again = run("assess-batch", in.toString(), out.toString(), "--resume", "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, again.code(), again.err());
        assertArrayEquals(full, Files.readAllBytes(out));
    }

    @Test
    void anInvalidUtf8ByteDeepInTheInputIsOneRejectedRecordNamingItsLine(@TempDir Path dir) throws IOException {
        int n = 3000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= n; i++) {
            byte[] line = caseLine(i).getBytes(StandardCharsets.UTF_8);
            if (i == 2500) line[line.length / 2] = (byte) 0xE9;           // Latin-1 é in a UTF-8 file
            if (i == 2700) line = Arrays.copyOf(line, line.length + 1);   // a trailing NUL is still UTF-8
            bytes.write(line, 0, line.length);
            bytes.write('\n');
        }
        Path in = dir.resolve("in.ndjson");
        Files.write(in, bytes.toByteArray());
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        List<JsonNode> recs = records(out);
        assertEquals(n, recs.size());
        JsonNode bad = recs.get(2499);
        assertEquals(2500, bad.get("line").asInt());
        assertEquals("REJECTED", bad.get("status").asText());
        assertTrue(bad.at("/error/message").asText().startsWith(in + ":2500: not UTF-8 text (byte 0xE9 at byte"), bad.toString());
        assertEquals("ASSESSED", recs.get(2500).get("status").asText());
        assertEquals("REJECTED", recs.get(2699).get("status").asText(), "a NUL is not JSON: " + recs.get(2699));
        assertTrue(r.err().contains("read 3000, assessed 2998, rejected 2"), r.err());
    }

    @Test
    void resumeAfterAKillThatFollowedARejectedRecordExitsAsTheUninterruptedRunDoes(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, caseLine(1) + "\n{broken\n" + caseLine(3) + "\n" + caseLine(4) + "\n");
        Path full = dir.resolve("full.ndjson");
        assertEquals(ExitCodes.BAD_INPUT, run("assess-batch", in.toString(), full.toString(), "--no-progress").code());
        List<String> lines = Files.readAllLines(full);
        Path partial = dir.resolve("partial.ndjson");
        Files.writeString(partial, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 30));
        Cli r = run("assess-batch", in.toString(), partial.toString(), "--resume", "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "the kept REJECTED record counts: " + r.err());
        assertEquals(Files.readAllLines(full), Files.readAllLines(partial));
        assertTrue(r.err().contains("skipped 2 already done (1 of them rejected)"), r.err());
    }

    @Test
    void resumeRefusesATornOrCorruptOutputInsteadOfCarryingOn(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, caseLine(1) + "\n" + caseLine(2) + "\n" + caseLine(3) + "\n");
        Path full = dir.resolve("full.ndjson");
        assertEquals(ExitCodes.OK, run("assess-batch", in.toString(), full.toString(), "--no-progress").code());
        List<String> lines = Files.readAllLines(full);
        String[][] damaged = {
                {lines.get(0), lines.get(0)},                                  // record 1 twice
                {lines.get(0), lines.get(1).substring(0, 50)},                 // a torn record, then a newline
                {lines.get(0), "garbage"},                                     // not a record
                {lines.get(1)},                                                // starts at record 2
                {lines.get(0), lines.get(1), lines.get(2), lines.get(2).replace("\"line\":3", "\"line\":4")}};
        for (String[] d : damaged) {
            Path out = dir.resolve("damaged.ndjson");
            Files.writeString(out, String.join("\n", d) + "\n");
            byte[] before = Files.readAllBytes(out);
            Cli r = run("assess-batch", in.toString(), out.toString(), "--resume", "--no-progress");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), String.join(" | ", d) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("writguard: " + out + ": ") && r.err().contains("--resume refused")
                    || r.err().contains("it is not this input's output"), r.err());
            assertArrayEquals(before, Files.readAllBytes(out), "a refused resume leaves the output as it was");
        }
        Path bin = dir.resolve("binary.ndjson");
        Files.write(bin, new byte[] {'{', (byte) 0xFF, '}', '\n'});
        Cli r = run("assess-batch", in.toString(), bin.toString(), "--resume", "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("not UTF-8 text; --resume refused"), r.err());
    }

    @Test
    void batchToAFullStandardOutputExitsFive() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "/dev/full is not available here");
        Path in = Files.createTempFile("writguard-batch", ".ndjson");
        PrintStream old = System.out;
        try (PrintStream devFull = new PrintStream(new FileOutputStream(full.toFile()), false, StandardCharsets.UTF_8)) {
            Files.writeString(in, caseLine(1) + "\n" + caseLine(2) + "\n");
            System.setOut(devFull);
            Cli r = run("assess-batch", in.toString(), "-", "--no-progress");
            assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
            assertTrue(r.err().startsWith("writguard: -: cannot write: "), r.err());
        } finally {
            System.setOut(old);
            Files.deleteIfExists(in);
        }
    }

    @Test
    void assessToAFullStandardOutputExitsFive() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "/dev/full is not available here");
        PrintStream old = System.out;
        try (PrintStream devFull = new PrintStream(new FileOutputStream(full.toFile()), false, StandardCharsets.UTF_8)) {
            System.setOut(devFull);
            CommandLine cl = Main.commandLine();        // its standard output is System.out, as in bin/writguard
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("assess", "examples/scenario-02-wso-interrogation-fl.yaml");
            assertEquals(ExitCodes.OUTPUT, code, err.toString());
            assertTrue(err.toString().startsWith("writguard: the report could not be written"), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void theHoldsCsvAcceptsAByteOrderMarkAndRefusesAColumnGivenTwice(@TempDir Path dir) throws IOException {
        String header = "as_of,agency_id,agency_state,hold_id,facility_tz,release_eligible_at,hold_ended_at,hold_end_reason";
        String row = "2026-10-06T06:00:00-04:00,PA-x,PA,h1,America/New_York,2026-10-05T10:00:00-04:00,2026-10-05T12:00:00-04:00,RELEASED";
        Path in = dir.resolve("holds.csv");
        Files.writeString(in, "\uFEFF" + header + "\r\n" + row + "\r\n");
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--input-format", "holds_csv", "--no-progress");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("ASSESSED", records(out).get(0).get("status").asText());

        Files.writeString(in, header + ",HOLD_ID\n" + row + ",h2\n");
        r = run("assess-batch", in.toString(), out.toString(), "--input-format", "holds_csv", "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(in + ":1: column \"hold_id\" is given twice (columns 4 and 9)"), r.err());
    }

    @Test
    void anInvalidUtf8ByteInAHoldsCsvRowIsOneRejectedRecord(@TempDir Path dir) throws IOException {
        String header = "as_of,agency_id,agency_state,hold_id,facility_tz,release_eligible_at,hold_ended_at,hold_end_reason\n";
        String row = "2026-10-06T06:00:00-04:00,PA-x,PA,h%d,America/New_York,2026-10-05T10:00:00-04:00,2026-10-05T12:00:00-04:00,RELEASED\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(String.format(row, 1).getBytes(StandardCharsets.UTF_8));
        b.writeBytes(String.format(row, 2).replace("h2", "h\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(String.format(row, 3).getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("holds.csv");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--input-format", "holds_csv", "--no-progress");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        List<JsonNode> recs = records(out);
        assertEquals(List.of(2, 3, 4), recs.stream().map(j -> j.get("line").asInt()).toList());
        assertEquals("REJECTED", recs.get(1).get("status").asText());
        assertTrue(recs.get(1).at("/error/message").asText().contains(":3: not UTF-8 text (byte 0xE9"), recs.get(1).toString());
        assertEquals("ASSESSED", recs.get(2).get("status").asText());
    }

    @Test
    void aCaseOverItsTimeBudgetIsARejectedRecordAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        // 100 holds from 1900 still held in 2199 (the attack), with a budget far below what they need.
        StringBuilder holds = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            if (i > 0) holds.append(',');
            holds.append("{\"hold_id\":\"h").append(i).append("\",\"agency_id\":\"X-a\",\"facility_tz\":\"America/New_York\",")
                    .append("\"release_eligible_at\":\"1900-01-02T10:00:00-05:00\",\"hold_started_at\":\"1900-01-02T10:00:00-05:00\",")
                    .append("\"hold_end_reason\":\"STILL_HELD\",\"detainer\":{\"form\":\"I247A\",\"received_at\":\"1900-01-01T10:00:00-05:00\"}}");
        }
        String heavy = "{\"as_of\":\"2199-06-01T09:00:00-04:00\",\"agencies\":[{\"agency_id\":\"X-a\",\"state\":\"GA\",\"moas\":[]}],"
                + "\"holds\":[" + holds + "]}";
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, caseLine(1) + "\n" + heavy + "\n" + caseLine(3) + "\n");
        Path out = dir.resolve("out.ndjson");
        Cli r = run("assess-batch", in.toString(), out.toString(), "--no-progress", "--threads", "1", "--case-timeout", "0.001");
        List<JsonNode> recs = records(out);
        assertEquals(3, recs.size());
        assertEquals("REJECTED", recs.get(1).get("status").asText(), recs.get(1).toString());
        assertEquals(in + ":2: the case took longer than 0.001 s (--case-timeout); its assessment was abandoned",
                recs.get(1).at("/error/message").asText());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("over the --case-timeout"), r.err());

        // Within a 10 s budget the same case is assessed (it took 48 s when the clocks walked day by day).
        Cli ok = run("assess-batch", in.toString(), out.toString(), "--no-progress", "--threads", "1", "--case-timeout", "10");
        assertEquals("ASSESSED", records(out).get(1).get("status").asText(), ok.err());
    }

    @Test
    void aCaseTimeoutOutOfBoundsIsAUsageError(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, caseLine(1) + "\n");
        for (String bad : new String[] {"0", "-1", "99999"}) {
            Cli r = run("assess-batch", in.toString(), dir.resolve("o").toString(), "--case-timeout", bad);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("--case-timeout"), r.err());
        }
    }
}
