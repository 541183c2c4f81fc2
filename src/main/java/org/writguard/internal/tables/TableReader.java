package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

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
    public record Result(Optional<LoadedTable> table, List<TableProblem> problems, Optional<LoadedTable> salvaged) {
        public Result(Optional<LoadedTable> table, List<TableProblem> problems) {
            this(table, problems, table);
        }

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
        String tooBig = WorkbookPrecheck.problem(bytes, MAX_ROWS + TableSchema.FIRST_DATA_ROW + 1);
        if (tooBig != null) {
            problems.add(TableProblem.error(displayName, null, null, tooBig));
            return new Result(Optional.empty(), problems);
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes), null)) {
            LoadedTable[] salvage = new LoadedTable[1];
            LoadedTable table = readWorkbook(wb, displayName, sha256(bytes), problems, salvage);
            boolean errors = problems.stream().anyMatch(TableProblem::isError);
            return new Result(errors ? Optional.empty() : Optional.ofNullable(table), problems,
                    Optional.ofNullable(errors ? salvage[0] : table));
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

    private LoadedTable readWorkbook(Workbook wb, String file, String sha, List<TableProblem> problems,
                                     LoadedTable[] salvage) {
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
        int[] at = checkHeader(tableSheet, file, schema, problems);
        List<TableRow> asTyped = new ArrayList<>();
        List<TableRow> rows = readRows(tableSheet, file, schema, problems, at, asTyped);
        List<TableProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        salvage[0] = new LoadedTable(file, schema, asTyped, sha, warnings);
        return new LoadedTable(file, schema, rows, sha, warnings);
    }

    /**
     * Checks the settings area and the header rows. Returns, for each column of the schema, the sheet column
     * that holds it (found by its label), or -1 when it is missing; so data rows can still be read from a
     * workbook whose columns were deleted, added or moved (tables dump, then tables create repairs it).
     */
    private int[] checkHeader(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        String sn = sheet.getSheetName();
        if (text(sheet, TableSchema.RULESET_ROW, 0).equals(schema.packageName())
                && schema.acceptsImportLine(text(sheet, TableSchema.IMPORT_ROW, 0))) {
            // Column A was deleted: the settings moved left with the table. One mistake, reported once, by the
            // label check below ("column ... (A) is missing").
            return columnsByLabel(sheet, file, schema, problems);
        }
        List<ColumnSpec> cols = schema.columns();
        int[] at = columnsByLabel(sheet, file, schema, problems);
        boolean labelsInPlace = true;
        for (int c = 0; c < cols.size(); c++) labelsInPlace &= at[c] == c;
        if (!labelsInPlace) {
            // A column inserted or deleted moves the settings in rows 1-4 too: the column message says it all;
            // only the settings labels of column A are still checked.
            expect(sheet, file, TableSchema.RULESET_ROW, 0, "RuleSet", problems);
            expect(sheet, file, TableSchema.IMPORT_ROW, 0, "Import", problems);
            expect(sheet, file, TableSchema.NOTES_ROW, 0, "Notes", problems);
            return at;
        }
        expect(sheet, file, TableSchema.RULESET_ROW, 0, "RuleSet", problems);
        expect(sheet, file, TableSchema.RULESET_ROW, 1, schema.packageName(), problems);
        expect(sheet, file, TableSchema.IMPORT_ROW, 0, "Import", problems);
        if (!schema.acceptsImportLine(text(sheet, TableSchema.IMPORT_ROW, 1))) {
            expect(sheet, file, TableSchema.IMPORT_ROW, 1, schema.importLine(), problems);
        }
        expect(sheet, file, TableSchema.NOTES_ROW, 0, "Notes", problems);
        checkHitPolicyCell(sheet, file, schema, problems);
        // Nothing else may stand in the settings area: Functions, Variables, Queries or Declare would be code.
        for (int r = 0; r < TableSchema.RULETABLE_ROW; r++) {
            for (int c = 0; c < scanWidth(sheet.getRow(r), MIN_SCAN_COLUMNS); c++) {
                boolean expected = (r <= TableSchema.NOTES_ROW && c <= 1) || (r == TableSchema.HIT_POLICY_ROW
                        && HitPolicy.CELL_LABEL.equals(text(sheet, r, 0)) && c <= 1);
                if (expected) continue;
                String t = text(sheet, r, c);
                if (!t.isEmpty()) {
                    String kw = t.toLowerCase(Locale.ROOT);
                    String why = RULESET_KEYWORDS.contains(kw)
                            ? "\"" + clip(t) + "\" is a rule-set setting writguard does not allow in its tables"
                            : "unexpected content \"" + clip(t) + "\" in the settings area (rows 1-"
                              + TableSchema.RULETABLE_ROW + "); only RuleSet, Import, Notes and Hit policy belong there";
                    problems.add(TableProblem.error(file, sn, ref(r, c), why));
                }
            }
        }

        // The labels are right: the machinery rows above them must be exactly writguard's. One message per
        // edited row, naming its first wrong cell, rather than one per cell.
        String[] rowNames = {"", "", "", "", "", "the CONDITION/ACTION row", "the lookup binding row", "the template row"};
        for (int r : new int[] {TableSchema.KIND_ROW, TableSchema.BINDING_ROW, TableSchema.TEMPLATE_ROW}) {
            List<String> bad = new ArrayList<>();
            String firstWant = null;
            String firstGot = null;
            for (int c = 0; c < cols.size(); c++) {
                ColumnSpec col = cols.get(c);
                String want = r == TableSchema.KIND_ROW ? col.kind().name()
                        : r == TableSchema.TEMPLATE_ROW ? col.template()
                        : c == 0 ? schema.binding() : "";
                String got = text(sheet, r, c);
                if (!got.equals(want)) {
                    bad.add(ref(r, c));
                    if (firstWant == null) {
                        firstWant = want;
                        firstGot = got;
                    }
                }
            }
            if (!bad.isEmpty()) {
                problems.add(TableProblem.error(file, sn, bad.get(0), rowNames[r] + " (row " + (r + 1)
                        + ", hidden) was edited: " + (bad.size() == 1 ? "" : bad.size() + " cells (" + String.join(", ", bad)
                        + "); ") + bad.get(0) + " " + (firstGot.isEmpty() ? "is empty" : "reads \"" + clip(firstGot) + "\"")
                        + " but the layout expects " + (firstWant.isEmpty() ? "nothing" : "\"" + clip(firstWant) + "\"")
                        + ". Rows 6-8 are writguard's; restore them with `writguard tables upgrade " + file + "`"));
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
        return at;
    }

    /** Cell B4 shows the table's hit policy (A4 labels it); the schema declares it, the workbook only shows it. */
    private void checkHitPolicyCell(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        int r = TableSchema.HIT_POLICY_ROW;
        String label = text(sheet, r, 0);
        String value = text(sheet, r, 1);
        String want = schema.hitPolicy().name();
        if (label.isEmpty() && value.isEmpty()) {
            problems.add(TableProblem.warning(file, sheet.getSheetName(), ref(r, 0), "the workbook does not show the"
                    + " table's hit policy (" + want + ": " + schema.hitPolicy().meaning() + "); `writguard tables upgrade "
                    + file + "` adds it"));
            return;
        }
        if (!label.equals(HitPolicy.CELL_LABEL)) {
            // Anything else in A4 or B4 is reported by the settings-area check (a rule-set keyword is code).
            return;
        } else if (!value.equals(want)) {
            problems.add(TableProblem.error(file, sheet.getSheetName(), ref(r, 1), (value.isEmpty() ? "is empty"
                    : "reads \"" + clip(value) + "\"") + " but the " + schema.name() + " table's hit policy is " + want
                    + " (" + schema.hitPolicy().meaning() + "); writguard declares it for what the table decides, so"
                    + " the workbook only shows it: write " + want + " back"));
        }
    }

    /**
     * Finds each schema column by its label in row 9 and reports each structural mistake once: a column
     * missing, renamed (an unknown label where a missing one belongs), moved out of order, or added.
     */
    private int[] columnsByLabel(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems) {
        String sn = sheet.getSheetName();
        List<ColumnSpec> cols = schema.columns();
        int width = scanWidth(sheet.getRow(TableSchema.LABEL_ROW), Math.max(MIN_SCAN_COLUMNS, cols.size()));
        int[] at = new int[cols.size()];
        java.util.Arrays.fill(at, -1);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String label = text(sheet, TableSchema.LABEL_ROW, c);
            if (label.isEmpty()) continue;
            int k = -1;
            for (int i = 0; i < cols.size(); i++) {
                if (normalLabel(cols.get(i).label()).equals(normalLabel(label)) && at[i] < 0) {
                    k = i;
                    break;
                }
            }
            if (k < 0) {
                unknown.put(c, label);
            } else {
                at[k] = c;
                order.add(k);
            }
        }
        boolean allInPlace = unknown.isEmpty();
        for (int i = 0; i < cols.size(); i++) allInPlace &= at[i] == i;
        if (allInPlace) {
            // Found in place, perhaps under another spelling of case or spaces: the labels are fixed text.
            for (int i = 0; i < cols.size(); i++) expect(sheet, file, TableSchema.LABEL_ROW, i, cols.get(i).label(), problems);
            return at;
        }
        // Columns whose order among the found ones is wrong: those outside a longest increasing run.
        java.util.Set<Integer> inOrder = longestIncreasing(order);
        String needs = needs(cols);
        for (int i = 0; i < cols.size(); i++) {
            ColumnSpec col = cols.get(i);
            String name = col.label() + " (" + columnLetter(i) + ")";
            if (at[i] < 0) {
                String renamed = unknown.remove(i);
                if (renamed != null) {
                    at[i] = i;
                    problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, i), "column " + columnLetter(i)
                            + " is labelled \"" + clip(renamed) + "\" but the layout expects " + name + " there; column"
                            + " labels are fixed: rename it back"));
                } else {
                    problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, i), "column " + name
                            + " is missing; the table needs: " + needs));
                }
            } else if (!inOrder.contains(i)) {
                problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, at[i]), "column " + col.label()
                        + " is in " + columnLetter(at[i]) + " but belongs in " + columnLetter(i)
                        + "; move it back (the table needs: " + needs + ")"));
            }
        }
        int lastFound = -1;
        for (int i = 0; i < cols.size(); i++) lastFound = Math.max(lastFound, at[i]);
        for (int c = 0; c < lastFound; c++) {
            if (text(sheet, TableSchema.LABEL_ROW, c).isEmpty() && !unknown.containsKey(c)) {
                problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, c), "column " + columnLetter(c)
                        + " has no label but the table goes on to its right: delete the empty column (the table needs: "
                        + needs + ")"));
            }
        }
        for (Map.Entry<Integer, String> e : unknown.entrySet()) {
            problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, e.getKey()), "column "
                    + columnLetter(e.getKey()) + " (\"" + clip(e.getValue()) + "\") is not a column of the " + schema.name()
                    + " table; delete it (notes go in the Notes column). The table needs: " + needs));
        }
        if (problems.stream().noneMatch(TableProblem::isError)) {
            // Never read a table whose columns are not where the layout puts them without saying so.
            problems.add(TableProblem.error(file, sn, ref(TableSchema.LABEL_ROW, 0), "the columns are not in the"
                    + " layout's places; the table needs: " + needs));
        }
        return at;
    }

    private static String normalLabel(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String needs(List<ColumnSpec> cols) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) parts.add(columnLetter(i) + " " + cols.get(i).label());
        return String.join(", ", parts);
    }

    /** The values of a longest strictly increasing subsequence of {@code seq}. */
    private static java.util.Set<Integer> longestIncreasing(List<Integer> seq) {
        int n = seq.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            len[i] = 1;
            prev[i] = -1;
            for (int j = 0; j < i; j++) {
                if (seq.get(j) < seq.get(i) && len[j] + 1 > len[i]) {
                    len[i] = len[j] + 1;
                    prev[i] = j;
                }
            }
            if (best < 0 || len[i] > len[best]) best = i;
        }
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = best; i >= 0; i = prev[i]) out.add(seq.get(i));
        return out;
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

    private List<TableRow> readRows(Sheet sheet, String file, TableSchema schema, List<TableProblem> problems,
                                    int[] at, List<TableRow> asTyped) {
        boolean inPlace = true;
        for (int c = 0; c < at.length; c++) inPlace &= at[c] == c;
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
            Map<String, String> typed = new LinkedHashMap<>();
            if (!inPlace) {
                // A structurally broken sheet: the header errors are reported; keep the cells as typed, by label.
                for (int k = 0; k < cols.size(); k++) {
                    String t = at[k] < 0 ? "" : raw(row, at[k], file, sn, problems, false);
                    if (!t.isEmpty() && !t.equals("#ERROR")) typed.put(cols.get(k).key(), t);
                }
                if (!typed.isEmpty()) asTyped.add(new TableRow(r + 1, typed));
                continue;
            }
            boolean cellError = false;
            for (int c = 0; c < width; c++) {
                String t = raw(row, c, file, sn, problems, true);
                if (c < cols.size() && !t.isEmpty() && !t.equals("#ERROR")) typed.put(cols.get(c).key(), t);
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
            asTyped.add(new TableRow(r + 1, typed));
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
        if (type == CellType.FORMULA) {
            String constant = constantFormula(cell);
            if (constant != null) return constant;
            type = cell.getCachedFormulaResultType();
        }
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
                if (cell.getCellType() == CellType.FORMULA && constantFormula(cell) == null) {
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

    private static final java.util.regex.Pattern NUMBER_FORMULA = java.util.regex.Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,15})?");
    private static final java.util.regex.Pattern DATE_FORMULA =
            java.util.regex.Pattern.compile("(?i)DATE\\((\\d{4}),\\s*(\\d{1,2}),\\s*(\\d{1,2})\\)");

    /**
     * The value of a formula that is only a constant, as spreadsheet programs write typed values (LibreOffice
     * saves a typed TRUE as {@code =TRUE()}): TRUE(), FALSE(), TRUE, FALSE, a lone number, or DATE(y,m,d).
     * Null for a real formula, which stays refused. The value comes from the formula text, never from a
     * cached result, so nothing is recalculated and nothing can disagree with what the cell says.
     */
    static String constantFormula(Cell cell) {
        String f;
        try {
            f = cell.getCellFormula().strip();
        } catch (RuntimeException e) {
            return null;
        }
        String u = f.toUpperCase(Locale.ROOT);
        if (u.equals("TRUE()") || u.equals("TRUE")) return "TRUE";
        if (u.equals("FALSE()") || u.equals("FALSE")) return "FALSE";
        if (NUMBER_FORMULA.matcher(f).matches()) {
            BigDecimal d = new BigDecimal(f.startsWith("+") ? f.substring(1) : f).stripTrailingZeros();
            if (DateUtil.isCellDateFormatted(cell)) {
                try {
                    return DateUtil.getLocalDateTime(d.doubleValue()).toLocalDate().toString();
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
        }
        java.util.regex.Matcher m = DATE_FORMULA.matcher(f);
        if (m.matches()) {
            try {
                return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
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
