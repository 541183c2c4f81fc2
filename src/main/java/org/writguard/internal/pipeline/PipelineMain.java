package org.writguard.internal.pipeline;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookCache;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The writguard Beam pipeline: the same per-record results as {@code assess-batch}, on any Beam runner, plus a
 * dead-letter output and aggregates. Entry point for cluster submission:
 * <pre>java -cp 'target/writguard.jar:target/lib/*' org.writguard.internal.pipeline.PipelineMain
 *     --input=gs://bucket/holds/*.ndjson --output=gs://bucket/run1/out --runner=DataflowRunner ...</pre>
 * Exit codes as the command line's: 0 all records assessed, 2 bad input (no matching file, a bad option, or some
 * records rejected), 3 the rule book does not build, 1 the job failed for another reason.
 */
public final class PipelineMain {
    private PipelineMain() { }

    /** What a run did: the Beam metrics of the job. */
    public record Summary(long read, long assessed, long rejected, long internalErrors, Map<String, Long> firedByCode,
                          double seconds, PipelineResult.State state) { }

    public static void main(String[] args) {
        PipelineOptionsFactory.register(WritguardPipelineOptions.class);
        int code;
        try {
            WritguardPipelineOptions o = PipelineOptionsFactory.fromArgs(args).withValidation().as(WritguardPipelineOptions.class);
            Summary s = run(o);
            print(s, new java.io.PrintWriter(System.err, true));
            code = s.rejected() > 0 ? 2 : 0;
        } catch (CaseInputException | IllegalArgumentException e) {
            System.err.println("writguard pipeline: " + oneLine(e.getMessage()));
            code = 2;
        } catch (RuleBookException e) {
            System.err.println("writguard pipeline: the rule book does not build: " + oneLine(String.valueOf(e.getProblems())));
            code = 3;
        } catch (RuntimeException e) {
            System.err.println("writguard pipeline: the job failed: " + oneLine(String.valueOf(e)));
            code = 1;
        }
        System.exit(code);
    }

    /** Prints the summary line and the fired codes, as assess-batch does. */
    public static void print(Summary s, java.io.PrintWriter err) {
        err.printf("read %d, assessed %d, rejected %d in %.1f s (%,.0f cases/s, peak heap %d MB)%n", s.read(), s.assessed(),
                s.rejected(), s.seconds(), s.read() / Math.max(s.seconds(), 1e-9), peakHeapMb());
        for (Map.Entry<String, Long> e : s.firedByCode().entrySet()) err.printf("  %-45s %d%n", e.getKey(), e.getValue());
        err.flush();
    }

