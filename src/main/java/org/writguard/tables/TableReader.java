package org.writguard.tables;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a decision-table workbook and checks it against the expected layout ({@link TableSchema}) and
 * every data cell against its column type, before anything reaches the Drools compiler. Problems are
 * collected (not thrown) so an analyst sees every wrong cell at once.
 */
public final class TableReader {
    /** Larger workbooks are refused before POI opens them. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** At most this many rows per table. */
    public static final int MAX_ROWS = 50_000;
    /** Columns a header row is scanned to at least; data rows are scanned to their last cell. */
    private static final int MIN_SCAN_COLUMNS = 64;
    private static final Set<String> RULESET_KEYWORDS = Set.of("ruleset", "import", "notes", "variables",
            "functions", "queries", "declare", "sequential", "sequentialmaxpriority", "sequentialminpriority",
            "escapequotes", "numericdisabled", "unit", "agenda-group", "ruleflow-group", "salience", "priority",
            "no-loop", "lock-on-active", "auto-focus", "activation-group", "duration", "timer", "calendars",
            "date-effective", "date-expires", "enabled", "dialect");

    static {
        // Zip-bomb and oversize guards for every workbook writguard opens (POI's own limits, set on purpose):
        // an entry may inflate at most 100 times, to at most 100 MB, before POI builds anything from it.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private final TableSchemas schemas;

    public TableReader(TableSchemas schemas) { this.schemas = schemas; }

    /** The outcome of reading one workbook: a table when there were no errors, and every problem found. */
    public record Result(Optional<LoadedTable> table, List<TableProblem> problems) {
        public boolean ok() { return table.isPresent(); }
        public List<TableProblem> errors() { return problems.stream().filter(TableProblem::isError).toList(); }
    }

    public Result read(Path path, String displayName) {
        List<TableProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                problems.add(TableProblem.error(displayName, null, null, "the file is " + size
                        + " bytes; writguard reads decision tables of at most " + MAX_FILE_BYTES + " bytes"));
                return new Result(Optional.empty(), problems);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(TableProblem.error(displayName, null, null, "cannot be read: " + e.getMessage()));
            return new Result(Optional.empty(), problems);
        }
        return read(bytes, displayName);
    }

