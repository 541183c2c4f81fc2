package org.writguard.internal.cli;

import org.writguard.internal.engine.Engine;
import org.writguard.internal.fixtures.Coverage;
import org.writguard.internal.fixtures.Replay;
import org.writguard.internal.fixtures.ReplayReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * writguard replay PATH...: replays fixture files and prints each failure and each fixture that could not be read,
 * then "N passed, N failed, N errors". Exit code: the worst that happened, in the order 1 (writguard failed on a
 * fixture), 5 (a result file could not be written), 2 (a fixture or file could not be read), 4 (a fixture failed), 0.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay fixture files (case facts in, expected findings out); exit 0 only if all pass.",
                "A malformed fixture is reported and counted as an error; every other fixture still runs.",
                "Exit code: 2 if any fixture or file could not be read, else 4 if any failed, else 0"
                        + " (1: writguard itself failed; 5: a result file could not be written)."})
final class ReplayCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "fixture files or folders of them (*.yaml, *.yml)")
    List<Path> paths;

    @Option(names = "--coverage", description = "after the results, list per file the table rows and DRL rules no fixture made fire")
    boolean coverage;

    @Option(names = "--coverage-json", paramLabel = "FILE", description = "write the coverage as JSON to FILE (implies --coverage)")
    Path coverageJson;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write the results as JUnit XML (one testcase per fixture) for CI servers")
    Path junitXml;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the results as JSON")
    Path json;

    @Option(names = "--filter", paramLabel = "TEXT", description = "replay only fixtures whose name or a tag contains TEXT (ignoring case)")
    String filter;

    @Option(names = "--fail-fast", description = "stop at the first fixture that fails or cannot be read")
    boolean failFast;

    @Option(names = "--threads", paramLabel = "N", description = "fixtures replayed at once (default: the number of cores;"
            + " output order is the same for any N)")
    Integer threads;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) throw new Errors.InputException("--threads: " + n + " is not between 1 and 1024");
        if (filter != null && filter.isBlank()) throw new Errors.InputException("--filter: give a text to look for in names and tags");
        Engine rb = book.load();
        PrintWriter out = spec.commandLine().getOut();
        Coverage cov = coverage || coverageJson != null ? new Coverage(rb) : null;
        Replay.Summary s = new Replay(rb, cov).run(paths, new Replay.Options(filter, failFast, n), o -> {
            out.print(o.describe());
            if (!o.reviewed()) {
                out.println("WARN " + o.label() + ": not reviewed (written by `writguard fixture new`): check its"
                        + " expectations, then set reviewed: true");
            }
            out.flush();
        });
        out.println(s.line());
        boolean writeFailed = false;
        if (junitXml != null) writeFailed |= !write(junitXml, ReplayReports.junitXml(s), "JUnit XML", out);
        if (json != null) writeFailed |= !write(json, ReplayReports.json(s), "JSON results", out);
        if (cov != null) {
            out.print(cov.text());
            if (coverageJson != null) writeFailed |= !write(coverageJson, cov.json(), "coverage", out);
        }
        out.flush();
        if (s.internalError()) return ExitCodes.SOFTWARE;
        if (writeFailed) return ExitCodes.OUTPUT;
        if (s.errors() > 0) return ExitCodes.BAD_INPUT;
        return s.failed() > 0 ? ExitCodes.FIXTURES_FAILED : ExitCodes.OK;
    }

    /** Writes through a temporary file and a move, so a reader never sees half a file; false (and a message) on failure. */
    private boolean write(Path file, String text, String what, PrintWriter out) {
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            out.println(what + " written to " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the message below is what matters
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such directory"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : String.valueOf(e.getMessage());
            err.println("writguard: " + file + ": cannot write the " + what + " (" + why + ")");
            err.flush();
            return false;
        }
    }
}
