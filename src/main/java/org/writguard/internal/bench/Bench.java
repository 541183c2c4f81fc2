package org.writguard.internal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.engine.Engine;
import org.writguard.facts.CaseFile;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableWriter;
import org.writguard.internal.topics.roster.RosterTable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The performance benchmark behind `bin/writguard bench` (docs/performance.md). It prints figures; it
 * asserts nothing. Child processes are used where a fresh JVM is the point (cold start, rebuild).
 */
public final class Bench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home;
    private final PrintWriter out;
    private final boolean quick;

    public Bench(Path home, PrintWriter out, boolean quick) {
        this.home = home;
        this.out = out;
        this.quick = quick;
    }

    public void run() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("writguard benchmark: %d cores, %s, max heap %d MB, %s%n", cores, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, quick ? "quick" : "full");
        out.flush();
        coldStart();
        embedderLoad();
        rebuild();
        List<String> pool = casePool();
        Engine book = Engine.load(home.resolve("decision-tables"), home.resolve("rules"));
        batch(pool, cores);
        perCaseCpu(book, pool);
        perCaseVsBatched(book, pool, cores);
        if (large) largeBatch();
        rosterScaling(cores);
        uncertainDates(book);
        targets();
    }

    private boolean large;

    /** Also runs the long part: assess-batch on 1,000,000 generated holds (its heap), about 2-4 minutes more. */
    public Bench large(boolean on) {
        this.large = on;
        return this;
    }

    /** The figures of issue 17's target table, filled in as the run measures them. */
    private final Map<String, String> now = new LinkedHashMap<>();

    /** Issue 17's targets: measure, the figure the issue started from, the target, and this run's figure. */
    private static final String[][] TARGETS = {
        {"cold", "cold `bin/writguard assess` on an example", "1.6 s", "under 1.0 s"},
        {"load", "`RuleBook` warm load in a running JVM (cache present)", "12-19 s (no cache)", "under 1.0 s"},
        {"rebuild", "rebuild after one cell edit (new JVM / hot reload)", "3.5 s / 4.0 s", "under 2.0 s both"},
        {"batch", "`assess-batch`, full reports, fixture mix, disk to disk", "9,870/s", "20,000/s"},
        {"lean", "`assess-batch --output findings` (lean record)", "-", "50,000/s"},
        {"cpu", "per-case CPU, warm, no output", "~80 µs", "under 30 µs"},
        {"heap", "batch heap, any input size, default settings", "1.5 GB seen", "under 512 MB"},
    };

    /** Prints issue 17's table with this run's figures (docs/performance.md shows a full run's). */
    void targets() {
        out.println();
        out.println("issue 17 targets (this run):");
        out.println("| measure | earlier (issue 17) | target | now |");
        out.println("|---|---|---|---|");
        for (String[] t : TARGETS) {
            out.printf("| %s | %s | %s | %s |%n", t[1], t[2], t[3], now.getOrDefault(t[0], "not measured in this run"));
        }
        out.flush();
    }

    /** A figure of this run for the target table. */
    private void record(String key, String figure) {
        now.merge(key, figure, (a, b) -> a + "; " + b);
    }

    /** Only (1), the cold start, and the target table (`bench --cold`). */
    public void runCold() throws Exception {
        out.printf("writguard benchmark: %d cores, %s, cold start only%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        coldStart();
        targets();
    }

    /** Only (6), the cost of dates known in part (`bench --uncertain-dates`). */
    public void runUncertainDates() {
        out.printf("writguard benchmark: %d cores, %s, dates known in part only%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        uncertainDates(Engine.load(home.resolve("decision-tables"), home.resolve("rules")));
    }

    /** Fields of {@link #UNCERTAIN_CASE} written exactly and, for (6), known only in part (DOMAIN.md 13.5). */
    private static final String[][] UNCERTAIN_FIELDS = {
        {"2026-06-08T09:00:00-04:00", "2026-06-08"}, {"2026-06-08T10:00:00-04:00", "2026-06-08"},
        {"2026-06-05T10:00:00-04:00", "2026-06-05"}, {"2026-06-19T10:00:00-04:00", "2026-06-19"},
        {"2024-06-03", "2024-06"}, {"2025-01-15", "2025-01"},
    };
    private static final String UNCERTAIN_CASE = "as_of: 2026-06-30T12:00:00-04:00\n"
            + "agencies: [{agency_id: GA-example-county-jail, state: GA, moas: []}]\n"
            + "holds:\n  - {hold_id: h, agency_id: GA-example-county-jail, facility_state: GA, facility_tz: America/New_York,"
            + " release_eligible_at: %s, hold_started_at: %s, hold_ended_at: %s, hold_end_reason: ICE_ASSUMED_CUSTODY,"
            + " detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: FINAL_ORDER,"
            + " served_on_subject: true, form_excludes_weekends_holidays: false, received_at: %s}}\n"
            + "applications:\n  - {application_id: n, form_type: N400, filed_on: %s, biometrics_on: 2024-07-01,"
            + " interview_on: %s, in_removal_proceedings: false, applicant_state: NY}\n";

    /** (6) Reading and assessing one case with 0, 1, 3 and 6 dates known only in part (64 readings at 6). */
    void uncertainDates(Engine book) {
        CaseReader reader = new CaseReader();
        StringBuilder line = new StringBuilder("(6) dates known in part, read + assess per case, 1 thread:");
        double exact = 0;
        for (int k : new int[] {0, 1, 3, 6}) {
            Object[] values = new Object[6];
            // Order of the template: release_eligible_at, hold_started_at, hold_ended_at, received_at, filed_on, interview_on.
            int[] slot = {0, 1, 3, 2, 4, 5};
            for (int i = 0; i < 6; i++) values[slot[i]] = UNCERTAIN_FIELDS[i][i < k ? 1 : 0];
            String yaml = String.format(UNCERTAIN_CASE, values);
            int n = Math.max(20, (quick ? 4_000 : 20_000) >> k);
            for (int i = 0; i < n; i++) book.assess(reader.read(yaml, "bench.yaml"));
            long t0 = System.nanoTime();
            long readNs = 0;
            for (int i = 0; i < n; i++) {
                long r0 = System.nanoTime();
                CaseFile c = reader.read(yaml, "bench.yaml");
                readNs += System.nanoTime() - r0;
                book.assess(c);
            }
            double us = (System.nanoTime() - t0) / 1e3 / n;
            if (k == 0) exact = us;
            line.append(String.format(java.util.Locale.ROOT, " %d: %,.0f µs (read %,.0f µs)%s;", k, us, readNs / 1e3 / n,
                    k == 0 ? "" : String.format(java.util.Locale.ROOT, ", %.1fx", us / exact)));
        }
        out.println(line.substring(0, line.length() - 1));
        out.flush();
    }

    /**
     * (1) A new JVM running `writguard assess` on an example, with the precompiled rule book in the cache: as a user
     * runs it (bin/writguard: its CDS archive and flags), and, in the same rounds, the same JVM with the kjar loaded
     * through Drools' KIE container (the route before issue 17's cold-start work) and without the CDS archive. The
     * variants alternate within each round, so a busy machine weighs on all of them alike.
     */
    void coldStart() throws Exception {
        Path example = home.resolve("examples/scenario-02-wso-interrogation-fl.yaml");
        run(List.of(javaBin(), "-Dwritguard.home=" + home, "-jar", jar().toString(), "tables", "compile", "--quiet"));
        Path script = home.resolve("bin/writguard");
        Path jsa = home.resolve("target/writguard.jsa");
        boolean viaScript = Files.isExecutable(script);
        if (viaScript) run(List.of(script.toString(), "assess", example.toString()));   // makes the archive if missing
        List<String> flags = List.of(javaBin(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto");
        List<String> withArchive = new ArrayList<>(flags);
        if (Files.isRegularFile(jsa)) withArchive.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        List<String> tail = List.of("-Dwritguard.home=" + home, "-jar", jar().toString(), "assess", example.toString());
        List<String> now = new ArrayList<>(viaScript ? List.of(script.toString(), "assess", example.toString()) : concat(withArchive, tail));
        List<String> container = concat(concat(withArchive, List.of("-Dwritguard.cache.viaContainer=true")), tail);
        List<String> plain = concat(flags, tail);
        List<Double> tNow = new ArrayList<>();
        List<Double> tContainer = new ArrayList<>();
        List<Double> tPlain = new ArrayList<>();
        for (int i = 0; i < (quick ? 3 : 7); i++) {
            tNow.add(run(now));
            tContainer.add(run(container));
            tPlain.add(run(plain));
        }
        out.printf("(1) cold assess (new JVM, cached rule book), median and min over %d alternating runs: %s %.2f s (min %.2f);"
                        + " kjar through a KIE container (before) %.2f s (min %.2f); without the CDS archive %.2f s (min %.2f);"
                        + " load average %s%n", tNow.size(), viaScript ? "bin/writguard" : "java with bin/writguard's flags",
                median(tNow), min(tNow), median(tContainer), min(tContainer), median(tPlain), min(tPlain), loadAverage());
        record("cold", String.format(java.util.Locale.ROOT, "%.2f s (%s; %.2f s with the kjar through a KIE container as"
                        + " before; %.2f s without the CDS archive; load average %s)", median(tNow),
                viaScript ? "bin/writguard" : "bin/writguard's flags", median(tContainer), median(tPlain), loadAverage()));
        out.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double min(List<Double> xs) { return xs.stream().min(Double::compare).orElse(0.0); }

    /** The 1-minute load average (from /proc/loadavg), or "unknown". */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", l);
        }
    }

    /**
     * (1b) An embedder's load in a new JVM: the public loader through the cache, timed inside the JVM (issue 14: a
     * warm load under 2 s). The first run may compile and store; the others are warm.
     */
    void embedderLoad() throws Exception {
        Path cache = Files.createTempDirectory("writguard-bench-cache");
        try {
            List<String> cmd = List.of(javaBin(), "-cp", jar() + java.io.File.pathSeparator + home.resolve("target/lib") + "/*",
                    LoadProbe.class.getName(), home.resolve("decision-tables").toString(), home.resolve("rules").toString(),
                    cache.toString());
            double cold = probe(cmd);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < (quick ? 3 : 7); i++) warm.add(probe(cmd));
            out.printf("(1b) embedder load, new JVM, RuleBook.loader() through the cache: cache miss (compile and store)"
                    + " %.2f s; warm median %.2f s, min %.2f s over %d runs%n", cold, median(warm),
                    warm.stream().min(Double::compare).orElse(0.0), warm.size());
            // The same load again in a JVM that has loaded a rule book before (an embedder's service reloading).
            List<String> again = new ArrayList<>(cmd);
            again.add("6");
            List<Double> running = probeAll(again);
            running = running.subList(1, running.size());
            out.printf("(1b) the same load repeated in a running JVM: median %.2f s, min %.2f s over %d loads%n", median(running),
                    running.stream().min(Double::compare).orElse(0.0), running.size());
            record("load", String.format(java.util.Locale.ROOT, "%.2f s in a running JVM (median); %.2f s in a new JVM;"
                    + " cache miss %.1f s", median(running), median(warm), cold));
            out.flush();
        } finally {
            try (Stream<Path> s = Files.walk(cache)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Runs a {@link LoadProbe} and returns the seconds of each load it reports. */
    private static List<Double> probeAll(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String outText = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException("benchmark step failed: " + String.join(" ", cmd));
        List<Double> secs = new ArrayList<>();
        for (String line : outText.split("\\R")) {
            if (line.matches("\\d+ .*")) secs.add(Long.parseLong(line.split(" ")[0]) / 1000.0);
        }
        return secs;
    }

    /** Runs a {@link LoadProbe} and returns the seconds it reports. */
    private static double probe(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String outText = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException("benchmark step failed: " + String.join(" ", cmd));
        String[] lines = outText.split("\\R");
        return Long.parseLong(lines[lines.length - 1].split(" ")[0]) / 1000.0;
    }

    /**
     * (2) After one cell changes (issue 17). New JVM: {@code assess --tables <copy>} started as bin/writguard starts it
     * (its CDS archive when there is one): the incremental rebuild (the cached base plus the edited workbook) against the
     * full build it replaced ({@code -Dwritguard.rebuild.incremental=false}), interleaved, each run on an edit no
     * earlier run has seen. Hot reload: a {@link org.writguard.engine.RuleBookWatcher} on the copy swaps in each edit,
     * against a full build of the same files in the same process.
     */
    void rebuild() throws Exception {
        Path tmp = Files.createTempDirectory("writguard-bench");
        try {
            copyTree(home.resolve("decision-tables"), tmp.resolve("decision-tables"));
            Path tables = tmp.resolve("decision-tables");
            Path params = tables.resolve("parameters/analyst-parameters.drl.xlsx");
            List<String> jvm = new ArrayList<>(List.of(javaBin(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
            Path jsa = home.resolve("target/writguard.jsa");
            if (Files.isRegularFile(jsa)) jvm.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            jvm.add("-Dwritguard.home=" + home);
            List<String> assess = List.of("-jar", jar().toString(), "assess",
                    home.resolve("examples/scenario-02-wso-interrogation-fl.yaml").toString(),
                    "--tables", tables.toString(), "--rules", home.resolve("rules").toString());
            // A value no earlier run wrote, so no cached rows of the edited workbook make a run look faster than an edit.
            java.util.Random values = new java.util.Random(System.nanoTime());
            List<Double> incremental = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            for (int i = 0; i < (quick ? 2 : 5); i++) {
                editOneCell(params, 30 + values.nextInt(100_000));
                List<String> cmd = new ArrayList<>(jvm);
                cmd.addAll(assess);
                incremental.add(run(cmd));
                editOneCell(params, 30 + values.nextInt(100_000));
                cmd = new ArrayList<>(jvm);
                cmd.add("-Dwritguard.rebuild.incremental=false");
                cmd.addAll(assess);
                full.add(run(cmd));
            }
            out.printf("(2) rebuild after one cell edit, new JVM (bin/writguard's settings%s): incremental median %.2f s (%s),"
                    + " full build as before median %.2f s (%s), interleaved%n", Files.isRegularFile(jsa) ? ", CDS archive" : "",
                    median(incremental), secs(incremental), median(full), secs(full));
            out.flush();

            // Hot reload in this process: the watcher starts on the copy (its unedited state is the cached entry).
            copyTree(home.resolve("decision-tables"), tmp.resolve("watched"));
            Path watched = tmp.resolve("watched");
            Path watchedParams = watched.resolve("parameters/analyst-parameters.drl.xlsx");
            List<Double> reloads = new ArrayList<>();
            List<Double> fullInProcess = new ArrayList<>();
            String[] failure = new String[1];
            try (org.writguard.engine.RuleBookWatcher watcher = org.writguard.engine.RuleBookWatcher.manual(watched,
                    home.resolve("rules"), java.time.Duration.ofMillis(1), new org.writguard.engine.RuleBookWatcher.Listener() {
                        @Override
                        public void failed(org.writguard.engine.RuleBookException e) { failure[0] = e.getMessage(); }
                    }, home.resolve("target").resolve("rulebook-cache"))) {
                for (int i = 0; i < (quick ? 3 : 6); i++) {
                    editOneCell(watchedParams, 30 + values.nextInt(100_000));
                    double took = -1;
                    for (int tries = 0; tries < 200 && took < 0; tries++) {
                        long t0 = System.nanoTime();
                        if (watcher.poll()) took = (System.nanoTime() - t0) / 1e9;
                        else Thread.sleep(2);
                    }
                    if (took < 0) throw new IllegalStateException("the watcher did not reload the edit: " + failure[0]);
                    reloads.add(took);
                    long t0 = System.nanoTime();
                    Engine.load(watched, home.resolve("rules"));
                    fullInProcess.add((System.nanoTime() - t0) / 1e9);
                }
            }
            double first = reloads.get(0);
            List<Double> later = reloads.subList(1, reloads.size());
            out.printf("(2) hot reload (RuleBookWatcher, same path): first edit in the process %.2f s (loads POI and the"
                    + " compiler), later edits median %.2f s (%s); a full build of the same files in this process: first %.2f s,"
                    + " later median %.2f s%n", first, median(later), secs(later), fullInProcess.get(0),
                    median(fullInProcess.subList(1, fullInProcess.size())));
            record("rebuild", String.format(java.util.Locale.ROOT, "%.2f s / %.2f s (first edit in a process %.2f s);"
                    + " full build as before, same run: %.2f s / %.2f s", median(incremental), median(later), first,
                    median(full), median(fullInProcess.subList(1, fullInProcess.size()))));
        } finally {
            deleteTree(tmp);
        }
        out.flush();
    }

    /** Only (2), rebuild after one cell edit (`bench --rebuild`), with the target table's row. */
    public void runRebuild() throws Exception {
        out.printf("writguard benchmark: %d cores, %s, rebuild after one cell edit only%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        // The cached entry of the shipped tables is the base every edit is rebuilt on (bin/writguard makes it too).
        run(List.of(javaBin(), "-Dwritguard.home=" + home, "-jar", jar().toString(), "tables", "compile", "--quiet"));
        rebuild();
        targets();
    }

    private static String secs(List<Double> xs) {
        StringBuilder sb = new StringBuilder();
        for (double x : xs) sb.append(sb.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.2f", x));
        return sb.toString();
    }

    /**
     * (3) Batch throughput on all cores and the heap it needed: `assess-batch` in a new JVM capped at 512 MB of
     * heap, streaming an NDJSON file of fixture cases from disk to disk.
     */
    void batch(List<String> pool, int cores) throws Exception {
        int n = quick ? 50_000 : 300_000;
        Path dir = Files.createTempDirectory("writguard-batch");
        try {
            Path in = dir.resolve("cases.ndjson");
            try (Writer w = Files.newBufferedWriter(in)) {
                for (int i = 0; i < n; i++) w.write(pool.get(i % pool.size()) + "\n");
            }
            // Full reports and the lean record, one after the other, twice (the machine may be shared: interleaved).
            List<Double> full = new ArrayList<>();
            List<Double> lean = new ArrayList<>();
            long heap = 0;
            Path script = home.resolve("bin/writguard");
            boolean viaScript = Files.isExecutable(script) && Files.isRegularFile(jar());
            for (int round = 0; round < (quick ? 1 : 2); round++) {
                for (String output : new String[] {"report", "findings"}) {
                    Path err = dir.resolve("summary.txt");
                    long t0 = System.nanoTime();
                    // As a user runs it: bin/writguard's default settings (heap cap, young generation, GC), or
                    // without the script, the cap alone.
                    List<String> cmd = new ArrayList<>(viaScript ? List.of(script.toString())
                            : List.of(javaBin(), "-Xmx512m", "-XX:+UseParallelGC", "-Dwritguard.home=" + home, "-jar", jar().toString()));
                    cmd.addAll(List.of("assess-batch", in.toString(), dir.resolve("out.ndjson").toString(), "--no-progress", "--output", output));
                    Process p = new ProcessBuilder(cmd)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
                    int code = p.waitFor();
                    double wall = (System.nanoTime() - t0) / 1e9;
                    String summary = Files.readString(err).lines().findFirst().orElse("");
                    long bytes = Files.size(dir.resolve("out.ndjson"));
                    out.printf("(3) batch --output %s: %,d cases (%d distinct, from the fixtures), %d threads, %s, exit %d,"
                            + " %.1f s wall including JVM start, %,d bytes out (%,d per record): %s%n", output, n, pool.size(),
                            cores, viaScript ? "bin/writguard's defaults (-Xmx512m, " + (n < 100_000 ? "client compiler" : "server compiler, shallow inlining")
                            + ", unless WRITGUARD_BATCH_JIT says otherwise)" : "-Xmx512m", code, wall, bytes, bytes / n, summary);
                    out.flush();
                    double rate = summaryRate(summary);
                    ("report".equals(output) ? full : lean).add(rate);
                    heap = Math.max(heap, summaryHeap(summary));
                }
            }
            record("batch", String.format(java.util.Locale.ROOT, "%,.0f/s (%s)", median(full), runs(full)));
            record("lean", String.format(java.util.Locale.ROOT, "%,.0f/s (%s)", median(lean), runs(lean)));
            record("heap", String.format(java.util.Locale.ROOT, "%d MB peak at %,d fixture cases (bin/writguard's default -Xmx512m)", heap, n));
        } finally {
            deleteTree(dir);
        }
        out.flush();
    }


    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("\\(([\\d,]+) cases/s, peak heap (\\d+) MB\\)");

    /** The cases/s of an assess-batch summary line, or 0. */
    static double summaryRate(String summary) {
        java.util.regex.Matcher m = RATE.matcher(summary);
        return m.find() ? Double.parseDouble(m.group(1).replace(",", "")) : 0;
    }

    /** The peak heap (MB) of an assess-batch summary line, or 0. */
    static long summaryHeap(String summary) {
        java.util.regex.Matcher m = RATE.matcher(summary);
        return m.find() ? Long.parseLong(m.group(2)) : 0;
    }

    private static String runs(List<Double> xs) {
        StringBuilder sb = new StringBuilder(xs.size() == 1 ? "1 run" : xs.size() + " runs:");
        if (xs.size() > 1) for (double x : xs) sb.append(String.format(java.util.Locale.ROOT, " %,.0f", x));
        return sb.toString();
    }

    /**
     * (7) Per-case CPU on one warm thread, no output: the case tree bound and validated, then assessed. Issue 17's
     * path (the batch's: no validated copy, a reused KIE session) against the earlier one (a validated copy and a new
     * session per case), in alternating rounds, as the thread's own CPU time.
     */
    void perCaseCpu(Engine book, List<String> pool) {
        CaseReader reader = new CaseReader();
        List<JsonNode> trees = new ArrayList<>();
        for (String line : pool) {
            try {
                JsonNode t = reader.readJsonTree(line, "bench");
                reader.toCaseFile(t, "bench", "");
                trees.add(t);
            } catch (RuntimeException e) {
                // a fixture case that is meant to be rejected is not timed
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = quick ? 5_000 : 20_000;
        List<Double> earlier = new ArrayList<>();
        List<Double> copyOnly = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        try {
            for (int round = 0; round < (quick ? 4 : 8); round++) {
                for (int mode = 0; mode < 3; mode++) {
                    book.reuseSessions(mode != 0);
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < n; i++) {
                        JsonNode t = trees.get(i % trees.size());
                        CaseFile c = reader.toCaseFile(t, "bench", "");
                        if (mode == 2) book.assessOwned(c, "bench"); else book.assess(c, "bench");
                    }
                    double us = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
                    if (round > 0) (mode == 0 ? earlier : mode == 1 ? copyOnly : current).add(us);  // round 0 warms up
                }
            }
        } finally {
            book.reuseSessions(true);
        }
        perCaseSplit(book, reader, trees, mx, n);
        out.printf("(7) per-case CPU, 1 warm thread, no output (bind + validate + assess), medians of %d alternating rounds"
                + " of %,d: new session + validated copy (the path before issue 17, today's parsing) %.1f µs; reused session + copy %.1f µs;"
                + " reused session, no copy (assess-batch now) %.1f µs%n", earlier.size(), n, median(earlier),
                median(copyOnly), median(current));
        out.flush();
        record("cpu", String.format(java.util.Locale.ROOT, "%.1f µs (same run, with a new session and a validated copy per case: %.1f µs)",
                median(current), median(earlier)));
    }

    /**
     * (7b) Where (7)'s figure sits: the same path on the cases whose dates are all exact and on those with dates known
     * only in part (one engine run per admissible reading, DOMAIN.md 13.5), and the lean record's path (no reading of
     * the report) on all of them. Medians of alternating rounds after one warm-up round.
     */
    private void perCaseSplit(Engine book, CaseReader reader, List<JsonNode> trees,
                              java.lang.management.ThreadMXBean mx, int n) {
        List<JsonNode> exact = new ArrayList<>();
        List<JsonNode> uncertain = new ArrayList<>();
        for (JsonNode t : trees) {
            (reader.toCaseFile(t, "bench", "").getDateUncertainty() == null ? exact : uncertain).add(t);
        }
        if (exact.isEmpty() || uncertain.isEmpty()) return;
        List<List<Double>> us = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int m = n / 2;
        for (int round = 0; round < (quick ? 3 : 5); round++) {
            for (int mode = 0; mode < 3; mode++) {
                List<JsonNode> set = mode == 0 ? exact : mode == 1 ? uncertain : trees;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < m; i++) {
                    CaseFile c = reader.toCaseFile(set.get(i % set.size()), "bench", "");
                    book.assessOwned(c, "bench", mode != 2);
                }
                if (round > 0) us.get(mode).add((mx.getCurrentThreadCpuTime() - c0) / 1e3 / m);
            }
        }
        out.printf("(7b) where (7) sits: %d cases with exact dates %.1f µs each; %d with dates known in part %.1f µs each"
                        + " (%.0f %% of the pool's CPU); all %d without the report's reading (the lean record's path) %.1f µs%n",
                exact.size(), median(us.get(0)), uncertain.size(), median(us.get(1)),
                100 * uncertain.size() * median(us.get(1)) / (exact.size() * median(us.get(0)) + uncertain.size() * median(us.get(1))),
                trees.size(), median(us.get(2)));
        out.flush();
    }

    /**
     * (8, --large) assess-batch through bin/writguard's default settings on 1,000,000 generated holds (about 1 GB of
     * NDJSON), lean output: the heap any input size needs. Writes about 1.3 GB to a temporary directory.
     */
    void largeBatch() throws Exception {
        Path dir = Files.createTempDirectory("writguard-large");
        try {
            Path in = dir.resolve("holds.ndjson");
            run(List.of(javaBin(), "-XX:+UseParallelGC", "-Dwritguard.home=" + home, "-jar", jar().toString(), "generate", "holds",
                    "--count", "1000000", "--seed", "2026", "--out", in.toString()));
            for (String output : new String[] {"findings", "report"}) {
                Path err = dir.resolve("summary.txt");
                Process p = new ProcessBuilder(home.resolve("bin/writguard").toString(), "assess-batch", in.toString(),
                        dir.resolve("out.ndjson").toString(), "--no-progress", "--output", output)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
                int code = p.waitFor();
                String summary = Files.readString(err).lines().filter(l -> l.startsWith("read ")).findFirst().orElse("");
                out.printf("(8) bin/writguard assess-batch --output %s, 1,000,000 generated holds (default settings), exit %d: %s%n",
                        output, code, summary);
                out.flush();
                record("heap", String.format(java.util.Locale.ROOT, "%d MB peak at 1,000,000 holds, --output %s (%,.0f/s)",
                        summaryHeap(summary), output, summaryRate(summary)));
                Files.deleteIfExists(dir.resolve("out.ndjson"));
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** (5) One assess call per case on one thread, against the chunked batch on all cores. */
    void perCaseVsBatched(Engine book, List<String> pool, int cores) throws IOException {
        CaseReader reader = new CaseReader();
        List<CaseFile> cases = new ArrayList<>();
        for (String line : pool) {
            try {
                cases.add(reader.toCaseFile(reader.readJsonTree(line, "bench"), "bench", ""));
            } catch (RuntimeException e) {
                // pool lines are all valid; a rejected one is simply not timed
            }
        }
        int n = quick ? 10_000 : 40_000;
        for (int i = 0; i < 5_000; i++) book.assess(cases.get(i % cases.size()));
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) book.assess(cases.get(i % cases.size()));
        double single = n / ((System.nanoTime() - t0) / 1e9);
        BatchRunner one = new BatchRunner(book, 1);
        long t1 = System.nanoTime();
        runLines(one, pool, n);
        double batchOne = n / ((System.nanoTime() - t1) / 1e9);
        BatchRunner all = new BatchRunner(book, cores);
        long t2 = System.nanoTime();
        runLines(all, pool, n);
        double batchAll = n / ((System.nanoTime() - t2) / 1e9);
        out.printf("(5) one assess() per case, facts already parsed, 1 thread: %,.0f cases/s; batch (parse + assess + JSON)"
                + " 1 thread: %,.0f cases/s; batch %d threads: %,.0f cases/s%n", single, batchOne, cores, batchAll);
        out.flush();
    }

    /** (4) Synthetic ICE rosters of growing size: build time and cost per case for cases naming roster agencies. */
    void rosterScaling(int cores) throws Exception {
        int[] sizes = quick ? new int[] {100, 1_000, 5_000} : new int[] {100, 1_000, 5_000, 20_000};
        double base = 0;
        for (int size : sizes) {
            Path tmp = Files.createTempDirectory("writguard-roster");
            try {
                copyTree(home.resolve("decision-tables"), tmp.resolve("decision-tables"));
                List<String> ids = syntheticRoster(tmp.resolve("decision-tables/roster/agreements.drl.xlsx"), size);
                long t0 = System.nanoTime();
                Engine book = Engine.load(tmp.resolve("decision-tables"), home.resolve("rules"));
                double build = (System.nanoTime() - t0) / 1e9;
                List<String> pool = rosterCases(ids, 2_000);
                BatchRunner runner = new BatchRunner(book, cores);
                runLines(runner, pool, 4_000);
                int n = quick ? 10_000 : 40_000;
                long t1 = System.nanoTime();
                runLines(runner, pool, n);
                double perCase = (System.nanoTime() - t1) / 1e3 / n;
                if (base == 0) base = perCase;
                out.printf("(4) roster of %,6d agreements: build %.2f s, %.1f us per case (%.2fx the 100-agreement cost)%n",
                        size, build, perCase, perCase / base);
                out.flush();
            } finally {
                deleteTree(tmp);
            }
        }
    }

    private BatchRunner.Summary runLines(BatchRunner runner, List<String> pool, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(pool.get(i % pool.size())).append('\n');
        return runner.run(new java.io.ByteArrayInputStream((sb.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.io.OutputStream.nullOutputStream(), runner.ndjson("bench"),
                "bench", 0, null);
    }

    /** Every case of every fixture, as one JSON line each. */
    List<String> casePool() throws IOException {
        List<String> lines = new ArrayList<>();
        CaseReader reader = new CaseReader();
        Path root = home.resolve("src/test/resources/fixtures");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode tree = reader.readTree(f);
                if (tree == null || !tree.isArray()) continue;
                for (JsonNode fx : tree) if (fx.has("case")) lines.add(JSON.writeValueAsString(fx.get("case")));
            }
        }
        if (lines.isEmpty()) throw new IllegalStateException("no fixtures under " + root);
        return lines;
    }

    /** Writes a roster table of {@code size} synthetic agreements (real layout) and returns their ids. */
    static List<String> syntheticRoster(Path table, int size) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String[] models = {"JEM", "TFM", "WSO"};
        String[] states = {"AL", "FL", "GA", "TX", "TN", "NC", "PA", "OH"};
        for (int i = 0; i < size; i++) {
            String state = states[i % states.length];
            String id = state + "-synthetic-county-" + i + "-sheriffs-office";
            ids.add(id);
            Map<String, String> m = new LinkedHashMap<>();
            m.put(RosterTable.AGENCY_ID, id);
            m.put(TableSchema.ROW_ID, "R" + (i + 1));
            m.put(RosterTable.AGENCY_NAME, "Synthetic County " + i + " Sheriff's Office");
            m.put(RosterTable.STATE, state);
            m.put(RosterTable.AGENCY_TYPE, "County");
            m.put(RosterTable.MODEL, models[i % 3]);
            m.put(RosterTable.SIGNED, "2025-0" + (1 + i % 9) + "-1" + (i % 9));
            m.put(RosterTable.MOA_LINK_STATE, "LINKED");
            m.put(RosterTable.SOURCE_FILE, "synthetic.xlsx");
            m.put(RosterTable.SOURCE_ROW, Integer.toString(i + 2));
            m.put(TableSchema.CITATION, "synthetic roster for the benchmark");
            m.put(TableSchema.VERIFIED, "TRUE");
            m.put(TableSchema.LABEL, "P");
            rows.add(m);
        }
        TableWriter.write(RosterTable.SCHEMA, "synthetic", rows, table);
        return ids;
    }

    /** Cases naming random roster agencies by id alone, with an officer act and a detainer hold. */
    static List<String> rosterCases(List<String> ids, int count) throws IOException {
        Random rnd = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ids.get(rnd.nextInt(ids.size()));
            ObjectNode c = JSON.createObjectNode();
            c.put("as_of", "2026-06-20T12:00:00-04:00");
            ArrayNode officers = c.putArray("officers");
            ObjectNode o = officers.addObject();
            o.put("officer_id", "o1");
            o.put("agency_id", id);
            ObjectNode cert = o.putArray("certifications").addObject();
            cert.put("model", "JEM");
            cert.put("certified_on", "2025-01-01");
            cert.put("authorization_letter_on", "2025-01-02");
            cert.put("form_70_006_issued", true);
            ObjectNode e = c.putArray("encounters").addObject();
            e.put("encounter_id", "e1");
            e.put("agency_id", id);
            e.put("started_at", "2026-06-12T09:00:00-04:00");
            ObjectNode ev = e.putArray("function_events").addObject();
            ev.put("event_id", "ev1");
            ev.put("officer_id", "o1");
            ev.put("function", i % 2 == 0 ? "INTERROGATE_STATUS" : "ISSUE_DETAINER");
            ev.put("location_type", i % 3 == 0 ? "ROADSIDE" : "LEA_JAIL");
            ev.put("at", "2026-06-12T10:00:00-04:00");
            ev.put("claimed_authority", "MOA_287G");
            ObjectNode h = c.putArray("holds").addObject();
            h.put("hold_id", "h1");
            h.put("agency_id", id);
            h.put("facility_id", "jail");
            h.put("facility_state", id.substring(0, 2));
            h.put("facility_tz", "America/New_York");
            h.put("release_eligible_at", "2026-06-12T16:00:00-04:00");
            h.put("hold_ended_at", "2026-06-16T17:00:00-04:00");
            h.put("hold_end_reason", "ICE_ASSUMED_CUSTODY");
            ObjectNode d = h.putObject("detainer");
            d.put("form", "I247A");
            d.put("accompanied_by", "I200");
            d.put("warrant_signed", true);
            d.put("pc_basis", "BIOMETRIC_MATCH_WITH_RECORDS");
            d.put("issued_by", "ICE");
            d.put("served_on_subject", true);
            d.put("form_excludes_weekends_holidays", false);
            lines.add(JSON.writeValueAsString(c));
        }
        return lines;
    }

    private static void editOneCell(Path workbook, int value) throws IOException {
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(workbook))) {
            var sheet = wb.getSheet("Parameters");
            for (int r = TableSchema.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null
                        && "tfm_field_supervisor_contact_max_minutes".equals(row.getCell(0).getStringCellValue())) {
                    int valueCol = org.writguard.internal.engine.ParametersTopic.SCHEMA.indexOf("VALUE");
                    row.getCell(valueCol).setCellValue(Integer.toString(value));
                }
            }
            try (var os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
    }

    private double run(List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        int code = pb.start().waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IllegalStateException("benchmark step failed (exit " + code + "): " + String.join(" ", cmd));
        return secs;
    }

    private Path jar() { return home.resolve("target/writguard.jar"); }

    private static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }



    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

}
