package org.writguard.internal.cli;

import org.writguard.internal.engine.Modules;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.findings.FindingCode;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableLint;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * tables check: validates every cell of every table, builds the rule book, and lints the rows. Errors exit
 * 3; warnings are listed and fail only with --strict.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate every table cell, build the rule book, lint the rows (repeats, contradictions,"
                + " unknown finding codes, placeholder citations, [U] rows claiming certainty) and list errors"
                + " and warnings. Exit 0 when there are no errors, 3 otherwise; --strict makes warnings fail too.")
final class TablesCheckCommand implements Callable<Integer> {
    @Mixin
    TablesDirOptions dirs;

    @Option(names = "--strict", description = "warnings fail too")
    boolean strict;

    @Option(names = "--verbose", description = "raw compiler messages")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path tables = dirs.tables();
        Path rulesDir = dirs.rulesDir();
        PrintWriter out = spec.commandLine().getOut();
        RuleBookInputs inputs = RuleBookInputs.fromDirectories(tables, rulesDir);
        Set<TableProblem> problems = new LinkedHashSet<>();
        List<String> raw = new ArrayList<>();
        List<LoadedTable> valid = new ArrayList<>();
        try {
            // The check builds with the executable model and stores the result, so the next run starts fast.
            var book = RuleBookOptions.cache().compileAndStore(inputs);
            problems.addAll(book.warnings());
            valid.addAll(book.tables().values());
            valid.sort(java.util.Comparator.comparing(LoadedTable::file));
        } catch (RuleBookException e) {
            problems.addAll(e.getProblems());
            raw.addAll(e.getRawMessages());
            // Lint every table that reads cleanly, even when another table keeps the rule book from building.
            TableReader reader = new TableReader(Modules.schemaSet());
            for (RuleBookInputs.Input in : inputs.tables()) reader.read(in.bytes(), in.name()).table().ifPresent(valid::add);
        }
        Set<String> codes = Arrays.stream(FindingCode.values()).map(FindingCode::getNumber).collect(Collectors.toSet());
        problems.addAll(TableLint.lint(valid, codes));
        long errors = problems.stream().filter(TableProblem::isError).count();
        long warnings = problems.size() - errors;
        for (TableProblem p : problems) out.println((p.isError() ? "error: " : "warning: ") + p);
        if (verbose) raw.forEach(m -> out.println("  [compiler] " + m.replace('\n', ' ')));
        out.println(inputs.tables().size() + " tables, " + valid.stream().mapToInt(t -> t.rows().size()).sum()
                + " rows: " + errors + " errors, " + warnings + " warnings" + (strict && warnings > 0 ? " (--strict)" : ""));
        out.flush();
        return errors > 0 || (strict && warnings > 0) ? ExitCodes.RULE_BOOK : ExitCodes.OK;
    }
}
