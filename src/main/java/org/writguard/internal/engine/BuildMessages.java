package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.kie.api.builder.Message;
import org.writguard.internal.tables.ColumnSpec;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps KIE build messages back to what a person edited: the workbook, sheet and cell, or the DRL file and
 * line, once each. A message that every row of a table repeats (a template the developer got wrong) is
 * reported once, at the column's template cell; one that concerns some rows is reported once per cell.
 * The compiler's own text stays available as {@link RuleBookException#rawMessages()}.
 */
final class BuildMessages {
    private static final Pattern RULE_IN_TEXT = Pattern.compile("[Rr]ule(?: name)?[=:]?\\s*'?\"?([A-Za-z0-9]+_\\d+)");
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final Pattern ACTION_KEY = Pattern.compile("q\\.put\\(kcontext, \"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern NO_PROPERTY = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern SYNTAX = Pattern.compile("(?:mismatched input|no viable alternative at input) '([^']*)'");
    private static final String RESOURCES = "src/main/resources/";

    private BuildMessages() { }

    /** Where one message points, before grouping. */
    private record Located(LoadedTable table, TableRow row, ColumnSpec column, String plain, String key) { }

    /**
     * Every problem the messages describe, once per cell (or template cell, or DRL line).
     *
     * @param fileByPath the name a user knows each generated or DRL path by
     * @param drlByPath  the DRL text of each path, to find the rule and column a line belongs to
     */
    static List<TableProblem> translate(List<Message> messages, Map<String, String> fileByPath,
                                        Map<String, String> drlByPath, Map<String, LoadedTable> tableByRule,
                                        Map<String, TableRow> rowByRule) {
        Set<TableProblem> out = new LinkedHashSet<>();
        Map<String, List<Located>> groups = new LinkedHashMap<>();
        for (Message msg : messages) {
            String path = normalise(msg.getPath(), fileByPath);
            String drl = path == null ? null : drlByPath.get(path);
            String rule = ruleOf(msg, drl);
            String plain = plain(msg.getText());
            if (rule != null && tableByRule.containsKey(rule)) {
                LoadedTable t = tableByRule.get(rule);
                ColumnSpec col = columnOf(t.schema(), msg, drl);
                String key = t.file() + "\u0000" + (col == null ? "" : col.key()) + "\u0000" + generic(plain);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(t, rowByRule.get(rule), col, plain, key));
            } else {
                String file = path == null ? "rule book" : fileByPath.getOrDefault(path, path);
                String where = msg.getLine() > 0 ? "line " + msg.getLine() : null;
                out.add(TableProblem.error(file, null, where, (rule != null ? "rule \"" + rule + "\": " : "") + plain));
            }
        }
        for (List<Located> group : groups.values()) {
            Located first = group.get(0);
            LoadedTable t = first.table();
            TableSchema s = t.schema();
            Set<Integer> rows = new LinkedHashSet<>();
            for (Located l : group) rows.add(l.row().sheetRow());
            if (rows.size() > 1 && rows.size() == t.rows().size()) {
                String cell = first.column() == null ? "A" + (TableSchema.RULETABLE_ROW + 1)
                        : TableReader.columnLetter(s.indexOf(first.column().key())) + (TableSchema.TEMPLATE_ROW + 1);
                out.add(TableProblem.error(t.file(), s.sheet(), cell, (first.column() == null ? "the table"
                        : "column " + first.column().label()) + " does not compile for any of its " + rows.size()
                        + " rows: " + first.plain() + ". The cells are fine; the table's layout (TableSchema "
                        + s.name() + ") is wrong: tell a developer"));
                continue;
            }
            for (Located l : group) {
                int r = l.row().sheetRow();
                String cell = l.column() == null ? "A" + r : TableReader.columnLetter(s.indexOf(l.column().key())) + r;
                out.add(TableProblem.error(t.file(), s.sheet(), cell, "row " + r + " (id " + l.row().rowId() + ")"
                        + (l.column() == null ? "" : ", column " + l.column().label())
                        + ": the value passed its checks but the rule built from it does not compile: " + l.plain()
                        + ". Change the value, or tell a developer if it is right"));
            }
        }
        return new ArrayList<>(out);
    }

    /** The key a path was registered under: KIE reports paths without the src/main/resources/ prefix. */
    private static String normalise(String path, Map<String, String> fileByPath) {
        if (path == null) return null;
        if (fileByPath.containsKey(path)) return path;
        if (fileByPath.containsKey(RESOURCES + path)) return RESOURCES + path;
        return path;
    }

    /** The rule a message concerns: named in its text, or the last rule declared before its line. */
    private static String ruleOf(Message msg, String drl) {
        Matcher m = RULE_IN_TEXT.matcher(msg.getText() == null ? "" : msg.getText());
        if (m.find()) return m.group(1);
        if (drl == null || msg.getLine() <= 0) return null;
        String last = null;
        int n = 0;
        for (String line : (Iterable<String>) drl.lines()::iterator) {
            if (++n > msg.getLine()) break;
            Matcher d = RULE_DECL.matcher(line);
            if (d.find()) last = d.group(1);
        }
        return last;
    }

    /** The column a message concerns: the action on its line, or the condition field its text names. */
    private static ColumnSpec columnOf(TableSchema schema, Message msg, String drl) {
        if (drl != null && msg.getLine() > 0) {
            String line = drl.lines().skip(msg.getLine() - 1L).findFirst().orElse("");
            Matcher a = ACTION_KEY.matcher(line);
            if (a.find()) return schema.column(a.group(1)).orElse(null);
        }
        String text = msg.getText() == null ? "" : msg.getText();
        for (ColumnSpec c : schema.columns()) {
            if (c.kind() == ColumnSpec.Kind.CONDITION && Pattern.compile("\\b" + c.field() + "\\b").matcher(text).find()) {
                return c;
            }
        }
        for (ColumnSpec c : schema.columns()) {
            if (c.kind() == ColumnSpec.Kind.ACTION && text.contains("\"" + c.key() + "\"")) return c;
        }
        return null;
    }

    /** The compiler's text in words a person can act on, one line. */
    static String plain(String text) {
        if (text == null) return "build error";
        Matcher p = NO_PROPERTY.matcher(text);
        if (p.find()) {
            String cls = p.group(1).substring(p.group(1).lastIndexOf('.') + 1);
            return cls + " has no property '" + p.group(2) + "'";
        }
        Matcher t = NO_TYPE.matcher(text);
        if (t.find()) return "unknown fact type '" + t.group(1) + "' (check the spelling and the imports)";
        Matcher s = SYNTAX.matcher(text);
        if (s.find()) return "syntax error near '" + s.group(1) + "'";
        String first = text.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) first = first.substring(0, nl).strip();
        int near = first.indexOf("[Near");
        if (near > 0) first = first.substring(0, near).strip();
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    /** A message with its row-specific parts (values, rule names, lines) blanked, to group repeats. */
    private static String generic(String plain) {
        return plain.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("[A-Za-z0-9]+_\\d+", "RULE").replaceAll("\\d+", "N");
    }
}
