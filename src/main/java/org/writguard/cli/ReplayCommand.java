package org.writguard.cli;

import org.writguard.engine.RuleBook;
import org.writguard.fixtures.Coverage;
import org.writguard.fixtures.Fixture;
import org.writguard.fixtures.FixtureReader;
import org.writguard.fixtures.FixtureResult;
import org.writguard.fixtures.FixtureRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import java.util.concurrent.Callable;

/** writguard replay PATH...: replays fixture files and prints each failure, then "N passed, N failed". */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay fixture files (case facts in, expected findings out); exit 0 only if all pass."
                + " --coverage adds which table rows and DRL rules no fixture made fire.")
final class ReplayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "fixture files or folders of them (*.yaml)")
    List<Path> paths;

    @Option(names = "--coverage", description = "after the results, list per file the table rows and DRL rules no fixture made fire")
    boolean coverage;

    @Option(names = "--coverage-json", paramLabel = "FILE", description = "write the coverage as JSON to FILE (implies --coverage)")
    Path coverageJson;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = FixtureReader.discover(paths);
        FixtureReader reader = new FixtureReader();
        List<Fixture> fixtures = new ArrayList<>();
        for (Path f : files) fixtures.addAll(reader.read(f));
        RuleBook rb = book.load();
        FixtureRunner runner = new FixtureRunner(rb);
        PrintWriter out = spec.commandLine().getOut();
        Coverage cov = coverage || coverageJson != null ? new Coverage(rb) : null;
        int passed = 0;
        int failed = 0;
        for (Fixture fx : fixtures) {
            FixtureResult r = runner.run(fx, cov == null ? null : cov.listener());
            if (r.passed()) {
                passed++;
            } else {
                failed++;
                out.print(r.describeFailure());
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        if (cov != null) {
            out.print(cov.text());
            if (coverageJson != null) {
                try {
                    Files.writeString(coverageJson, cov.json(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new Errors.OutputException(coverageJson + ": cannot write the coverage (" + e.getMessage() + ")", e);
                }
                out.println("coverage written to " + coverageJson);
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FIXTURES_FAILED;
    }
}
