package org.writguard.engine;

import org.kie.api.builder.Message;
import org.writguard.tables.LoadedTable;
import org.writguard.tables.TableProblem;
import org.writguard.tables.TableRow;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a KIE build message back to what an analyst edited: the workbook, sheet and row (and the cell when
 * the message names a value), or the DRL file and line. The compiler's text is cut to its first line.
 */
final class BuildMessages {
    private static final Pattern RULE_IN_TEXT = Pattern.compile("[Rr]ule(?: name)?[=:]?\\s*'?\"?([A-Za-z0-9_ .-]+?_\\d+)");
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^rule \"([^\"]+)\"");

    private BuildMessages() { }

    static TableProblem translate(Message msg, Map<String, String> fileByPath, Map<String, String> drlByPath,
                                  Map<String, LoadedTable> tableByRule, Map<String, TableRow> rowByRule) {
        String path = msg.getPath();
        String file = path == null ? "rule book" : fileByPath.getOrDefault(path, path);
        String text = firstLine(msg.getText());
        String rule = ruleOf(msg, drlByPath.get(path));
        if (rule != null && tableByRule.containsKey(rule)) {
            LoadedTable t = tableByRule.get(rule);
            TableRow row = rowByRule.get(rule);
            return TableProblem.error(t.file(), t.schema().sheet(), "A" + row.sheetRow(), "row " + row.sheetRow()
                    + " (id " + row.rowId() + ") does not compile: " + text);
        }
        String where = msg.getLine() > 0 ? "line " + msg.getLine() : null;
        return TableProblem.error(file, null, where, (rule != null ? "rule \"" + rule + "\": " : "") + text);
    }

    /** The rule a message concerns: named in its text, or the last rule declared before its line. */
    private static String ruleOf(Message msg, String drl) {
        Matcher m = RULE_IN_TEXT.matcher(msg.getText() == null ? "" : msg.getText());
        if (m.find()) return m.group(1);
        if (drl == null || msg.getLine() <= 0) return null;
        String before = drl.lines().limit(msg.getLine()).reduce("", (a, b) -> a + b + "\n");
        Matcher d = RULE_DECL.matcher(before);
        String last = null;
        while (d.find()) last = d.group(1);
        return last;
    }

    private static String firstLine(String s) {
        if (s == null) return "build error";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
