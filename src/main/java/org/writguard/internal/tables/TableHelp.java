package org.writguard.internal.tables;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;
import java.util.Map;

/**
 * The help writguard puts inside a workbook (issue 13 item 3): the hit policy in B4, a comment on every
 * header cell saying what the column means with an example, a drop-down list on every code column, typed
 * validation on date, number and TRUE/FALSE columns, and sheet protection without a password that locks
 * rows 1-9 while the data rows stay editable. None of it is read back: the reader checks every cell itself.
 */
final class TableHelp {
    /** Data validation covers the data rows down to this 0-based row. */
    static final int LAST_VALIDATED_ROW = TableSchema.FIRST_DATA_ROW + 4999;
    /** The hidden sheet holding the code lists the drop-downs offer. */
    static final String LISTS_SHEET = "Lists";

    private TableHelp() { }

    static void add(XSSFWorkbook wb, XSSFSheet sheet, TableSchema schema, List<Map<String, String>> rows,
                    CellStyle bold) {
        List<ColumnSpec> cols = schema.columns();
        // The hit policy, shown (the schema declares it; the reader checks the cell agrees).
        cell(sheet, TableSchema.HIT_POLICY_ROW, 0).setCellValue(HitPolicy.CELL_LABEL);
        cell(sheet, TableSchema.HIT_POLICY_ROW, 0).setCellStyle(bold);
        cell(sheet, TableSchema.HIT_POLICY_ROW, 1).setCellValue(schema.hitPolicy().name());

        Drawing<?> drawing = sheet.createDrawingPatriarch();
        comment(wb, drawing, sheet, TableSchema.HIT_POLICY_ROW, 1, "How this table answers when several rows match: "
                + schema.hitPolicy().name() + ", " + schema.hitPolicy().meaning() + ". Declared by writguard for what"
                + " the table decides; tables check enforces it.");
        for (int c = 0; c < cols.size(); c++) {
            ColumnSpec col = cols.get(c);
            comment(wb, drawing, sheet, TableSchema.LABEL_ROW, c, commentText(col, example(col, rows)));
        }

        // Drop-downs and typed validation on the data rows.
        XSSFSheet lists = wb.createSheet(LISTS_SHEET);
        int listColumn = 0;
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int c = 0; c < cols.size(); c++) {
            ColumnSpec col = cols.get(c);
            CellRangeAddressList range = new CellRangeAddressList(TableSchema.FIRST_DATA_ROW, LAST_VALIDATED_ROW, c, c);
            DataValidationConstraint constraint;
            String prompt;
            List<String> codes = codes(col);
            if (codes != null) {
                for (int i = 0; i < codes.size(); i++) {
                    // TRUE/FALSE as logical values: that is what Excel and LibreOffice store when one types TRUE,
                    // so a typed value matches the list (the reader accepts text, logical and =TRUE() alike).
                    if (col.type() == ColumnType.BOOLEAN) cell(lists, i, listColumn).setCellValue(Boolean.parseBoolean(codes.get(i)));
                    else cell(lists, i, listColumn).setCellValue(codes.get(i));
                }
                String letter = TableReader.columnLetter(listColumn);
                constraint = dv.createFormulaListConstraint(LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + codes.size());
                prompt = "one of: " + String.join(", ", codes);
                listColumn++;
            } else if (col.type() == ColumnType.DATE) {
                constraint = dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(1776,1,1)", "DATE(2999,12,31)", "yyyy-mm-dd");
                prompt = "a date, YYYY-MM-DD";
            } else if (col.type() == ColumnType.INTEGER) {
                constraint = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999", "999999999");
                prompt = "a whole number";
            } else if (col.type() == ColumnType.DECIMAL) {
                constraint = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999", "999999999");
                prompt = "a number";
            } else if (col.type() == ColumnType.TEXT) {
                constraint = dv.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "2000", null);
                prompt = "text on one line, at most 2000 characters, without \" \\ or $";
            } else {
                continue;
            }
            DataValidation v = dv.createValidation(constraint, range);
            v.setShowErrorBox(true);
            // Codes must be one of the list; for dates, numbers and TRUE/FALSE, where spreadsheet programs convert
            // what is typed in their own ways, a warning that can be overridden (the reader checks every cell anyway).
            boolean strict = col.type() == ColumnType.ENUM || col.type() == ColumnType.LABEL || col.type() == ColumnType.STATE;
            v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            String error = col.label() + " takes " + prompt + ".";
            if (error.length() > 250) error = col.label() + " takes one of the codes of its drop-down list.";
            v.createErrorBox(clip(col.label(), 31), error);
            v.setShowPromptBox(false);
            v.setEmptyCellAllowed(true);
            if (v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                v.setSuppressDropDownArrow(true);
            }
            sheet.addValidationData(v);
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);

        // Protection without a password: rows 1-9 locked, data rows editable, rows may be inserted and deleted.
        CellStyle unlocked = wb.createCellStyle();
        unlocked.setLocked(false);
        CellStyle locked = wb.createCellStyle();
        locked.setLocked(true);
        for (int c = 0; c < Math.max(64, cols.size()); c++) sheet.setDefaultColumnStyle(c, unlocked);
        for (int r = 0; r < TableSchema.FIRST_DATA_ROW; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            row.setRowStyle(locked);
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (!cell.getCellStyle().getLocked() || cell.getCellStyle().getIndex() == 0) cell.setCellStyle(locked);
            }
        }
        for (int r = TableSchema.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            for (org.apache.poi.ss.usermodel.Cell cell : row) cell.setCellStyle(unlocked);
        }
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatCells(false);
        sheet.lockSort(false);
        sheet.lockAutoFilter(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
    }

    /** The codes a drop-down offers for a column, or null when the column is not a closed list. */
    static List<String> codes(ColumnSpec col) {
        switch (col.type()) {
            case ENUM: return col.allowed().isEmpty() ? null : col.allowed();
            case BOOLEAN: return List.of("TRUE", "FALSE");
            case LABEL: return ColumnType.LABELS;
            case STATE: return ColumnType.US_STATES;
            default: return null;
        }
    }

    /** What a header comment says: meaning, type, whether it may be empty, an example. */
    static String commentText(ColumnSpec col, String example) {
        StringBuilder sb = new StringBuilder(col.label()).append(": ");
        sb.append(col.help() == null || col.help().isEmpty() ? col.type().describe() : col.help()).append('.');
        sb.append(" Type: ").append(col.type().describe());
        List<String> codes = codes(col);
        if (codes != null && codes.size() <= 12) sb.append(" (").append(String.join(", ", codes)).append(')');
        sb.append(col.required() ? "; required." : col.kind() == ColumnSpec.Kind.CONDITION
                ? "; empty = any." : "; may be empty.");
        if (example != null) sb.append(" Example: ").append(example);
        return sb.toString();
    }

    /** The first data row's value of the column, else a value of the column's type. */
    static String example(ColumnSpec col, List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            String v = r.get(col.key());
            if (v != null && !v.isEmpty()) return v.length() > 80 ? v.substring(0, 77) + "..." : v;
        }
        switch (col.type()) {
            case ENUM: return col.allowed().isEmpty() ? null : col.allowed().get(0);
            case ID: return "row-1";
            case STATE: return "CA";
            case DATE: return "2025-02-15";
            case INTEGER: return "48";
            case DECIMAL: return "48.5";
            case BOOLEAN: return "TRUE";
            case LABEL: return "P";
            case REVISION: return "2025-02-15";
            default:
                return col.key().equals(TableSchema.CITATION) ? "8 U.S.C. § 1357(g); 8 C.F.R. § 287.7(d)"
                        : "one line of text, such as the source's own words or the reason for a judgment call";
        }
    }

    private static String clip(String s, int max) { return s.length() <= max ? s : s.substring(0, max); }

    private static void comment(XSSFWorkbook wb, Drawing<?> drawing, Sheet sheet, int r, int c, String text) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 4);
        anchor.setRow1(r);
        anchor.setRow2(r + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        comment.setAuthor("writguard");
        cell(sheet, r, c).setCellComment(comment);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) row = sheet.createRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }
}
