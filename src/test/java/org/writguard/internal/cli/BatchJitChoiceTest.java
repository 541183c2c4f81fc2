package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * bin/writguard's choice of JIT for assess-batch (docs/limits.md): the client compiler for an input file under
 * 100,000 lines, the server compiler with shallow inlining otherwise. The script's function is run on its own, so
 * no JVM starts and nothing is built.
 */
class BatchJitChoiceTest {
    private static final String CLIENT = "-XX:TieredStopAtLevel=1";
    private static final String SERVER = "-XX:MaxInlineLevel=3 -XX:MaxInlineSize=20 -XX:FreqInlineSize=100 -XX:InlineSmallCode=500";

    @TempDir Path dir;

    private static String choice(Map<String, String> env, String... args) throws Exception {
        String script = Files.readString(Path.of("bin/writguard"), StandardCharsets.UTF_8);
        int from = script.indexOf("batch_jit() {");
        int to = script.indexOf("\n}\n", from);
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", script.substring(from, to + 3) + "\nbatch_jit \"$@\"", "bash", "assess-batch"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("WRITGUARD_BATCH_JIT");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private Path lines(String name, int n) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "{}\n".repeat(n));
        return f;
    }

    @Test
    void smallFilesRunOnTheClientCompilerLargeOnesAndStandardInputOnTheServerCompiler() throws Exception {
        String small = lines("small.ndjson", 99_999).toString();
        String large = lines("large.ndjson", 100_000).toString();
        assertEquals(CLIENT, choice(Map.of(), small, "out.ndjson"));
        assertEquals(SERVER, choice(Map.of(), large, "out.ndjson"));
        assertEquals(SERVER, choice(Map.of(), "-", small));
        // Options before the input, with their values, are passed over; the output file is never the one counted.
        assertEquals(CLIENT, choice(Map.of(), "--threads", "2", "--output", "findings", "--no-progress", small, large));
        assertEquals(SERVER, choice(Map.of(), "--input-format", "holds-csv", "--case-timeout=5", large, small));
        // A missing input is left to the command to report; the choice does not fail.
        assertEquals(SERVER, choice(Map.of(), dir.resolve("absent.ndjson").toString(), "out.ndjson"));
    }

    @Test
    void theEnvironmentOverridesTheChoice() throws Exception {
        String small = lines("small.ndjson", 10).toString();
        String large = lines("large.ndjson", 100_000).toString();
        assertEquals(SERVER, choice(Map.of("WRITGUARD_BATCH_JIT", "server"), small, "out.ndjson"));
        assertEquals(CLIENT, choice(Map.of("WRITGUARD_BATCH_JIT", "client"), large, "out.ndjson"));
        assertEquals(CLIENT, choice(Map.of("WRITGUARD_BATCH_JIT", "auto"), small, "out.ndjson"));
    }
}
