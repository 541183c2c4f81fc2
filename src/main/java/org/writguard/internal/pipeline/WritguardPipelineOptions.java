package org.writguard.internal.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The options of {@link PipelineMain} (and of {@code writguard pipeline}), next to the runner's own. */
public interface WritguardPipelineOptions extends PipelineOptions {
    @Description("Input files: a path or glob on any Beam file system (local, gs://, s3://, hdfs://); .gz is read as gzip")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Output prefix: PREFIX-results-*.ndjson, PREFIX-rejected-*.ndjson, PREFIX-findings-by-month.{csv,ndjson},"
            + " PREFIX-agency-patterns.{csv,ndjson}")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Input layout: ndjson (one case per line) or holds_csv (the holds CSV layout, header first)")
    @Default.String("ndjson")
    String getFormat();

    void setFormat(String value);

    @Description("Decision tables read at submission and shipped with the job (default: decision-tables/ of the"
            + " writguard home, else the copy inside the writguard jar)")
    String getTables();

    void setTables(String value);

    @Description("DRL rules read at submission and shipped with the job (default: rules/ beside the tables)")
    String getRules();

    void setRules(String value);

    @Description("Where the submitting process keeps precompiled rule books (default: target/rulebook-cache of the"
            + " writguard home)")
    String getRuleBookCache();

    void setRuleBookCache(String value);

    @Description("Dead-letter shards (0: the runner decides); results have one shard per range of input")
    @Default.Integer(0)
    int getShards();

    void setShards(int value);

    @Description("Bytes of an uncompressed input file per unit of parallel work (lines are never split)")
    @Default.Long(8L * 1024 * 1024)
    long getChunkBytes();

    void setChunkBytes(long value);

    @Description("Threads that assess the lines of one range inside a worker (default 1: the runner spreads ranges over"
            + " workers and slots). writguard pipeline sets it to the cores on the DirectRunner, whose own scheduler"
            + " then runs one range at a time (docs/pipeline.md)")
    @Default.Integer(1)
    int getAssessThreads();

    void setAssessThreads(int value);
}
