package org.writguard.internal.cli;

import org.writguard.internal.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** writguard bench: prints the performance figures of docs/performance.md. Not part of mvn verify. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure cold start, rebuild after an edit, batch throughput and heap, roster scaling,"
                + " per-case CPU, and per-case vs batched evaluation; print the figures and issue 17's target table. --http: the workbench's figures instead.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "fewer runs and smaller inputs (about a minute)")
    boolean quick;

    @Option(names = "--large", description = "also the long part: assess-batch through bin/writguard's default settings on"
            + " 1,000,000 generated holds, for the heap any input size needs (a few minutes more, about 8 GB of temporary"
            + " files at most)")
    boolean large;

    @Option(names = "--uncertain-dates", description = "only the cost of dates known in part (figure 6)")
    boolean uncertainDates;

    @Option(names = "--rebuild", description = "only the rebuild after one cell edit (figure 2): a new JVM and hot reload,"
            + " each against the full build, interleaved")
    boolean rebuild;

    @Option(names = "--cold", description = "only the cold start (figure 1: bin/writguard assess on an example, beside the"
            + " earlier kjar route and a run without the CDS archive), with its target row")
    boolean cold;

    @Option(names = "--http", description = "only the workbench's figures: page and API latency after warm-up, requests/s of"
            + " POST /api/v1/assess with 32 concurrent clients, heap over many requests")
    boolean http;

    @Option(names = "--pipeline", description = "only the Beam pipeline (DirectRunner) against assess-batch on the same"
            + " generated records (issue 16); --records sets how many (default 1,000,000; --quick: 100,000)")
    boolean pipeline;

    @Option(names = "--records", description = "records for --pipeline (1,000 to 100,000,000)")
    Long records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (http) {
            new org.writguard.internal.web.HttpBench(RuleBookOptions.home().toAbsolutePath().normalize(), spec.commandLine().getOut(), quick).run();
            return ExitCodes.OK;
        }
        if (pipeline) {
            long n = records != null ? records : quick ? 100_000 : 1_000_000;
            if (n < 1_000 || n > 100_000_000) throw new Errors.InputException("--records: " + n + " is out of bounds; expected 1,000 to 100,000,000");
            new org.writguard.internal.bench.PipelineBench(RuleBookOptions.home().toAbsolutePath().normalize(),
                    spec.commandLine().getOut(), n, quick ? 1 : 2).run();
            return ExitCodes.OK;
        }
        if (records != null) throw new Errors.InputException("--records: only with --pipeline");
        Bench bench = new Bench(RuleBookOptions.home().toAbsolutePath().normalize(), spec.commandLine().getOut(), quick).large(large);
        if (cold) bench.runCold();
        else if (uncertainDates) bench.runUncertainDates();
        else if (rebuild) bench.runRebuild();
        else bench.run();
        return ExitCodes.OK;
    }
}
