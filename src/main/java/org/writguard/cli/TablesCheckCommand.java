package org.writguard.cli;

import org.writguard.engine.RuleBook;
import org.writguard.engine.RuleBookException;
import org.writguard.tables.TableProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** tables check: validates every cell and builds the rule book; errors exit 3, warnings only with --strict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate every table cell, build the rule book, and list errors and warnings.")
final class TablesCheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "tables directory (default: decision-tables/)")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ beside the tables)")
    Path rules;

    @Option(names = "--strict", description = "warnings fail too")
    boolean strict;

    @Option(names = "--verbose", description = "raw compiler messages")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path tables = TablesCommand.defaultDir(dir);
        Path rulesDir = rules != null ? rules : (dir == null ? RuleBookOptions.home().resolve("rules") : tables.resolveSibling("rules"));
        PrintWriter out = spec.commandLine().getOut();
        List<TableProblem> problems;
        try {
            RuleBook book = RuleBook.load(tables, rulesDir);
            problems = book.warnings();
            problems = new java.util.ArrayList<>(problems);
            problems.addAll(TableLint.lint(book));
        } catch (RuleBookException e) {
            for (TableProblem p : e.problems()) out.println((p.isError() ? "error: " : "warning: ") + p);
            if (verbose) e.rawMessages().forEach(m -> out.println("  [compiler] " + m));
            out.flush();
            return ExitCodes.RULE_BOOK;
        }
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        long errors = problems.size() - warnings;
        for (TableProblem p : problems) out.println((p.isError() ? "error: " : "warning: ") + p);
        out.println(errors + " errors, " + warnings + " warnings");
        out.flush();
        return errors > 0 || (strict && warnings > 0) ? ExitCodes.RULE_BOOK : ExitCodes.OK;
    }
}