    /** Builds, runs and waits for the pipeline. Bad options and inputs throw before anything runs. */
    public static Summary run(WritguardPipelineOptions o) {
        boolean csv = switch (o.getFormat()) {
            case "ndjson" -> false;
            case "holds_csv" -> true;
            default -> throw new IllegalArgumentException("--format: " + o.getFormat() + " is not ndjson or holds_csv");
        };
        if (o.getChunkBytes() < 1) throw new IllegalArgumentException("--chunkBytes: must be at least 1");
        if (o.getAssessThreads() < 1) throw new IllegalArgumentException("--assessThreads: must be at least 1");
        if (o.getShards() < 0) throw new IllegalArgumentException("--shards: must be 0 (the runner decides) or more");
        FileSystems.setDefaultPipelineOptions(o);
        try {
            MatchResult m = FileSystems.match(o.getInput(), EmptyMatchTreatment.ALLOW);
            if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
                throw new IllegalArgumentException("--input: " + o.getInput() + ": no file matches");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("--input: " + o.getInput() + ": cannot be listed: " + e.getMessage());
        }
        ShippedRuleBook book = ShippedRuleBook.prepare(inputs(o), cache(o));
        if (o.getRunner().getSimpleName().equals("DirectRunner")) {
            DirectOptions d = o.as(DirectOptions.class);
            // The checks that every element is immutable and encodable copy each record twice; the DoFns here are
            // written not to need them (tests of the pipeline run with the defaults of the test code).
            d.setEnforceImmutability(false);
            d.setEnforceEncodability(false);
        }
        Pipeline p = Pipeline.create(o);
        String prefix = o.getOutput();
        PCollection<FileRange> ranges = p
                .apply("Match", FileIO.match().filepattern(o.getInput()).withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
                .apply("Open", FileIO.readMatches())
                .apply("Split", ParDo.of(new SplitFileFn(csv, o.getChunkBytes())))
                .setCoder(SerializableCoder.of(FileRange.class))
                .apply("Spread", Reshuffle.viaRandomKey());
        PCollectionTuple out = ranges.apply("Assess", ParDo.of(new AssessFn(book, csv, prefix, o.getAssessThreads()))
                .withOutputTags(AssessFn.REJECTED, TupleTagList.of(AssessFn.FINDINGS).and(AssessFn.AGENCIES)));
        TextIO.Write rejected = TextIO.write().to(prefix + "-rejected").withSuffix(".ndjson");
        if (o.getShards() > 0) rejected = rejected.withNumShards(o.getShards());
        out.get(AssessFn.REJECTED).setCoder(StringUtf8Coder.of()).apply("WriteRejected", rejected);
        out.get(AssessFn.FINDINGS).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
                .apply("SumFindings", Combine.globally(new Aggregates.SumToMap()))
                .apply("WriteFindings", ParDo.of(new Aggregates.WriteFindings(prefix)));
        out.get(AssessFn.AGENCIES).setCoder(KvCoder.of(StringUtf8Coder.of(), new Coders.Stats()))
                .apply("MergeAgency", Combine.perKey(new Aggregates.MergeAgency()))
                .apply("AgencyRow", MapElements.via(new SimpleFunction<KV<String, AgencyStats>, KV<String, AgencyStats.Row>>() {
                    @Override
                    public KV<String, AgencyStats.Row> apply(KV<String, AgencyStats> kv) {
                        return KV.of(kv.getKey(), kv.getValue().row());
                    }
                }))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), new Coders.Row()))
                .apply("CollectAgencies", Combine.globally(new Aggregates.CollectRows()))
                .apply("WritePatterns", ParDo.of(new Aggregates.WritePatterns(prefix)));

        long t0 = System.nanoTime();
        PipelineResult result = p.run();
        PipelineResult.State state = result.waitUntilFinish();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (state != PipelineResult.State.DONE) throw new IllegalStateException("the job ended " + state);
        return summary(result, secs, state);
    }

    private static Summary summary(PipelineResult result, double secs, PipelineResult.State state) {
        MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder().build());
        long read = 0;
        long assessed = 0;
        long rejected = 0;
        long errors = 0;
        Map<String, Long> fired = new TreeMap<>();
        for (MetricResult<Long> c : q.getCounters()) {
            String ns = c.getName().getNamespace();
            String name = c.getName().getName();
            long v = value(c);
            if (ns.equals(AssessFn.NAMESPACE)) {
                switch (name) {
                    case "records_read" -> read += v;
                    case "records_assessed" -> assessed += v;
                    case "records_rejected" -> rejected += v;
                    case "records_internal_error" -> errors += v;
                    case "rulebook_compiled_on_worker" -> {
                        if (v > 0) System.err.println("writguard pipeline: warning: " + v + " worker(s) could not load the shipped"
                                + " precompiled rule book and compiled it (a different writguard build than the submitter's?)");
                    }
                    default -> { }
                }
            } else if (ns.equals(AssessFn.NAMESPACE + ".fired")) {
                fired.merge(name, v, Long::sum);
            }
        }
        return new Summary(read, assessed, rejected, errors, fired, secs, state);
    }

    private static long value(MetricResult<Long> c) {
        try {
            Long committed = c.getCommitted();
            if (committed != null) return committed;
        } catch (UnsupportedOperationException e) {
            // Some runners only report attempted values.
        }
        return c.getAttempted();
    }

    /** The tables and rules: the options' directories, else the writguard home's, else the copy in the jar. */
    static RuleBookInputs inputs(WritguardPipelineOptions o) {
        Path home = home();
        Path tables = o.getTables() != null ? Path.of(o.getTables()) : home.resolve("decision-tables");
        Path rules = o.getRules() != null ? Path.of(o.getRules())
                : o.getTables() != null ? tables.resolveSibling("rules") : home.resolve("rules");
        if (o.getTables() == null && !Files.isDirectory(tables)) return RuleBookInputs.fromClasspath();
        if (!Files.isDirectory(tables)) throw new IllegalArgumentException("--tables: " + tables + ": no such tables directory");
        if (!Files.isDirectory(rules)) throw new IllegalArgumentException("--rules: " + rules + ": no such rules directory");
        return RuleBookInputs.fromDirectories(tables, rules);
    }

    static RuleBookCache cache(WritguardPipelineOptions o) {
        return new RuleBookCache(o.getRuleBookCache() != null ? Path.of(o.getRuleBookCache())
                : home().resolve("target").resolve("rulebook-cache"));
    }

    private static Path home() {
        String h = System.getProperty("writguard.home");
        return h == null ? Path.of(".") : Path.of(h);
    }

    static long peakHeapMb() {
        long peak = 0;
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    private static String oneLine(String s) {
        return org.writguard.internal.cases.OneLine.escape(s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** Parses Beam-style arguments ({@code --name=value}) into the options (tests and the command line). */
    public static WritguardPipelineOptions options(List<String> args) {
        PipelineOptionsFactory.register(WritguardPipelineOptions.class);
        return PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(WritguardPipelineOptions.class);
    }
}
