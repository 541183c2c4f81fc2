package org.writguard.internal.tables;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a validated table into DRL with Drools' own decision-table compiler. The workbook handed to
 * Drools is rebuilt from the schema (header and templates from code) and the validated cell values, so
 * nothing an analyst typed reaches the compiler unchecked. Blank rows are squeezed out (stock Drools ends
 * a table at the first blank row) and rule names are mapped back to the analyst's sheet rows.
 */
public final class TableCompiler {
    private static final Pattern RULE_NAME = Pattern.compile("rule \"([A-Za-z0-9]+)_(\\d+)\"");
    private static final Pattern VALUES_AT = Pattern.compile("// rule values at A(\\d+), header at A(\\d+)");

    private TableCompiler() { }

    /** The compiled DRL and, for each generated rule, its source row. */
    public record Compiled(String drl, Map<String, TableRow> rowsByRule) { }

    public static Compiled compile(LoadedTable table) {
        TableSchema schema = table.schema();
        List<Map<String, String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) rows.add(row.values());
        byte[] clean;
        try {
            clean = TableWriter.compilerBytes(schema, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(clean), InputType.XLS);
        // Generated rule i sits at compact sheet row FIRST_DATA_ROW + 1 + i; rename it to the analyst's row.
        Map<String, TableRow> byRule = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(drl.length() + 64);
        Matcher m = RULE_NAME.matcher(drl);
        int pos = 0;
        while (m.find()) {
            int compactRow = Integer.parseInt(m.group(2));
            int index = compactRow - (TableSchema.FIRST_DATA_ROW + 1);
            if (!m.group(1).equals(schema.name()) || index < 0 || index >= table.rows().size()) {
                throw new IllegalStateException("unexpected rule " + m.group() + " generated for " + table.file());
            }
            TableRow source = table.rows().get(index);
            String name = schema.name() + "_" + source.sheetRow();
            byRule.put(name, source);
            out.append(drl, pos, m.start()).append("rule \"").append(name).append('"');
            pos = m.end();
        }
        out.append(drl.substring(pos));
        if (byRule.size() != table.rows().size()) {
            throw new IllegalStateException(table.file() + ": " + table.rows().size() + " rows but "
                    + byRule.size() + " rules were generated");
        }
        String renamed = VALUES_AT.matcher(out).replaceAll(mr -> "// " + table.file() + " row "
                + table.rows().get(Integer.parseInt(mr.group(1)) - (TableSchema.FIRST_DATA_ROW + 1)).sheetRow());
        return new Compiled(renamed, byRule);
    }

}
