package org.writguard.internal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `writguard bench --pipeline` (issue 16): the Beam pipeline on the DirectRunner against `assess-batch` on the same
 * generated records, each run as a user runs it (bin/writguard, default settings), interleaved so that both see the
 * same load. It prints each run's throughput and peak heap (as the commands report them), their CPU time, and the
 * ratio of the medians. It asserts nothing.
 */
public final class PipelineBench {
    private static final Pattern SUMMARY = Pattern.compile("read ([\\d,]+), assessed ([\\d,]+), rejected ([\\d,]+) in ([\\d.]+) s"
            + " \\(([\\d,]+) cases/s, peak heap (\\d+) MB\\)");

    private final Path home;
    private final PrintWriter out;
    private final long records;
    private final int rounds;

    public PipelineBench(Path home, PrintWriter out, long records, int rounds) {
        this.home = home;
        this.out = out;
        this.records = records;
        this.rounds = rounds;
    }

    /** One run's figures. */
    record Run(double seconds, long casesPerSecond, long peakHeapMb, double cpuSeconds) { }

    public void run() throws Exception {
        Path tmp = Files.createTempDirectory("writguard-bench-pipeline");
        try {
            Path in = tmp.resolve("holds.ndjson");
            out.printf("(8) pipeline (DirectRunner) vs assess-batch on %,d generated records, %d round(s), %d cores%n",
                    records, rounds, Runtime.getRuntime().availableProcessors());
            out.flush();
            command(List.of("generate", "holds", "--count", Long.toString(records), "--seed", "16", "--out", in.toString()));
            out.printf("    input: %,d bytes (writguard generate holds --seed 16)%n", Files.size(in));
            List<Run> batch = new ArrayList<>();
            List<Run> pipe = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                Run b = command(List.of("assess-batch", "--no-progress", in.toString(), tmp.resolve("batch.ndjson").toString()));
                Files.deleteIfExists(tmp.resolve("batch.ndjson"));
                print("assess-batch", b);
                Path outDir = tmp.resolve("pipe" + i);
                Run p = command(List.of("pipeline", "--input", in.toString(), "--output", outDir.resolve("run").toString()));
                Bench.deleteTree(outDir);
                print("pipeline    ", p);
                batch.add(b);
                pipe.add(p);
            }
            double bs = median(batch.stream().map(Run::seconds).toList());
            double ps = median(pipe.stream().map(Run::seconds).toList());
            out.printf("(8) pipeline / assess-batch, median wall time: %.2fx (target: within 1.5x); median %,.0f vs %,.0f cases/s;"
                            + " peak heap %d MB vs %d MB%n", ps / bs, records / ps, records / bs,
                    pipe.stream().mapToLong(Run::peakHeapMb).max().orElse(0), batch.stream().mapToLong(Run::peakHeapMb).max().orElse(0));
            out.flush();
        } finally {
            Bench.deleteTree(tmp);
        }
    }

    private void print(String what, Run r) {
        out.printf("    %s %7.1f s  %,7d cases/s  peak heap %4d MB  CPU %6.1f s%n", what, r.seconds(), r.casesPerSecond(),
                r.peakHeapMb(), r.cpuSeconds());
        out.flush();
    }

    /** Runs bin/writguard with these arguments; its figures from its summary line and the process's CPU time. */
    private Run command(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("bin/writguard").toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IllegalStateException("benchmark step failed (exit " + code + "): " + String.join(" ", cmd)
                + ": " + err.strip().lines().reduce((a, b) -> b).orElse(""));
        double cpu = cpuOfChildren();
        Matcher m = SUMMARY.matcher(err);
        if (!m.find()) return new Run(secs, 0, 0, cpu);
        return new Run(secs, Long.parseLong(m.group(5).replace(",", "")), Long.parseLong(m.group(6)), cpu);
    }

    private double lastChildrenCpu;

    /** CPU seconds (user + system) of this process's waited-for children since the previous call (Linux /proc). */
    private double cpuOfChildren() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) return Double.NaN;
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        // Fields 16 and 17 (cutime, cstime) of proc(5), counted from the state field (3).
        double now = (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
        double d = now - lastChildrenCpu;
        lastChildrenCpu = now;
        return d;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }
}
