package org.writguard.internal.cli;

import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.RuleBookInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * tables compile: builds the rule book with Drools' executable model and stores it in the rule-book cache,
 * so later runs load it in a fraction of a compile. bin/writguard runs it after building the jar; run it
 * (or `tables check`) after editing a table.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Precompile the tables and rules into the rule-book cache (target/rulebook-cache).")
final class TablesCompileCommand implements Callable<Integer> {
    @Mixin
    TablesDirOptions dirs;

    @Option(names = "--quiet", description = "print nothing on success")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path tables = dirs.tables();
        Path rulesDir = dirs.rulesDir();
        long t0 = System.nanoTime();
        Engine book = RuleBookOptions.cache().compileAndStore(RuleBookInputs.fromDirectories(tables, rulesDir));
        if (!quiet) {
            spec.commandLine().getOut().printf("compiled rule book %s (%d rules and reference rows) into %s in %.1f s%n",
                    book.version().substring(0, 12), book.ruleNames().size(), RuleBookOptions.cache().dir(),
                    (System.nanoTime() - t0) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
