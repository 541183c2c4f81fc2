package org.writguard.internal.cli;

import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.facts.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** writguard assess CASE: evaluates one case file and prints the report. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one case file (YAML or JSON) and print its findings.")
final class AssessCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, markdown }

    @Parameters(paramLabel = "CASE", description = "case file (.yaml, .yml or .json)")
    Path caseFile;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CaseFile c = new CaseReader().read(caseFile);
        Engine rb = book.load();
        Report report = rb.assess(c, caseFile.toString());
        String out = switch (format) {
            case json -> ReportWriter.json(report);
            case markdown -> ReportWriter.markdown(report);
            case text -> ReportWriter.text(report);
        };
        java.io.PrintWriter w = spec.commandLine().getOut();
        w.print(out);
        w.flush();
        // A PrintWriter keeps write errors to itself: ask, so a full disk is not a silent success.
        // picocli's writer wraps System.out, a PrintStream that also keeps them to itself (a report to
        // /dev/full): ask both.
        if (w.checkError() || System.out.checkError()) {
            throw new Errors.OutputException("the report could not be written to standard output", null);
        }
        return ExitCodes.OK;
    }
}
