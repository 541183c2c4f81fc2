package org.writguard.internal.pipeline;

import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.RuleBookCache;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule book as it travels with a job: every table and rule file (bytes) and the precompiled kjar with its
 * validated rows, made once at submission. A worker installs it in a local cache and loads it there: no worker
 * compiles spreadsheets, and every worker runs exactly the rule book that was submitted (a later table edit is
 * not seen; it needs a new job).
 */
final class ShippedRuleBook implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Rule books loaded in this JVM, by hash: one per worker process, shared by its DoFn instances. */
    private static final ConcurrentHashMap<String, Engine> LOADED = new ConcurrentHashMap<>();

    /** Counts the workers that could not use the shipped precompiled rule book and compiled it. */
    private static final org.apache.beam.sdk.metrics.Counter COMPILED_ON_WORKER =
            org.apache.beam.sdk.metrics.Metrics.counter(AssessFn.NAMESPACE, "rulebook_compiled_on_worker");

    private final ArrayList<String> tableNames = new ArrayList<>();
    private final ArrayList<byte[]> tableBytes = new ArrayList<>();
    private final ArrayList<String> ruleNames = new ArrayList<>();
    private final ArrayList<byte[]> ruleBytes = new ArrayList<>();
    private final ArrayList<String> stray;
    private final byte[] kjar;
    private final byte[] meta;
    private final String hash;
    private final String version;

    private ShippedRuleBook(RuleBookInputs inputs, byte[] kjar, byte[] meta, String hash, String version) {
        for (RuleBookInputs.Input i : inputs.tables()) {
            tableNames.add(i.name());
            tableBytes.add(i.bytes());
        }
        for (RuleBookInputs.Input i : inputs.rules()) {
            ruleNames.add(i.name());
            ruleBytes.add(i.bytes());
        }
        this.stray = new ArrayList<>(inputs.strayFiles());
        this.kjar = kjar;
        this.meta = meta;
        this.hash = hash;
        this.version = version;
    }

    /**
     * At submission: compiles the rule book into the cache if it is not there (a RuleBookException if it does not
     * build) and packs it for the job.
     */
    static ShippedRuleBook prepare(RuleBookInputs inputs, RuleBookCache cache) {
        Engine book = cache.loadOrCompile(inputs);
        byte[][] entry = cache.entryBytes(inputs).orElse(null);
        return new ShippedRuleBook(inputs, entry == null ? null : entry[0], entry == null ? null : entry[1],
                Engine.hash(inputs), book.version());
    }

    /** The rule book's version (the hash of its tables and rules), as reports name it. */
    String version() { return version; }

    /** Whether the precompiled rule book travels (false only when the submitting cache could not be written). */
    boolean precompiled() { return kjar != null; }

    RuleBookInputs inputs() {
        List<RuleBookInputs.Input> t = new ArrayList<>();
        for (int k = 0; k < tableNames.size(); k++) t.add(new RuleBookInputs.Input(tableNames.get(k), tableBytes.get(k)));
        List<RuleBookInputs.Input> r = new ArrayList<>();
        for (int k = 0; k < ruleNames.size(); k++) r.add(new RuleBookInputs.Input(ruleNames.get(k), ruleBytes.get(k)));
        return new RuleBookInputs(t, r, stray);
    }

    /** On a worker: the rule book, loaded once per JVM from the shipped precompiled entry. */
    Engine engine() {
        return LOADED.computeIfAbsent(hash, h -> {
            RuleBookInputs inputs = inputs();
            if (kjar != null) {
                RuleBookCache local = new RuleBookCache(Path.of(System.getProperty("java.io.tmpdir"), "writguard-pipeline-rulebooks"));
                try {
                    local.install(inputs, kjar, meta);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot install the shipped rule book in " + local.dir() + ": " + e.getMessage(), e);
                }
                var hit = local.load(inputs);
                if (hit.isPresent()) return hit.get();
            }
            // A worker running another build of writguard than the submitter: compile (slow, but the same rules).
            COMPILED_ON_WORKER.inc();
            return Engine.build(inputs);
        });
    }
}
