package org.writguard.internal.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.writguard.internal.batch.BatchRunner;
import org.writguard.internal.batch.HoldsCsvFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assesses every line of a {@link FileRange} exactly as assess-batch does (the same {@link BatchRunner} code),
 * writing the same record with the file named in front: {@code {"source":FILE,"line":N,"status":...}}, into the
 * range's own result shard ({@code PREFIX-results-<file hash>-<byte offset>.ndjson}, written to a temporary name
 * and renamed when complete, so a retried range replaces its shard and never duplicates records). Streaming the
 * records to the shard keeps a worker's memory bounded by one range, whatever the runner. REJECTED and ERROR
 * records are also the main output: the dead letters. Per bundle it sums the aggregates' inputs, so only small
 * partial results are shuffled. The rule book is loaded once per worker JVM in {@code @Setup}.
 */
final class AssessFn extends DoFn<FileRange, String> {
    static final TupleTag<String> REJECTED = new TupleTag<>() { };
    static final TupleTag<KV<String, Long>> FINDINGS = new TupleTag<>() { };
    static final TupleTag<KV<String, AgencyStats>> AGENCIES = new TupleTag<>() { };
    /** The finding-count key that carries the number of assessed records. */
    static final String ASSESSED_KEY = "\u0000assessed";
    static final String NAMESPACE = "writguard";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Counter> FIRED = new ConcurrentHashMap<>();

    private final ShippedRuleBook shipped;
    private final boolean csv;
    private final String prefix;
    private final Counter read = Metrics.counter(NAMESPACE, "records_read");
    private final Counter assessed = Metrics.counter(NAMESPACE, "records_assessed");
    private final Counter rejected = Metrics.counter(NAMESPACE, "records_rejected");
    private final Counter errors = Metrics.counter(NAMESPACE, "records_internal_error");
    private final Counter findings = Metrics.counter(NAMESPACE, "findings_fired");

    private final int threads;

    private transient BatchRunner runner;
    private transient java.util.concurrent.ExecutorService pool;
    private transient Map<String, Long> counts;
    private transient Map<String, AgencyStats> agencies;

    AssessFn(ShippedRuleBook shipped, boolean csv, String prefix) {
        this(shipped, csv, prefix, 1);
    }

    /**
     * {@code threads}: how many threads assess the lines of one range inside this worker (1: the DoFn's own thread;
     * the runner's parallelism spreads ranges over workers and slots). More than 1 is for a runner whose own
     * scheduling costs more than it gives, like the DirectRunner on a small machine (docs/pipeline.md).
     */
    AssessFn(ShippedRuleBook shipped, boolean csv, String prefix, int threads) {
        if (threads < 1) throw new IllegalArgumentException("--assessThreads: must be at least 1");
        this.shipped = shipped;
        this.csv = csv;
        this.prefix = prefix;
        this.threads = threads;
    }

