package org.writguard.cli;

import org.writguard.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** writguard bench: prints the performance figures of docs/performance.md. Not part of mvn verify. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure cold start, rebuild after an edit, batch throughput and heap, roster scaling,"
                + " and per-case vs batched evaluation; print the figures.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "fewer runs and smaller inputs (about a minute)")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new Bench(RuleBookOptions.home().toAbsolutePath().normalize(), spec.commandLine().getOut(), quick).run();
        return ExitCodes.OK;
    }
}
