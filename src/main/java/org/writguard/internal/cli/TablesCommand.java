package org.writguard.internal.cli;

import org.writguard.internal.engine.Modules;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableCompiler;
import org.writguard.internal.tables.TableCsv;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.tables.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** writguard tables ...: tools for the analysts who edit the decision tables. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Check, dump, create, compile or generate decision tables.",
        subcommands = {TablesCommand.Dump.class, TablesCommand.Create.class, TablesCheckCommand.class,
                TablesCompileCommand.class, TablesGenerateHolidaysCommand.class, TablesUpgradeCommand.class,
                TablesDiffCommand.class, TablesPackageCommand.class})
final class TablesCommand {

    static Path defaultDir(Path dir) { return dir != null ? dir : RuleBookOptions.home().resolve("decision-tables"); }

    /** Reads every workbook under a directory, collecting problems. */
    static List<TableReader.Result> readAll(Path dir) {
        Path rules = dir.resolveSibling("rules");
        RuleBookInputs in = RuleBookInputs.fromDirectories(dir, Files.isDirectory(rules) ? rules : dir);
        TableReader reader = new TableReader(Modules.schemaSet());
        List<TableReader.Result> results = new ArrayList<>();
        for (RuleBookInputs.Input i : in.tables()) results.add(reader.read(i.bytes(), i.name()));
        return results;
    }

    /** Output formats of tables dump. */
    enum Format { csv, drl, named }

    /** tables dump: one line per row, for review and diffs (and git's textconv). */
    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = {"Print tables as plain text: CSV (sheet, row, then every column) or the DRL they compile to.",
                    "Given one workbook, the output does not depend on where the file is, so it serves as a git textconv"
                            + " (docs/tables-in-git.md); given a directory, every line starts with the workbook's name."})
    static final class Dump implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR|FILE", description = "tables directory or one workbook (default: decision-tables/)")
        Path dir;

        @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|named|drl",
                description = "csv; named (one line per row, every cell named by its column: the git textconv);"
                        + " or drl (default: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path target = defaultDir(dir);
            boolean single = Files.isRegularFile(target);
            if (!single && !Files.isDirectory(target)) throw new Errors.InputException(target + ": no such file or directory");
            List<TableReader.Result> results = single
                    ? List.of(new TableReader(Modules.schemaSet()).read(target, target.toString()))
                    : readAll(target);
            int code = ExitCodes.OK;
            for (TableReader.Result r : results) {
                for (TableProblem p : r.errors()) {
                    err.println("writguard: " + p);
                    code = ExitCodes.RULE_BOOK;
                }
                // A workbook with errors still dumps the rows its header labels allow (cells as typed), so the
                // repair "dump, edit, create" works exactly when it is needed; the exit code says it is broken.
                if (r.salvaged().isEmpty() || r.table().isEmpty() && format == Format.drl) continue;
                LoadedTable t = r.salvaged().get();
                // One workbook: name it by its table, not by a path that changes (git passes a temporary copy).
                LoadedTable shown = single ? new LoadedTable(t.schema().name(), t.schema(), t.rows(), t.sha256(), t.warnings()) : t;
                if (format == Format.drl) {
                    out.println("// " + shown.file());
                    out.print(TableCompiler.compile(shown).drl());
                } else if (format == Format.named) {
                    out.print(TableCsv.named(shown));
                } else {
                    out.print(TableCsv.dump(shown, !single));
                }
            }
            out.flush();
            err.flush();
            return code;
        }
    }

    /** tables create: a new workbook in the expected layout, from CSV. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Write a workbook in writguard's layout for TABLE from CSV whose header names its columns.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--table", required = true, description = "RuleTable name, e.g. ModelFunctionMatrix")
        String table;

        @Option(names = "--csv", required = true, description = "CSV file (header: column labels)")
        Path csv;

        @Option(names = "--out", required = true, description = "the workbook to write (*.drl.xlsx)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TableSchema schema = Modules.schemaSet().byName(table).orElseThrow(() -> new Errors.InputException(
                    "--table " + table + ": unknown table; known: " + String.join(", ", Modules.schemaSet().names())));
            if (!out.getFileName().toString().endsWith(RuleBookInputs.TABLE_SUFFIX)) {
                throw new Errors.InputException(out + ": decision tables must be named *.drl.xlsx");
            }
            List<Map<String, String>> rows;
            try {
                rows = TableCsv.parse(schema, Files.readString(csv, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new Errors.InputException(csv + ": " + e.getMessage());
            }
            // Checked in memory first (cells, and the hit policy: two rows answering one question under UNIQUE
            // will not build), then written whole or not at all: a workbook with errors never reaches --out (an
            // existing file there stays as it was).
            byte[] bytes = TableWriter.toBytes(schema, null, rows);
            TableReader.Result check = new TableReader(Modules.schemaSet()).read(bytes, out.toString());
            List<TableProblem> problems = new ArrayList<>(check.problems());
            check.table().ifPresent(t -> org.writguard.internal.tables.TableLint.overlaps(t).stream()
                    .filter(TableProblem::isError).forEach(problems::add));
            for (TableProblem p : problems) spec.commandLine().getErr().println(p);
            if (problems.stream().anyMatch(TableProblem::isError)) {
                spec.commandLine().getErr().println("writguard: " + out + " not written: the rows have errors");
                return ExitCodes.RULE_BOOK;
            }
            try {
                AtomicFile.write(out, bytes);
            } catch (IOException e) {
                throw new Errors.OutputException(out + ": cannot write: " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println("wrote " + rows.size() + " rows to " + out);
            return ExitCodes.OK;
        }
    }
}
