package org.writguard.internal.cli;

import org.writguard.internal.engine.Engine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** --tables / --rules, shared by every command that builds a rule book. */
final class RuleBookOptions {
    @Option(names = "--tables", paramLabel = "DIR", description = "decision tables (default: decision-tables/ of the writguard home)")
    Path tables;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ of the writguard home)")
    Path rules;

    @Option(names = "--verbose", description = "stack traces and raw compiler messages")
    boolean verbose;

    @Option(names = "--no-cache", description = "compile the tables and rules now; ignore the precompiled rule-book cache")
    boolean noCache;

    /** The precompiled rule books: target/rulebook-cache under the writguard home. */
    static org.writguard.internal.engine.RuleBookCache cache() {
        return new org.writguard.internal.engine.RuleBookCache(home().resolve("target").resolve("rulebook-cache"));
    }

    /** The writguard home: -Dwritguard.home (set by bin/writguard), else the working directory. */
    static Path home() {
        String h = System.getProperty("writguard.home");
        return h == null ? Path.of(".") : Path.of(h);
    }

    Path tablesDir() { return tables != null ? tables : home().resolve("decision-tables"); }

    Path rulesDir() { return rules != null ? rules : home().resolve("rules"); }

    Engine load() {
        Path t = tablesDir();
        Path r = rulesDir();
        if (!Files.isDirectory(t)) throw new Errors.InputException(t + ": no such tables directory");
        if (!Files.isDirectory(r)) throw new Errors.InputException(r + ": no such rules directory");
        org.writguard.internal.engine.RuleBookInputs inputs = org.writguard.internal.engine.RuleBookInputs.fromDirectories(t, r);
        org.writguard.internal.startup.StartupTrace.mark("inputs-read");
        return noCache ? Engine.build(inputs) : cache().loadOrBuild(inputs);
    }
}
