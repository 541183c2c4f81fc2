package org.writguard.internal.cli;

import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.memo.HtmlMemo;
import org.writguard.internal.memo.PdfMemo;
import org.writguard.internal.startup.StartupTrace;
import org.writguard.facts.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** writguard assess CASE: evaluates one case file and prints the report. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one case file (YAML or JSON) and print its findings.")
final class AssessCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { text, json, markdown, html, pdf }

    @Parameters(paramLabel = "CASE", description = "case file (.yaml, .yml or .json)")
    Path caseFile;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown, html (a self-contained memo with the hold timeline) or pdf"
            + " (the memo as PDF; binary, so give --out or redirect) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE (replaced atomically) instead of standard output")
    Path outFile;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StartupTrace.mark("command");
        // In a one-shot process the rule book loads on a second thread while this one reads the case: the two do not
        // depend on each other, and on more than one core a cold start saves the shorter of the two (issue 17).
        // Errors come out as before: a bad case file first (the load is then abandoned; its daemon thread ends with
        // the JVM), then the book's. In-process callers load after reading, as before (an abandoned load would run on).
        FutureTask<Engine> loading = new FutureTask<>(book::load);
        if (Main.oneShotProcess()) {
            Thread loader = new Thread(loading, "writguard-rulebook-load");
            loader.setDaemon(true);
            loader.start();
        }
        CaseReader reader = new CaseReader();
        CaseFile c = reader.read(caseFile);
        StartupTrace.mark("case-read");
        if (!Main.oneShotProcess()) loading.run();
        Engine rb = await(loading);
        StartupTrace.mark("rulebook-loaded");
        // The case was read for this one call and nobody else holds it, so the engine may work on it directly, without
        // a validated copy (Engine.assessOwned; the answers are the same: SessionReuseTest). The memo formats read the
        // case again after the assessment, so they keep the copy.
        boolean memo = format == Format.html || format == Format.pdf;
        Report report = memo ? rb.assess(c, caseFile.toString()) : rb.assessOwned(c, caseFile.toString());
        StartupTrace.mark("assessed");
        byte[] bytes = switch (format) {
            case json -> utf8(ReportWriter.json(report));
            case markdown -> utf8(ReportWriter.markdown(report));
            case text -> utf8(ReportWriter.text(report));
            case html -> utf8(HtmlMemo.render(report, c, reader.readTree(caseFile)));
            case pdf -> PdfMemo.render(HtmlMemo.render(report, c, reader.readTree(caseFile)));
        };
        StartupTrace.mark("rendered");
        if (outFile != null) {
            try {
                AtomicFile.write(outFile, bytes);
            } catch (java.io.IOException e) {
                throw new Errors.OutputException(outFile + ": cannot write: " + e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
        if (format == Format.pdf) {
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
            if (System.out.checkError()) throw new Errors.OutputException("the report could not be written to standard output", null);
            return ExitCodes.OK;
        }
        java.io.PrintWriter w = spec.commandLine().getOut();
        w.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        w.flush();
        // A PrintWriter keeps write errors to itself: ask, so a full disk is not a silent success.
        // picocli's writer wraps System.out, a PrintStream that also keeps them to itself (a report to
        // /dev/full): ask both.
        if (w.checkError() || System.out.checkError()) {
            throw new Errors.OutputException("the report could not be written to standard output", null);
        }
        return ExitCodes.OK;
    }

    /** The loaded rule book, or the load's own exception as if it had been thrown on this thread. */
    static Engine await(FutureTask<Engine> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rule book was loading", e);
        }
    }

    private static byte[] utf8(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8); }
}
