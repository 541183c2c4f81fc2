package org.writguard.internal.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** [DIR] and --rules for the table commands that build a rule book (check, compile). */
final class TablesDirOptions {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "tables directory (default: decision-tables/)")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ beside the tables)")
    Path rules;

    /** The tables directory; a missing one is bad input. */
    Path tables() {
        Path t = TablesCommand.defaultDir(dir);
        if (!Files.isDirectory(t)) throw new Errors.InputException(t + ": no such tables directory");
        return t;
    }

    /** --rules, else rules/ of the writguard home (no DIR) or beside the tables (DIR given). */
    Path rulesDir() {
        Path r = rules != null ? rules
                : dir == null ? RuleBookOptions.home().resolve("rules") : TablesCommand.defaultDir(dir).resolveSibling("rules");
        if (!Files.isDirectory(r)) throw new Errors.InputException(r + ": no such rules directory (use --rules)");
        return r;
    }
}
