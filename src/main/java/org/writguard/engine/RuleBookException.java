package org.writguard.engine;


import org.writguard.engine.TableProblem;

import java.util.List;

/** The tables or rules did not build. Each problem names the file and, for tables, the sheet and cell. */
public final class RuleBookException extends RuntimeException {
    private final List<TableProblem> problems;
    private final List<String> raw;

    public RuleBookException(List<TableProblem> problems, List<String> raw) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
        this.raw = List.copyOf(raw);
    }

    /** Every problem, in the order found. */
    public List<TableProblem> getProblems() { return problems; }

    /** The compiler's own messages, for --verbose. */
    public List<String> getRawMessages() { return raw; }

    private static String summary(List<TableProblem> problems) {
        long errors = problems.stream().filter(TableProblem::isError).count();
        String first = problems.stream().filter(TableProblem::isError).findFirst().map(TableProblem::toString)
                .orElse("the rule book did not build");
        return errors <= 1 ? first : first + " (and " + (errors - 1) + " more)";
    }
}
