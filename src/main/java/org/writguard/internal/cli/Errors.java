package org.writguard.internal.cli;

import org.writguard.cases.CaseInputException;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.TableProblem;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Turns exceptions into one clear message and a documented exit code; a stack trace only with --verbose. */
final class Errors {
    private Errors() { }

    static final class Handler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parse) {
            PrintWriter err = cl.getErr();
            boolean verbose = parse.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parse.hasMatchedOption("--verbose");
            int code = report(ex, err, verbose);
            err.flush();
            return code;
        }
    }

    static int report(Throwable ex, PrintWriter err, boolean verbose) {
        int code;
        if (ex instanceof CaseInputException) {
            err.println("writguard: " + line(ex.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof RuleBookException rb) {
            err.println("writguard: the rule book does not build:");
            for (TableProblem p : rb.getProblems()) {
                if (p.isError()) err.println("  " + line(String.valueOf(p)));
            }
            if (verbose) {
                for (String raw : rb.getRawMessages()) err.println("  [compiler] " + raw);
            }
            code = ExitCodes.RULE_BOOK;
        } else if (ex instanceof InputException) {
            err.println("writguard: " + line(ex.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof OutputException) {
            err.println("writguard: " + line(ex.getMessage()));
            code = ExitCodes.OUTPUT;
        } else if (ex instanceof UncheckedIOException io) {
            err.println("writguard: " + line(io.getCause().getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else {
            err.println("writguard: internal error: " + line(String.valueOf(ex)) + (verbose ? "" : " (rerun with --verbose for details)"));
            code = ExitCodes.SOFTWARE;
        }
        if (verbose) ex.printStackTrace(err);
        return code;
    }

    /** A message as one line: line breaks in what it quotes become spaces, other control characters escapes. */
    static String line(String message) {
        return org.writguard.internal.cases.OneLine.escape(message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** Bad input other than a case file (a fixture file, a roster sheet, a path). */
    static final class InputException extends RuntimeException {
        InputException(String message) { super(message); }
    }

    /** Output could not be written. */
    static final class OutputException extends RuntimeException {
        OutputException(String message, Throwable cause) { super(message, cause); }
    }
}
