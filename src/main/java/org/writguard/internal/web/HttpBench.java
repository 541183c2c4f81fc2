package org.writguard.internal.web;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code writguard bench --http}: the workbench's figures (docs/performance.md). Starts the server on a free port of
 * 127.0.0.1 in this JVM and drives it with java.net.http clients over real sockets: the latency of what the Assess
 * page does for an example (fetch it, assess it, draw its timeline) and of each API call after warm-up; requests/s of
 * {@code POST /api/v1/assess} with 32 concurrent clients; and the heap after a full GC before and after many requests.
 * The clients share the two cores with the server, so the throughput is a lower bound of the server's own.
 */
public final class HttpBench {
    private final Path home;
    private final PrintWriter out;
    private final boolean quick;

    public HttpBench(Path home, PrintWriter out, boolean quick) {
        this.home = home;
        this.out = out;
        this.quick = quick;
    }

    public void run() throws Exception {
        String example = "scenario-01-weekend-detainer-over-hold-ga.yaml";
        String yaml = Files.readString(home.resolve("examples").resolve(example));
        try (Workbench server = Workbench.start(new Workbench.Options("127.0.0.1", 0, home.resolve("decision-tables"),
                home.resolve("rules"), home, null, Duration.ofSeconds(30), Duration.ofSeconds(5)))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/")).GET().build();
            HttpRequest getExample = HttpRequest.newBuilder(URI.create(base + "/api/v1/examples/" + example)).GET().build();
            HttpRequest assess = HttpRequest.newBuilder(URI.create(base + "/api/v1/assess")).header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(yaml)).build();
            HttpRequest timeline = HttpRequest.newBuilder(URI.create(base + "/api/v1/timeline")).header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(yaml)).build();
            HttpRequest tables = HttpRequest.newBuilder(URI.create(base + "/api/v1/tables")).GET().build();
            out.printf("workbench on %s, rule book %s%n", base, server.version().substring(0, 12));
            int warm = quick ? 1_000 : 5_000;
            for (int i = 0; i < warm; i++) {
                check(client.send(assess, HttpResponse.BodyHandlers.discarding()));
                if (i % 10 == 0) check(client.send(timeline, HttpResponse.BodyHandlers.discarding()));
                if (i % 10 == 0) check(client.send(page, HttpResponse.BodyHandlers.discarding()));
            }
            check(client.send(tables, HttpResponse.BodyHandlers.discarding()));
            out.printf("warm-up: %,d assessments%n", warm);
            int n = quick ? 200 : 1_000;
            long[] pageMs = new long[n];
            long[] exampleFlow = new long[n];
            long[] assessMs = new long[n];
            long[] tablesMs = new long[Math.min(n, 100)];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                check(client.send(page, HttpResponse.BodyHandlers.discarding()));
                long t1 = System.nanoTime();
                check(client.send(getExample, HttpResponse.BodyHandlers.discarding()));
                check(client.send(assess, HttpResponse.BodyHandlers.ofString()));
                check(client.send(timeline, HttpResponse.BodyHandlers.ofString()));
                long t2 = System.nanoTime();
                check(client.send(assess, HttpResponse.BodyHandlers.ofString()));
                long t3 = System.nanoTime();
                pageMs[i] = t1 - t0;
                exampleFlow[i] = t2 - t1;
                assessMs[i] = t3 - t2;
                if (i < tablesMs.length) {
                    long t4 = System.nanoTime();
                    check(client.send(tables, HttpResponse.BodyHandlers.ofString()));
                    tablesMs[i] = System.nanoTime() - t4;
                }
            }
            out.println("latency after warm-up, one client (median / p95 / p99):");
            out.println("  GET / (the Assess page)                                  " + pct(pageMs));
            out.println("  the Assess page's example: example + assess + timeline   " + pct(exampleFlow));
            out.println("  POST /api/v1/assess                                      " + pct(assessMs));
            out.println("  GET /api/v1/tables (every grid, coverage cached)         " + pct(tablesMs));

            int clients = 32;
            int seconds = quick ? 10 : 30;
            out.printf("POST /api/v1/assess, %d concurrent clients, %d s ...%n", clients, seconds);
            out.flush();
            long[] r = load(client, assess, clients, Duration.ofSeconds(seconds));
            out.printf(Locale.ROOT, "  YAML body: %,d requests in %d s: %,.0f requests/s, %d errors%n", r[0], seconds, r[0] / (double) seconds, r[1]);
            // What a case system sends: the same case as JSON (no YAML parser on the way).
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    new org.writguard.internal.cases.CaseReader().readTree(yaml, "example.yaml"));
            HttpRequest assessJson = HttpRequest.newBuilder(URI.create(base + "/api/v1/assess")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            r = load(client, assessJson, clients, Duration.ofSeconds(seconds));
            out.printf(Locale.ROOT, "  JSON body: %,d requests in %d s: %,.0f requests/s, %d errors (system load average %.1f on %d cores)%n",
                    r[0], seconds, r[0] / (double) seconds, r[1], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());

            long total = quick ? 20_000 : 100_000;
            long before = heapAfterGc();
            long start = System.nanoTime();
            long[] m = loadCount(client, assess, clients, total);
            double secs = (System.nanoTime() - start) / 1e9;
            long after = heapAfterGc();
            out.printf(Locale.ROOT, "memory over %,d requests (32 clients, %,.0f requests/s): heap after full GC %d MB before, %d MB after;"
                    + " %d errors%n", m[0], m[0] / secs, before >> 20, after >> 20, m[1]);
            out.flush();
        }
    }

    private static long[] load(HttpClient client, HttpRequest req, int clients, Duration d) throws Exception {
        long end = System.nanoTime() + d.toNanos();
        return drive(client, req, clients, () -> System.nanoTime() < end);
    }

    private static long[] loadCount(HttpClient client, HttpRequest req, int clients, long total) throws Exception {
        AtomicLong left = new AtomicLong(total);
        return drive(client, req, clients, () -> left.getAndDecrement() > 0);
    }

    /** {@code clients} threads send {@code req} while {@code more} says so; returns {200 answers, other outcomes}. */
    private static long[] drive(HttpClient client, HttpRequest req, int clients, java.util.function.BooleanSupplier more)
            throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            fs.add(pool.submit(() -> {
                while (more.getAsBoolean()) {
                    try {
                        HttpResponse<Void> r = client.send(req, HttpResponse.BodyHandlers.discarding());
                        (r.statusCode() == 200 ? ok : bad).incrementAndGet();
                    } catch (Exception e) {
                        bad.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        return new long[] {ok.get(), bad.get()};
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void check(HttpResponse<?> r) {
        if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " from " + r.uri());
    }

    private static String pct(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f ms", s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6,
                s[Math.min(s.length - 1, (int) (s.length * 0.99))] / 1e6);
    }
}