    /** The result shard of a range: stable for the file and the range's first byte. */
    static String shard(String prefix, FileRange r) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(r.file().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return prefix + "-results-" + java.util.HexFormat.of().formatHex(h, 0, 6) + "-" + String.format("%015d", r.start()) + ".ndjson";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Setup
    public void setup() {
        runner = new BatchRunner(shipped.engine(), 1);
        if (threads > 1) {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "writguard-assess-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Teardown
    public void teardown() {
        if (pool != null) pool.shutdownNow();
        pool = null;
    }

    @StartBundle
    public void startBundle() {
        counts = new HashMap<>();
        agencies = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element FileRange r, MultiOutputReceiver out) throws IOException {
        if (r.problem() != null) {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("source", r.file());
            rec.put("line", r.firstLine());
            rec.put("status", "REJECTED");
            rec.put("error", Map.of("field", "", "message", r.problem() + " (the file's records were not assessed)"));
            String text = JSON.writeValueAsString(rec);
            try (ShardWriter w = new ShardWriter(shard(prefix, r))) {
                w.write(text);
                w.commit();
            }
            read.inc();
            rejected.inc();
            out.get(REJECTED).output(text);
            return;
        }
        BatchRunner.LineFormat format;
        if (csv) {
            HoldsCsvFormat f = new HoldsCsvFormat(r.file());
            f.header(r.header());
            format = f;
        } else {
            format = runner.ndjson(r.file());
        }
        String source = "{\"source\":" + JSON.writeValueAsString(r.file()) + ",";
        ResourceId id = FileSystems.matchNewResource(r.file(), false);
        try (InputStream in = open(id, r); ShardWriter w = new ShardWriter(shard(prefix, r))) {
            BatchRunner.ByteLineSource lines = new BatchRunner.ByteLineSource(in, r.start() == 0 && r.header() == null);
            long n = r.firstLine();
            if (pool == null) {
                BatchRunner.Line line;
                while ((line = lines.next()) != null) {
                    take(runner.assess(line, n, format, r.file()), source, w, out);
                    n++;
                }
            } else {
                // Lines are assessed in blocks on the pool, a bounded number of blocks ahead, and taken back in
                // input order on this thread (Beam's metrics and outputs belong to it): the same records in the
                // same order as one thread, with memory bounded by the blocks in flight.
                java.util.ArrayDeque<java.util.concurrent.Future<List<BatchRunner.Outcome>>> ahead = new java.util.ArrayDeque<>();
                boolean more = true;
                try {
                while (more || !ahead.isEmpty()) {
                    while (more && ahead.size() < threads * 2) {
                        List<BatchRunner.Line> block = new java.util.ArrayList<>(BLOCK);
                        BatchRunner.Line line;
                        while (block.size() < BLOCK && (line = lines.next()) != null) block.add(line);
                        if (block.size() < BLOCK) more = false;
                        if (block.isEmpty()) break;
                        final long first = n;
                        final BatchRunner.LineFormat f = format;
                        ahead.add(pool.submit(() -> {
                            List<BatchRunner.Outcome> done = new java.util.ArrayList<>(block.size());
                            for (int k = 0; k < block.size(); k++) done.add(runner.assess(block.get(k), first + k, f, r.file()));
                            return done;
                        }));
                        n += block.size();
                    }
                    if (ahead.isEmpty()) break;
                    for (BatchRunner.Outcome o : result(ahead.poll())) take(o, source, w, out);
                }
                } finally {
                    for (java.util.concurrent.Future<?> f : ahead) f.cancel(true);
                }
            }
            w.commit();
        }
    }

    /** Lines per block of work handed to the pool. */
    private static final int BLOCK = 256;

    private void take(BatchRunner.Outcome o, String source, ShardWriter w, MultiOutputReceiver out) throws IOException {
        String text = source + o.record().substring(1);
        read.inc();
        w.write(text);
        if ("ASSESSED".equals(o.status())) {
            assessed.inc();
            count(o.firedCodes(), RecordFacts.place(o.caseTree()));
            RecordFacts.addPatterns(o.caseTree(), agencies);
        } else {
            rejected.inc();
            if ("ERROR".equals(o.status())) errors.inc();
            out.get(REJECTED).output(text);
        }
    }

    private static <T> T result(java.util.concurrent.Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while assessing a range");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A result shard: written under a temporary name, renamed to its own on commit, removed if not committed. */
    private static final class ShardWriter implements AutoCloseable {
        private final ResourceId target;
        private final ResourceId temp;
        private final java.io.Writer out;
        private boolean committed;

        ShardWriter(String name) throws IOException {
            target = FileSystems.matchNewResource(name, false);
            temp = FileSystems.matchNewResource(name + ".tmp-" + java.util.UUID.randomUUID(), false);
            out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    Channels.newOutputStream(FileSystems.create(temp, "application/x-ndjson")), java.nio.charset.StandardCharsets.UTF_8), 1 << 20);
        }

        void write(String record) throws IOException {
            out.write(record);
            out.write('\n');
        }

        void commit() throws IOException {
            out.close();
            FileSystems.rename(List.of(temp), List.of(target));
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (committed) return;
            try {
                out.close();
            } finally {
                FileSystems.delete(List.of(temp), org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
            }
        }
    }

    private void count(List<String> codes, String[] place) {
        counts.merge(ASSESSED_KEY, 1L, Long::sum);
        for (String code : codes) {
            counts.merge(code + "\t" + place[0] + "\t" + place[1] + "\t" + place[2], 1L, Long::sum);
            findings.inc();
            FIRED.computeIfAbsent(code, c -> Metrics.counter(NAMESPACE + ".fired", c)).inc();
        }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            c.output(FINDINGS, KV.of(e.getKey(), e.getValue()), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
        }
        for (Map.Entry<String, AgencyStats> e : agencies.entrySet()) {
            c.output(AGENCIES, KV.of(e.getKey(), e.getValue()), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
        }
        counts = null;
        agencies = null;
    }

    /** The range's bytes: a seekable read limited to the range, or the whole (decompressed) file. */
    private static InputStream open(ResourceId id, FileRange r) throws IOException {
        ReadableByteChannel ch = FileSystems.open(id);
        if (r.end() < 0) {
            String name = id.getFilename() == null ? "" : id.getFilename();
            InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(
                    org.apache.beam.sdk.io.Compression.detect(name).readDecompressed(ch)), 1 << 16);
            if (r.header() != null) skipLine(in);
            return in;
        }
        ((SeekableByteChannel) ch).position(r.start());
        InputStream in = Channels.newInputStream(ch);
        return new java.io.BufferedInputStream(new LimitedStream(in, r.end() - r.start()), 1 << 16);
    }

    private static void skipLine(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') return;
            if (b == '\r') {
                if (in.markSupported()) {
                    in.mark(1);
                    if (in.read() != '\n') in.reset();
                }
                return;
            }
        }
    }

    /** At most {@code left} bytes of a stream. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private long left;

        LimitedStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }
}
