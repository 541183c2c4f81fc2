package org.writguard.internal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** writguard pipeline: the Beam pipeline on this machine (DirectRunner) or any runner on the classpath. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Assess many files with Apache Beam: the same records as assess-batch (with the source file),"
                + " sharded, a dead-letter output of rejected records, and aggregates (statistics, not legal"
                + " findings). Runs on the DirectRunner here; see docs/scale-out.md for clusters.")
final class PipelineCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "GLOB", description = "input files: a path or glob on any Beam file system")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PREFIX", description = "output prefix (PREFIX-results-*.ndjson, PREFIX-rejected-*.ndjson, PREFIX-findings-by-month.*, PREFIX-agency-patterns.*)")
    String output;

    @Option(names = "--format", defaultValue = "ndjson", description = "ndjson or holds_csv (default: ${DEFAULT-VALUE})")
    AssessBatchCommand.InputFormat format;

    @Option(names = "--runner", defaultValue = "DirectRunner", description = "Beam runner (default: ${DEFAULT-VALUE}; FlinkRunner when built with -Pflink)")
    String runner;

    @Option(names = "--shards", defaultValue = "0", description = "dead-letter shards (default: 0, the runner decides); results get one shard per range of input (--beam-option=--chunkBytes=N)")
    int shards;

    @Option(names = "--threads", description = "DirectRunner: threads that assess the lines of a range (default: all cores)")
    Integer threads;

    @Option(names = "--tables", paramLabel = "DIR", description = "decision tables (default: decision-tables/ of the writguard home)")
    String tables;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ of the writguard home)")
    String rules;

    @Option(names = "--beam-option", paramLabel = "--NAME=VALUE", description = "any other Beam pipeline option, passed on (repeatable)")
    List<String> beamOptions = new ArrayList<>();

    @Option(names = "--verbose", description = "stack traces")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (shards < 0) throw new Errors.InputException("--shards: " + shards + " is out of bounds; expected 0 or more");
        if (threads != null && threads < 1) throw new Errors.InputException("--threads: " + threads + " is out of bounds; expected 1 or more");
        List<String> args = new ArrayList<>();
        args.add("--input=" + input);
        args.add("--output=" + output);
        args.add("--format=" + format.name());
        args.add("--runner=" + runner);
        args.add("--shards=" + shards);
        if (tables != null) args.add("--tables=" + tables);
        if (rules != null) args.add("--rules=" + rules);
        args.add("--ruleBookCache=" + RuleBookOptions.cache().dir());
        if (runner.equals("DirectRunner")) {
            // The DirectRunner's scheduler re-runs itself on a free worker thread without pause whenever work is
            // outstanding: with one range per thread it takes a core from the assessment (docs/pipeline.md). So it
            // runs one range at a time and the range's lines are assessed on all the threads.
            args.add("--targetParallelism=1");
            args.add("--assessThreads=" + (threads != null ? threads : Runtime.getRuntime().availableProcessors()));
            // One range at a time, so ranges need not be small to keep cores busy; fewer, larger ranges mean fewer
            // bundles, and the DirectRunner copies a grouped key's buffered values each time a bundle reaches it.
            if (beamOptions.stream().noneMatch(b -> b.startsWith("--chunkBytes="))) args.add("--chunkBytes=" + (64L << 20));
        }
        for (String b : beamOptions) {
            if (!b.startsWith("--")) throw new Errors.InputException("--beam-option: " + b + " is not --NAME=VALUE");
            args.add(b);
        }
        org.writguard.internal.pipeline.PipelineMain.Summary s;
        try {
            s = org.writguard.internal.pipeline.PipelineMain.run(org.writguard.internal.pipeline.PipelineMain.options(args));
        } catch (IllegalArgumentException e) {
            throw new Errors.InputException(e.getMessage());
        }
        org.writguard.internal.pipeline.PipelineMain.print(s, spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return s.rejected() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
