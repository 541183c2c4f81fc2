package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.CaseFile;
import org.writguard.internal.fixtures.FixtureGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** writguard fixture ...: tools for testers who keep fixture suites. */
@Command(name = "fixture", mixinStandardHelpOptions = true,
        description = "Tools for fixture files (see `replay`).",
        subcommands = {FixtureCommand.New.class})
final class FixtureCommand {

    /** writguard fixture new CASE [--name NAME]. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Print a fixture whose expectations are what the engine reports now for CASE (every finding"
                    + " with code, subject, variant, severity, confidence and key computed values), marked reviewed: false.",
                    "Read it, correct it, then set reviewed: true; replay warns about fixtures that are not reviewed."})
    static final class New implements Callable<Integer> {
        @Parameters(paramLabel = "CASE", description = "case file (.yaml, .yml or .json)")
        Path caseFile;

        @Option(names = "--name", paramLabel = "NAME", description = "the fixture's name (default: the case file's name)")
        String name;

        @Mixin
        RuleBookOptions book;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (name != null && name.isBlank()) throw new Errors.InputException("--name: give a sentence saying what the fixture checks");
            CaseReader reader = new CaseReader();
            String shown = caseFile.toString();
            JsonNode tree = reader.readTree(caseFile);
            if (tree == null) throw new CaseInputException(shown, "", "the case file is empty");
            CaseFile c = reader.toCaseFile(tree, shown, "");
            String fixtureName = name != null ? name.strip() : defaultName(caseFile);
            String text = new FixtureGenerator(book.load()).generate(tree, c, shown, fixtureName);
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
            if (w.checkError()) throw new Errors.OutputException("the fixture could not be written to standard output", null);
            return ExitCodes.OK;
        }

        private static String defaultName(Path p) {
            String n = p.getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }
    }
}
