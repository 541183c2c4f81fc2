package org.writguard.internal.tables;

import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a decision table in writguard's layout (see {@link TableSchema}), for tables that are generated
 * (the ICE roster import, the holiday calendar) and for the shipped tables' first versions. The output is
 * byte-for-byte reproducible: the same rows give the same file, so re-imports diff cleanly.
 */
public final class TableWriter {
    private TableWriter() { }

    /** Writes rows (column key to value) as a workbook; the sheet rows are 10, 11, ... in list order. */
    public static void write(TableSchema schema, String notes, List<Map<String, String>> rows, Path out)
            throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, toBytes(schema, notes, rows));
    }

    /**
     * The workbook an analyst edits: the layout, the hit policy in B4, a comment on every header cell (meaning
     * and an example), drop-down lists for code columns, typed validation for dates and numbers, and sheet
     * protection without a password that keeps rows 1-9 (the layout and the hidden template rows) from being
     * edited while data rows stay editable.
     */
    public static byte[] toBytes(TableSchema schema, String notes, List<Map<String, String>> rows) throws IOException {
        return toBytes(schema, notes, rows, true);
    }

    /** The bare layout handed to the Drools compiler: no help, no hit-policy cell, no protection. */
    public static byte[] compilerBytes(TableSchema schema, List<Map<String, String>> rows) throws IOException {
        return toBytes(schema, "", rows, false);
    }

    private static byte[] toBytes(TableSchema schema, String notes, List<Map<String, String>> rows, boolean help)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(schema.sheet());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            set(sheet, TableSchema.RULESET_ROW, 0, "RuleSet", bold);
            set(sheet, TableSchema.RULESET_ROW, 1, schema.packageName(), null);
            set(sheet, TableSchema.IMPORT_ROW, 0, "Import", bold);
            set(sheet, TableSchema.IMPORT_ROW, 1, schema.importLine(), null);
            set(sheet, TableSchema.NOTES_ROW, 0, "Notes", bold);
            set(sheet, TableSchema.NOTES_ROW, 1, notes == null ? schema.description() : notes, null);
            set(sheet, TableSchema.RULETABLE_ROW, 0, "RuleTable " + schema.name(), bold);
            List<ColumnSpec> cols = schema.columns();
            for (int c = 0; c < cols.size(); c++) {
                ColumnSpec col = cols.get(c);
                set(sheet, TableSchema.KIND_ROW, c, col.kind().name(), null);
                set(sheet, TableSchema.TEMPLATE_ROW, c, col.template(), null);
                set(sheet, TableSchema.LABEL_ROW, c, col.label(), bold);
            }
            set(sheet, TableSchema.BINDING_ROW, 0, schema.binding(), null);
            int conditions = schema.conditionCount();
            // Drools reads the merged binding cell only when every cell of the range exists.
            for (int c = 1; c < conditions; c++) set(sheet, TableSchema.BINDING_ROW, c, "", null);
            if (conditions > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TableSchema.BINDING_ROW, TableSchema.BINDING_ROW, 0,
                        conditions - 1));
            }
            int r = TableSchema.FIRST_DATA_ROW;
            for (Map<String, String> values : rows) {
                for (int c = 0; c < cols.size(); c++) {
                    ColumnSpec col = cols.get(c);
                    String v = values.get(col.key());
                    if (v == null || v.isEmpty()) continue;
                    if (col.type() == ColumnType.INTEGER || col.type() == ColumnType.DECIMAL) {
                        cell(sheet, r, c).setCellValue(Double.parseDouble(v));
                    } else {
                        cell(sheet, r, c).setCellValue(v);
                    }
                }
                r++;
            }
            // Hide the machinery rows an analyst never edits; widths for reading.
            for (int hidden = TableSchema.KIND_ROW; hidden <= TableSchema.TEMPLATE_ROW; hidden++) {
                sheet.getRow(hidden).setZeroHeight(true);
            }
            for (int c = 0; c < cols.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, cols.get(c).label().length() + 4)) * 256);
            }
            sheet.createFreezePane(0, TableSchema.FIRST_DATA_ROW);
            writeColumnsSheet(wb, schema, bold);
            if (help) TableHelp.add(wb, (org.apache.poi.xssf.usermodel.XSSFSheet) sheet, schema, rows, bold);

            PackageProperties props;
            try {
                props = wb.getPackage().getPackageProperties();
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            Date epoch = new Date(0);
            props.setCreatedProperty(Optional.of(epoch));
            props.setModifiedProperty(Optional.of(epoch));
            props.setCreatorProperty("writguard");
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            wb.write(bo);
            return normaliseZip(bo.toByteArray());
        }
    }

    /** A second sheet that documents each column (type, allowed codes, meaning); never compiled. */
    private static void writeColumnsSheet(XSSFWorkbook wb, TableSchema schema, CellStyle bold) {
        Sheet doc = wb.createSheet("Columns");
        String[] head = {"Column", "Kind", "Type", "Required", "Allowed values", "Meaning"};
        for (int c = 0; c < head.length; c++) set(doc, 0, c, head[c], bold);
        int r = 1;
        for (ColumnSpec col : schema.columns()) {
            set(doc, r, 0, col.label(), null);
            set(doc, r, 1, col.kind() == ColumnSpec.Kind.CONDITION ? "matches when" : "value", null);
            set(doc, r, 2, col.type().describe(), null);
            set(doc, r, 3, col.required() ? "yes" : "no (empty = any / unset)", null);
            set(doc, r, 4, String.join(", ", col.allowed()), null);
            set(doc, r, 5, col.help() == null ? "" : col.help(), null);
            r++;
        }
        doc.setColumnWidth(4, 50 * 256);
        doc.setColumnWidth(5, 80 * 256);
    }

    private static void set(Sheet sheet, int r, int c, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = cell(sheet, r, c);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) row = sheet.createRow(r);
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }

    private static final java.time.LocalDateTime ZIP_EPOCH = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Rewrites the zip with fixed entry times so identical content gives identical bytes. */
    private static byte[] normaliseZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zo = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                // The zip epoch, 1980-01-01 00:00, in the JVM's own zone: zip stores local DOS time, so this
                // gives the same bytes in every zone; a fixed instant (or setTimeLocal) would add an extended
                // timestamp field holding zone-dependent seconds.
                n.setTime(ZIP_EPOCH.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli());
                zo.putNextEntry(n);
                in.transferTo(zo);
                zo.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
