package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks across the rows of valid tables, for `writguard tables check`: rows that repeat another, add
 * nothing to it or contradict it (same conditions, where a condition left empty matches anything, same
 * identity columns, overlapping effective dates, different outcome), finding codes the catalog does not
 * know, citations that are placeholders, and [U] rows that claim to be verified or of HIGH confidence.
 * Unknown finding codes in a finding-code column are errors; everything else is a warning.
 */
public final class TableLint {
    private static final Set<String> PROVENANCE = Set.of(TableSchema.ROW_ID, TableSchema.CITATION,
            TableSchema.VERIFIED, TableSchema.VERIFIED_ON, TableSchema.LABEL, TableSchema.NOTES);
    private static final Pattern FROM = Pattern.compile("(.*_)?(EFFECTIVE(_FROM|_ON)?|VALID_FROM|IN_FORCE_FROM|FROM|START(S|_DATE|S_ON)?|SINCE)");
    private static final Pattern TO = Pattern.compile("(.*_)?(EFFECTIVE_(TO|UNTIL)|EXPIRES(_ON)?|VALID_(TO|UNTIL)|UNTIL|TO|END(S|_DATE|S_ON)?|REPEALED(_ON)?)");
    private static final Pattern CODE = Pattern.compile("\\bF\\d{2,3}\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(tbd|tk|\\?+|n/?a|none|unknown|-+|x+|citation needed|to ?do|fix ?me|see above)");

    private TableLint() { }

    /** Lint for every table; {@code findingCodes} are the catalog's numbers (F01, F02, ...). */
    public static List<TableProblem> lint(Collection<LoadedTable> tables, Set<String> findingCodes) {
        List<TableProblem> out = new ArrayList<>();
        for (LoadedTable t : tables) out.addAll(lint(t, findingCodes));
        return out;
    }

    public static List<TableProblem> lint(LoadedTable t, Set<String> findingCodes) {
        List<TableProblem> out = new ArrayList<>();
        for (TableRow r : t.rows()) perRow(t, r, findingCodes, out);
        out.addAll(overlaps(t));
        return out;
    }

