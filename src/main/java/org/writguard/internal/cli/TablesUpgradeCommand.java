package org.writguard.internal.cli;

import org.writguard.internal.engine.Modules;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableUpgrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** tables upgrade: rewrites workbooks in the current layout, with the in-sheet help, keeping every value. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Rewrite workbooks in the current layout with the help inside the sheet (hit policy in B4, a"
                + " comment on every header, drop-down lists, typed validation, protected template rows), keeping"
                + " every value and the Notes cell.",
                "Data rows are read by their header labels, so a workbook with a missing, added or moved column or"
                        + " edited template rows is repaired (a column the layout gained comes out empty). Running it"
                        + " twice changes nothing. Exit 0 when every workbook reads cleanly afterwards, 3 otherwise."})
final class TablesUpgradeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR|FILE", description = "tables directory or one workbook (default: decision-tables/)")
    Path target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path t = TablesCommand.defaultDir(target);
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(t)) {
            files.add(t);
        } else if (Files.isDirectory(t)) {
            try (Stream<Path> s = Files.walk(t)) {
                s.filter(p -> p.getFileName().toString().endsWith(RuleBookInputs.TABLE_SUFFIX)).sorted().forEach(files::add);
            }
        } else {
            throw new Errors.InputException(t + ": no such file or directory");
        }
        int code = ExitCodes.OK;
        int changed = 0;
        for (Path f : files) {
            byte[] in;
            try {
                in = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new Errors.InputException(f + ": cannot be read (" + e.getMessage() + ")");
            }
            TableUpgrade.Outcome o = TableUpgrade.upgrade(in, f.toString(), Modules.schemaSet());
            if (o.bytes().isEmpty()) {
                for (TableProblem p : o.before()) if (p.isError()) err.println("writguard: " + p);
                err.println("writguard: " + f + ": not upgraded (no table could be read from it)");
                code = ExitCodes.RULE_BOOK;
                continue;
            }
            if (o.changed()) {
                Path tmp = f.resolveSibling("." + f.getFileName() + ".upgrade.tmp");
                try {
                    Files.write(tmp, o.bytes().get());
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.deleteIfExists(tmp);
                    throw new Errors.OutputException(f + ": cannot write the upgraded workbook (" + e.getMessage() + ")", e);
                }
                changed++;
            }
            long repaired = o.before().stream().filter(TableProblem::isError).count();
            out.println((o.changed() ? "upgraded " : "up to date ") + f + " (" + o.rows() + " rows"
                    + (repaired > 0 ? ", " + repaired + " layout problems repaired" : "") + ")");
            for (TableProblem p : o.after()) {
                if (p.isError()) {
                    err.println("writguard: " + p);
                    code = ExitCodes.RULE_BOOK;
                }
            }
        }
        out.println(changed + " of " + files.size() + " workbooks changed");
        out.flush();
        err.flush();
        return code;
    }
}