    public Result read(byte[] bytes, String displayName) {
        List<TableProblem> problems = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes), null)) {
            LoadedTable table = readWorkbook(wb, displayName, sha256(bytes), problems);
            boolean errors = problems.stream().anyMatch(TableProblem::isError);
            return new Result(errors ? Optional.empty() : Optional.ofNullable(table), problems);
        } catch (EncryptedDocumentException e) {
            problems.add(TableProblem.error(displayName, null, null,
                    "is password-protected; save it without a password"));
        } catch (IOException | RuntimeException e) {
            String why = oneLine(e);
            problems.add(TableProblem.error(displayName, null, null, why.contains("Zip bomb") || why.contains("exceed")
                    ? "is not a readable .xlsx workbook: it unpacks to far more than it holds (more than 100 times,"
                            + " or an entry over 100 MB), which writguard refuses as a possible zip bomb; re-save it"
                            + " from Excel (" + why + ")"
                    : "is not a readable .xlsx workbook (" + why + "); re-save it from Excel as .xlsx"));
        }
        return new Result(Optional.empty(), problems);
    }

    private LoadedTable readWorkbook(Workbook wb, String file, String sha, List<TableProblem> problems) {
        // Find the one sheet that holds a RuleTable; a RuleTable anywhere else is refused.
        Sheet tableSheet = null;
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            Sheet sheet = wb.getSheetAt(s);
            for (CellReference ref : findKeyword(sheet, "ruletable")) {
                if (tableSheet == null && ref.getRow() == TableSchema.RULETABLE_ROW && ref.getCol() == 0
                        && !wb.isSheetHidden(s) && !wb.isSheetVeryHidden(s)) {
                    tableSheet = sheet;
                } else if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                    problems.add(TableProblem.error(file, sheet.getSheetName(), ref.formatAsString(false),
                            "a hidden sheet holds a RuleTable; unhide it or delete it (writguard compiles one"
                                    + " visible table per workbook)"));
                } else {
                    problems.add(TableProblem.error(file, sheet.getSheetName(), ref.formatAsString(false),
                            "unexpected RuleTable; writguard expects exactly one, in cell A"
                                    + (TableSchema.RULETABLE_ROW + 1) + " of one sheet"));
                }
            }
        }
        if (tableSheet == null) {
            if (problems.isEmpty()) {
                problems.add(TableProblem.error(file, null, null, "no sheet has \"RuleTable <name>\" in cell A"
                        + (TableSchema.RULETABLE_ROW + 1) + "; known tables: " + String.join(", ", schemas.names())));
            }
            return null;
        }
        String sheetName = tableSheet.getSheetName();
        String tableCell = text(tableSheet, TableSchema.RULETABLE_ROW, 0);
        String tableName = tableCell.substring("RuleTable".length()).trim();
        Optional<TableSchema> found = schemas.byName(tableName);
        if (found.isEmpty()) {
            problems.add(TableProblem.error(file, sheetName, "A" + (TableSchema.RULETABLE_ROW + 1),
                    "\"" + clip(tableCell) + "\" names no table writguard knows; known tables: "
                            + String.join(", ", schemas.names())));
            return null;
        }
        TableSchema schema = found.get();
        if (!sheetName.equals(schema.sheet())) {
            problems.add(TableProblem.error(file, sheetName, null,
                    "the " + schema.name() + " table must be on a sheet named \"" + schema.sheet() + "\""));
        }
        checkCells(tableSheet, file, schema, problems);
        checkHeader(tableSheet, file, schema, problems);
        List<TableRow> rows = readRows(tableSheet, file, schema, problems);
        List<TableProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        return new LoadedTable(file, schema, rows, sha, warnings);
    }

    private void checkHeader(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        String sn = sheet.getSheetName();
        expect(sheet, file, TableSchema.RULESET_ROW, 0, "RuleSet", problems);
        expect(sheet, file, TableSchema.RULESET_ROW, 1, schema.packageName(), problems);
        expect(sheet, file, TableSchema.IMPORT_ROW, 0, "Import", problems);
        expect(sheet, file, TableSchema.IMPORT_ROW, 1, schema.importLine(), problems);
        expect(sheet, file, TableSchema.NOTES_ROW, 0, "Notes", problems);
        // Nothing else may stand in the settings area: Functions, Variables, Queries or Declare would be code.
        for (int r = 0; r < TableSchema.RULETABLE_ROW; r++) {
            for (int c = 0; c < scanWidth(sheet.getRow(r), MIN_SCAN_COLUMNS); c++) {
                boolean expected = (r <= TableSchema.NOTES_ROW && c <= 1);
                if (expected) continue;
                String t = text(sheet, r, c);
                if (!t.isEmpty()) {
                    String kw = t.toLowerCase(Locale.ROOT);
                    String why = RULESET_KEYWORDS.contains(kw)
                            ? "\"" + clip(t) + "\" is a rule-set setting writguard does not allow in its tables"
                            : "unexpected content \"" + clip(t) + "\" in the settings area (rows 1-"
                              + TableSchema.RULETABLE_ROW + "); only RuleSet, Import and Notes belong there";
                    problems.add(TableProblem.error(file, sn, ref(r, c), why));
                }
            }
        }
        List<ColumnSpec> cols = schema.columns();
        for (int c = 0; c < cols.size(); c++) {
            ColumnSpec col = cols.get(c);
            expect(sheet, file, TableSchema.KIND_ROW, c, col.kind().name(), problems);
            expect(sheet, file, TableSchema.TEMPLATE_ROW, c, col.template(), problems);
            expect(sheet, file, TableSchema.LABEL_ROW, c, col.label(), problems);
            String binding = text(sheet, TableSchema.BINDING_ROW, c);
            String wantBinding = c == 0 ? schema.binding() : "";
            if (!binding.equals(wantBinding)) {
                problems.add(TableProblem.error(file, sn, ref(TableSchema.BINDING_ROW, c), wantBinding.isEmpty()
                        ? "must be empty (the lookup binding is in A" + (TableSchema.BINDING_ROW + 1) + ")"
                        : "must read \"" + wantBinding + "\""));
            }
        }
        for (int r = TableSchema.RULETABLE_ROW; r <= TableSchema.LABEL_ROW; r++) {
            for (int c = (r == TableSchema.RULETABLE_ROW ? 1 : cols.size()); c < scanWidth(sheet.getRow(r), MIN_SCAN_COLUMNS); c++) {
                String t = text(sheet, r, c);
                if (!t.isEmpty()) {
                    problems.add(TableProblem.error(file, sn, ref(r, c), "unexpected header cell \"" + clip(t)
                            + "\"; the " + schema.name() + " table has " + cols.size() + " columns (A-"
                            + columnLetter(cols.size() - 1) + ")"));
                }
            }
        }
    }

    private void expect(Sheet sheet, String file, int r, int c, String want, List<TableProblem> problems) {
        String got = text(sheet, r, c);
        if (!got.equals(want)) {
            problems.add(TableProblem.error(file, sheet.getSheetName(), ref(r, c),
                    (got.isEmpty() ? "is empty" : "reads \"" + clip(got) + "\"") + "; the layout expects \""
                            + want + "\" here (header rows are fixed; only data rows below row "
                            + (TableSchema.LABEL_ROW + 1) + " are edited)"));
        }
    }

    private List<TableRow> readRows(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        String sn = sheet.getSheetName();
        List<ColumnSpec> cols = schema.columns();
        List<TableRow> rows = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        int last = sheet.getLastRowNum();
        if (last - TableSchema.FIRST_DATA_ROW > MAX_ROWS) {
            problems.add(TableProblem.error(file, sn, null, "has " + (last - TableSchema.FIRST_DATA_ROW + 1)
                    + " rows; a table may have at most " + MAX_ROWS));
            return rows;
        }
        Integer blankSince = null;
        for (int r = TableSchema.FIRST_DATA_ROW; r <= last; r++) {
            Row row = sheet.getRow(r);
            boolean blank = true;
            int width = scanWidth(row, cols.size());
            for (int c = 0; c < width && blank; c++) {
                if (!raw(row, c, file, sn, problems, false).isEmpty()) blank = false;
            }
            if (blank) {
                if (blankSince == null) blankSince = r;
                continue;
            }
            if (blankSince != null) {
                problems.add(TableProblem.warning(file, sn, "A" + (blankSince + 1), "blank row(s) "
                        + (blankSince + 1) + (r - 1 > blankSince ? "-" + r : "") + " inside the table; writguard"
                        + " reads on past them, but stock Drools would stop there: delete the blank rows"));
                blankSince = null;
            }
            if (row != null && row.getZeroHeight()) {
                problems.add(TableProblem.warning(file, sn, "A" + (r + 1),
                        "row " + (r + 1) + " is hidden; it is still a rule. Unhide it so reviewers see it"));
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean cellError = false;
            for (int c = 0; c < width; c++) {
                String t = raw(row, c, file, sn, problems, true);
                if (c >= cols.size()) {
                    if (!t.isEmpty()) {
                        problems.add(TableProblem.error(file, sn, ref(r, c), "\"" + clip(t)
                                + "\" is outside the table (its last column is " + columnLetter(cols.size() - 1)
                                + ")"));
                    }
                    continue;
                }
                ColumnSpec col = cols.get(c);
                if (t.isEmpty()) {
                    if (col.required()) {
                        problems.add(TableProblem.error(file, sn, ref(r, c), "is empty; column " + col.label()
                                + " needs a " + col.type().describe() + hintFor(col)));
                    }
                    continue;
                }
                ColumnType.Check check = col.type().check(t, col.allowed());
                if (!check.isOk()) {
                    cellError = true;
                    problems.add(TableProblem.error(file, sn, ref(r, c), "\"" + clip(t) + "\" " + check.problem()
                            + " (column " + col.label() + ")"));
                } else {
                    values.put(col.key(), check.value());
                }
            }
            boolean anyCondition = schema.conditions().anyMatch(c -> values.containsKey(c.key()));
            if (!anyCondition && schema.conditions().noneMatch(ColumnSpec::required)) {
                // Drools drops the lookup pattern of a row whose every condition is empty; such a row cannot build.
                problems.add(TableProblem.error(file, sn, ref(r, 0), "row " + (r + 1) + " matches on nothing: fill at"
                        + " least one of " + String.join(", ", schema.conditions().map(ColumnSpec::label).toList())));
            }
            // Cross-column checks read valid cells only: a cell already reported would only be reported again.
            if (schema.rowCheck() != null && !cellError) {
                final int rowIndex = r;
                schema.rowCheck().check(values, (key, message) -> problems.add(TableProblem.error(file, sn,
                        ref(rowIndex, Math.max(0, schema.indexOf(key))), message)));
            }
            String id = values.get(TableSchema.ROW_ID);
            if (id != null) {
                Integer prev = ids.putIfAbsent(id, r + 1);
                if (prev != null) {
                    problems.add(TableProblem.error(file, sn, ref(r, schema.indexOf(TableSchema.ROW_ID)),
                            "row id \"" + id + "\" is already used on row " + prev + "; row ids must be unique"));
                }
            }
            rows.add(new TableRow(r + 1, values));
        }
        return rows;
    }

    private static String hintFor(ColumnSpec col) {
        if (col.type() == ColumnType.ENUM && !col.allowed().isEmpty()) {
            return " (one of " + String.join(", ", col.allowed()) + ")";
        }
        return col.help() == null || col.help().isEmpty() ? "" : " (" + col.help() + ")";
    }

    /**
     * The text of a cell as an analyst sees it. Formulas give their cached value and are never evaluated.
     * Error cells (#N/A) are reported once (when {@code report}) and read as empty.
     */
    private String raw(Row row, int c, String file, String sheet, List<TableProblem> problems, boolean report) {
        if (row == null) return "";
        Cell cell = row.getCell(c);
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue().strip();
            case NUMERIC: {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                BigDecimal d = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
                return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
            }
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                if (report) {
                    problems.add(TableProblem.error(file, sheet, ref(row.getRowNum(), c), "is an Excel error ("
                            + FormulaError.forInt(cell.getErrorCellValue()).getString() + "); enter a value"));
                }
                return "#ERROR";
            default:
                return "";
        }
    }

    private static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) return "";
        Cell cell = row.getCell(c);
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) type = cell.getCachedFormulaResultType();
        if (type == CellType.STRING) return cell.getStringCellValue().strip();
        if (type == CellType.NUMERIC) return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        if (type == CellType.BOOLEAN) return String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
        return "";
    }

    /** Every cell of a sheet, wherever it is, whose text starts with the keyword (case-insensitive). */
    private static List<CellReference> findKeyword(Sheet sheet, String keyword) {
        List<CellReference> refs = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String t = text(sheet, row.getRowNum(), cell.getColumnIndex()).toLowerCase(Locale.ROOT);
                if (t.startsWith(keyword)) {
                    refs.add(new CellReference(sheet.getSheetName(), row.getRowNum(), cell.getColumnIndex(), false, false));
                }
            }
        }
        return refs;
    }

    /** Columns to look at in a row: every cell it has, and at least {@code min}. */
    private static int scanWidth(Row row, int min) {
        return row == null ? min : Math.max(min, row.getLastCellNum());
    }

    /**
     * Checks that apply to every cell of the table sheet: no formulas (their saved result could differ from
     * what Excel shows after recalculating, and writguard never recalculates), no merged cells below the
     * settings area except the lookup binding (a merge shows one value over cells that are in fact empty),
     * and no hidden columns (a reviewer would not see them).
     */
    private void checkCells(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        String sn = sheet.getSheetName();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String formula;
                    try {
                        formula = cell.getCellFormula();
                    } catch (RuntimeException e) {
                        formula = "...";
                    }
                    boolean external = formula.contains("[");
                    problems.add(TableProblem.error(file, sn, ref(row.getRowNum(), cell.getColumnIndex()),
                            "holds a formula (=" + clip(formula) + ")" + (external ? " that refers to another workbook" : "")
                                    + "; writguard reads typed values only and never recalculates or follows links:"
                                    + " replace it with the value itself"));
                }
            }
        }
        int conditions = schema.conditionCount();
        for (org.apache.poi.ss.util.CellRangeAddress m : sheet.getMergedRegions()) {
            boolean settings = m.getLastRow() < TableSchema.RULETABLE_ROW;
            boolean binding = m.getFirstRow() == TableSchema.BINDING_ROW && m.getLastRow() == TableSchema.BINDING_ROW
                    && m.getFirstColumn() == 0 && m.getLastColumn() == conditions - 1;
            if (!settings && !binding) {
                problems.add(TableProblem.error(file, sn, ref(m.getFirstRow(), m.getFirstColumn()), "cells "
                        + m.formatAsString() + " are merged; a merged range shows one value but only its first cell"
                        + " holds it: unmerge them and fill in every cell"));
            }
        }
        for (int c = 0; c < schema.columns().size(); c++) {
            if (sheet.isColumnHidden(c) || sheet.getColumnWidth(c) == 0) {
                problems.add(TableProblem.warning(file, sn, columnLetter(c) + (TableSchema.LABEL_ROW + 1),
                        "column " + columnLetter(c) + " (" + schema.columns().get(c).label()
                                + ") is hidden; unhide it so reviewers see it"));
            }
        }
    }

    static String ref(int r, int c) { return columnLetter(c) + (r + 1); }

    public static String columnLetter(int c) { return CellReference.convertNumToColString(c); }

    private static String clip(String s) {
        String one = s.replace("\n", "\\n").replace("\r", "\\r");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