    /**
     * The rows that answer the same question as a row above them: errors where the table's hit policy forbids
     * it (two rows under UNIQUE; two equally specific rows with different outcomes under PRIORITY), warnings
     * for contradictions, repeats and rows that can never change an answer. The build refuses a table with
     * such an error, so which row wins never depends on row order by accident.
     */
    public static List<TableProblem> overlaps(LoadedTable t) {
        List<TableProblem> out = new ArrayList<>();
        TableSchema s = t.schema();
        String from = dateColumn(s, FROM);
        String to = dateColumn(s, TO);
        List<ColumnSpec> conditions = s.conditions().toList();
        List<ColumnSpec> outcome = s.columns().stream().filter(c -> c.kind() == ColumnSpec.Kind.ACTION
                && !PROVENANCE.contains(c.key()) && !s.identity().contains(c.key())
                && !c.key().equals(from) && !c.key().equals(to)).toList();
        // Rows can only overlap when their identity columns agree, so compare within those groups.
        Map<List<String>, List<TableRow>> groups = new LinkedHashMap<>();
        for (TableRow r : t.rows()) {
            List<String> id = new ArrayList<>();
            for (String k : s.identity()) id.add(Objects.toString(r.get(k), ""));
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        for (List<TableRow> group : groups.values()) {
            for (int j = 1; j < group.size(); j++) {
                TableRow b = group.get(j);
                for (int i = 0; i < j; i++) {
                    TableRow a = group.get(i);
                    TableProblem p = compare(t, a, b, conditions, outcome, from, to);
                    if (p != null) {
                        out.add(p);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** What row b (below) does with row a (above), or null when they answer different questions. */
    private static TableProblem compare(LoadedTable t, TableRow a, TableRow b, List<ColumnSpec> conditions,
                                        List<ColumnSpec> outcome, String from, String to) {
        boolean aCoversB = true;
        boolean bCoversA = true;
        for (ColumnSpec c : conditions) {
            String va = a.get(c.key());
            String vb = b.get(c.key());
            if (va != null && vb != null && !va.equals(vb)) return null;
            if (va != null && vb == null) aCoversB = false;
            if (vb != null && va == null) bCoversA = false;
        }
        LocalDate[] ra = range(a, from, to);
        LocalDate[] rb = range(b, from, to);
        if (ra[0].isAfter(rb[1]) || rb[0].isAfter(ra[1])) return null;
        if (ra[0].isAfter(rb[0]) || ra[1].isBefore(rb[1])) aCoversB = false;
        if (rb[0].isAfter(ra[0]) || rb[1].isBefore(ra[1])) bCoversA = false;
        String sheet = t.schema().sheet();
        String dates = from == null && to == null ? "" : " on " + overlap(ra, rb);
        HitPolicy policy = t.schema().hitPolicy();
        if (policy == HitPolicy.UNIQUE) {
            return TableProblem.error(t.file(), sheet, cell(t, b.sheetRow(), firstKey(t)), "rows " + a.sheetRow()
                    + " and " + b.sheetRow() + " (cells " + cell(t, a.sheetRow(), firstKey(t)) + " and "
                    + cell(t, b.sheetRow(), firstKey(t)) + ") can both match " + question(t, a, b, conditions) + dates
                    + ", but the table's hit policy is UNIQUE (one row per question): make their conditions"
                    + (from == null ? "" : " or effective dates") + " differ, or delete one");
        }
        boolean differ = outcome.stream().anyMatch(c -> !Objects.equals(a.get(c.key()), b.get(c.key())));
        if (policy == HitPolicy.PRIORITY && differ
                && HitPolicy.specificity(t.schema(), a) == HitPolicy.specificity(t.schema(), b)) {
            return TableProblem.error(t.file(), sheet, cell(t, b.sheetRow(), firstKey(t)), "rows " + a.sheetRow()
                    + " and " + b.sheetRow() + " (cells " + cell(t, a.sheetRow(), firstKey(t)) + " and "
                    + cell(t, b.sheetRow(), firstKey(t)) + ") can both match " + question(t, a, b, conditions) + dates
                    + " with different outcomes and fill as many conditions, so the hit policy PRIORITY (most"
                    + " specific row wins) cannot choose: make one more specific or their conditions differ");
        }
        // A row that is strictly more specific than another (it fills a condition the other leaves empty, or
        // narrows its dates) overrides it: the topics take the most specific row. Not a contradiction.
        boolean override = t.schema().mostSpecificWins() && aCoversB != bCoversA;
        if (override && outcome.stream().anyMatch(c -> !Objects.equals(a.get(c.key()), b.get(c.key())))) return null;
        for (ColumnSpec c : outcome) {
            String va = a.get(c.key());
            String vb = b.get(c.key());
            if (!Objects.equals(va, vb)) {
                return TableProblem.warning(t.file(), sheet, cell(t, b.sheetRow(), c.key()), "row " + b.sheetRow()
                        + " contradicts row " + a.sheetRow() + ": both answer " + question(t, a, b, conditions) + dates
                        + ", but " + c.label() + " is " + show(vb) + " here and " + show(va) + " there; fix one, or"
                        + " make their conditions or dates differ");
            }
        }
        Map<String, String> ca = new LinkedHashMap<>(a.values());
        Map<String, String> cb = new LinkedHashMap<>(b.values());
        for (String k : List.of(TableSchema.ROW_ID, TableSchema.NOTES)) {
            ca.remove(k);
            cb.remove(k);
        }
        if (ca.equals(cb)) {
            return TableProblem.warning(t.file(), sheet, cell(t, b.sheetRow(), TableSchema.ROW_ID), "row "
                    + b.sheetRow() + " repeats row " + a.sheetRow() + " (same cells but the row id); delete one");
        }
        if (aCoversB || bCoversA) {
            TableRow wider = aCoversB ? a : b;
            TableRow narrower = aCoversB ? b : a;
            return TableProblem.warning(t.file(), sheet, cell(t, narrower.sheetRow(), TableSchema.ROW_ID), "row "
                    + narrower.sheetRow() + " can never change an answer: row " + wider.sheetRow() + " already gives"
                    + " the same outcome for every case it covers" + dates + "; delete it or make it differ");
        }
        return null;
    }

    private static void perRow(LoadedTable t, TableRow r, Set<String> findingCodes, List<TableProblem> out) {
        String sheet = t.schema().sheet();
        boolean uncertain = "U".equals(r.get(TableSchema.LABEL));
        if (uncertain && "TRUE".equals(r.get(TableSchema.VERIFIED))) {
            out.add(TableProblem.warning(t.file(), sheet, cell(t, r.sheetRow(), TableSchema.VERIFIED), "row "
                    + r.sheetRow() + " is labelled [U] but marked verified; an uncertain row is treated as unverified"
                    + " (MEDIUM at most, confidence LOW): set Verified to FALSE or change the label"));
        }
        for (ColumnSpec c : t.schema().columns()) {
            String v = r.get(c.key());
            if (v == null) continue;
            if (uncertain && c.key().endsWith("CONFIDENCE") && v.equals("HIGH")) {
                out.add(TableProblem.warning(t.file(), sheet, cell(t, r.sheetRow(), c.key()), "row " + r.sheetRow()
                        + " is labelled [U] but claims HIGH confidence; an uncertain row gives confidence LOW at most"));
            }
            boolean codeColumn = c.key().contains("FINDING") || c.label().toLowerCase().contains("finding");
            if (codeColumn || c.type() == ColumnType.TEXT) {
                Matcher m = CODE.matcher(v);
                while (m.find()) {
                    if (findingCodes.contains(m.group())) continue;
                    String msg = "names finding " + m.group() + ", which the finding catalog does not have";
                    out.add(codeColumn
                            ? TableProblem.error(t.file(), sheet, cell(t, r.sheetRow(), c.key()), msg
                                    + " (column " + c.label() + "); use a code of DOMAIN.md section 7")
                            : TableProblem.warning(t.file(), sheet, cell(t, r.sheetRow(), c.key()), msg));
                }
            }
        }
        String citation = r.get(TableSchema.CITATION);
        if (citation != null && PLACEHOLDER.matcher(citation.strip()).matches()) {
            out.add(TableProblem.warning(t.file(), sheet, cell(t, r.sheetRow(), TableSchema.CITATION), "\"" + citation
                    + "\" is a placeholder, not a citation; cite the statute, regulation, MOA clause or case"));
        }
    }

    /** The key of the first date column whose key reads like an effective-date bound. */
    private static String dateColumn(TableSchema s, Pattern p) {
        for (ColumnSpec c : s.columns()) {
            if (c.type() == ColumnType.DATE && !PROVENANCE.contains(c.key()) && p.matcher(c.key()).matches()) return c.key();
        }
        return null;
    }

    private static LocalDate[] range(TableRow r, String from, String to) {
        LocalDate f = from == null || r.get(from) == null ? LocalDate.MIN : LocalDate.parse(r.get(from));
        LocalDate u = to == null || r.get(to) == null ? LocalDate.MAX : LocalDate.parse(r.get(to));
        return new LocalDate[] {f, u};
    }

    private static String overlap(LocalDate[] a, LocalDate[] b) {
        LocalDate f = a[0].isAfter(b[0]) ? a[0] : b[0];
        LocalDate u = a[1].isBefore(b[1]) ? a[1] : b[1];
        return (f.equals(LocalDate.MIN) ? "any date" : f.toString()) + " .. " + (u.equals(LocalDate.MAX) ? "open end" : u.toString());
    }

    private static String question(LoadedTable t, TableRow a, TableRow b, List<ColumnSpec> conditions) {
        List<String> parts = new ArrayList<>();
        for (ColumnSpec c : conditions) {
            String v = a.get(c.key()) != null ? a.get(c.key()) : b.get(c.key());
            parts.add(c.label() + " " + (v == null ? "(any)" : v));
        }
        for (String k : t.schema().identity()) {
            t.schema().column(k).ifPresent(c -> parts.add(c.label() + " " + show(a.get(k))));
        }
        return String.join(", ", parts);
    }

    private static String firstKey(LoadedTable t) { return t.schema().columns().get(0).key(); }

    private static String show(String v) { return v == null ? "empty" : v; }

    private static String cell(LoadedTable t, int sheetRow, String key) {
        return TableReader.columnLetter(t.schema().indexOf(key)) + sheetRow;
    }
}
