package org.writguard.internal.cli;

import org.writguard.internal.roster.IceRosterReader;
import org.writguard.internal.roster.RosterDiff;
import org.writguard.internal.roster.RosterImport;
import org.writguard.internal.roster.RosterInputException;
import org.writguard.internal.tables.TableWriter;
import org.writguard.internal.topics.roster.RosterTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** writguard roster ...: ICE's participating-agencies spreadsheet into the roster decision table. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Import ICE's 287(g) participating-agencies spreadsheet, or diff two of them.",
        subcommands = {RosterCommand.Import.class, RosterCommand.Diff.class})
final class RosterCommand {

    static RosterImport read(Path p) {
        try {
            return IceRosterReader.read(p);
        } catch (RosterInputException e) {
            throw new Errors.InputException(e.getMessage());
        }
    }

    /** roster import. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Write the roster decision table from an ICE spreadsheet; report every skipped row.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "ICE.xlsx", description = "ICE participating-agencies spreadsheet")
        Path sheet;

        @Option(names = "--out", paramLabel = "FILE", description = "table to write (default: decision-tables/roster/agreements.drl.xlsx)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RosterImport imp = read(sheet);
            Path target = out != null ? out : RuleBookOptions.home().resolve("decision-tables/roster/agreements.drl.xlsx");
            try {
                // Whole or not at all: the rule book never sees a half-written roster table.
                AtomicFile.write(target, TableWriter.toBytes(RosterTable.SCHEMA, "287(g) agreements imported from "
                        + imp.sourceFile() + " by writguard roster import; " + imp.agreementsWritten() + " agreements.",
                        RosterTable.rows(imp)));
            } catch (IOException e) {
                throw new Errors.OutputException(target + ": cannot write: " + e.getMessage(), e);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.print(imp.details());
            o.println("wrote " + target);
            o.print(imp.counts());
            o.flush();
            return ExitCodes.OK;
        }
    }

    /** roster diff. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Agreements added, removed and changed between two ICE spreadsheets.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD.xlsx")
        Path oldSheet;

        @Parameters(index = "1", paramLabel = "NEW.xlsx")
        Path newSheet;

        /** Output formats. */
        enum Format { text, json }

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            RosterDiff d = RosterDiff.diff(read(oldSheet), read(newSheet));
            PrintWriter o = spec.commandLine().getOut();
            o.print(format == Format.json ? d.toJson() : d.toText());
            o.flush();
            return ExitCodes.OK;
        }
    }
}
