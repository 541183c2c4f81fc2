package org.writguard.engine;

/**
 * One thing wrong with a workbook, located at {@code file!Sheet!Cell} and said in words an analyst
 * understands.
 *
 * <p>{@code file}: the workbook as the user named it (e.g. decision-tables/authority/x.drl.xlsx)
 * <br>{@code sheet}: the sheet, or null when the problem concerns the whole file
 * <br>{@code cell}: the A1-style cell reference, or null
 * <br>{@code message}: what is wrong and what is expected
 * <br>{@code severity}: error (the table does not load) or warning (it loads; lint reports it)
 */
public final class TableProblem {
    private final String file;
    private final String sheet;
    private final String cell;
    private final String message;
    private final Severity severity;

    public TableProblem(String file, String sheet, String cell, String message, Severity severity) {
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
        this.message = message;
        this.severity = severity;
    }

    public String getFile() { return file; }
    public String getSheet() { return sheet; }
    public String getCell() { return cell; }
    public String getMessage() { return message; }
    public Severity getSeverity() { return severity; }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof TableProblem o)) return false;
        return java.util.Objects.equals(file, o.file) && java.util.Objects.equals(sheet, o.sheet) && java.util.Objects.equals(cell, o.cell) && java.util.Objects.equals(message, o.message) && java.util.Objects.equals(severity, o.severity);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(file, sheet, cell, message, severity); }


    /** Error or warning. */
    public enum Severity { ERROR, WARNING }

    public static TableProblem error(String file, String sheet, String cell, String message) {
        return new TableProblem(file, sheet, cell, message, Severity.ERROR);
    }

    public static TableProblem warning(String file, String sheet, String cell, String message) {
        return new TableProblem(file, sheet, cell, message, Severity.WARNING);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code file!Sheet!D14} as far as it is known; {@code rules/x.drl:12} for a line of a DRL file. */
    public String location() {
        if (sheet == null && cell != null && cell.startsWith("line ")) return file + ":" + cell.substring(5);
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) sb.append('!').append(sheet);
        if (cell != null) sb.append('!').append(cell);
        return sb.toString();
    }

    /** One line whatever a cell held: line breaks become spaces, other control characters escapes. */
    @Override
    public String toString() {
        String text = location() + ": " + message;
        return org.writguard.internal.cases.OneLine.escape(text.replaceAll("\\s*\\R\\s*", " "));
    }
}
