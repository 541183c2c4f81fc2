package org.writguard.cases;

import org.writguard.internal.cases.OneLine;

/**
 * A case file that cannot be used. The message is one line,
 * {@code <file>: <field path>: <what was wrong and what was expected>}, e.g.
 * {@code examples/x.yaml: holds[0].detainer.form: "I247" is not one of I247A, ...}.
 * Problems that belong to no field (a syntax error, an empty file) leave the field empty
 * and read {@code <file>: <problem>}; a syntax error's problem starts with its line and column.
 */
public class CaseInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String problem;

    public CaseInputException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    public CaseInputException(String file, String field, String problem, Throwable cause) {
        super(format(file, field, problem), cause);
        this.file = file == null ? "" : OneLine.escape(file);
        this.field = field == null ? "" : OneLine.escape(field);
        this.problem = problem;
    }

    /** The file as the user named it. */
    public String getFile() {
        return file;
    }

    /** The field path, e.g. {@code holds[0].detainer.form}; empty when no field is to blame. */
    public String getField() {
        return field;
    }

    /** What was wrong and what was expected, without file and field. */
    public String getProblem() {
        return problem;
    }

    private static String format(String file, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null && !file.isEmpty()) {
            sb.append(OneLine.escape(file)).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(OneLine.escape(field)).append(": ");
        }
        // One line, whatever a parser put in its text.
        // One line, whatever a parser put in its text; what the input put in it is escaped.
        sb.append(problem == null ? "invalid" : OneLine.escape(problem.replaceAll("\\s*\\R\\s*", " ").strip()));
        return sb.toString();
    }
}
