package org.writguard.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.writguard.cases.CaseInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The CSV layout for detainer-hold records (one hold per row, e.g. a jail's release log). The header row
 * names the columns; any order; an empty cell is unknown. Columns:
 * <ul>
 *   <li>{@code as_of} (required) — the moment of evaluation;</li>
 *   <li>{@code agency_id} (required) — a roster agency id, or any id together with {@code agency_state}
 *       (then the agency is taken as having no 287(g) agreement unless the roster has it);</li>
 *   <li>{@code agency_state}, {@code agency_type}, {@code agency_policy_blanket_detainer_compliance};</li>
 *   <li>every Hold field of DOMAIN.md 6.5 by its name ({@code hold_id}, {@code facility_tz},
 *       {@code release_eligible_at}, {@code hold_ended_at}, {@code hold_end_reason}, ...);</li>
 *   <li>detainer fields prefixed {@code detainer.} ({@code detainer.form}, {@code detainer.pc_basis}, ...).</li>
 * </ul>
 * Each row becomes a case file and is checked by the same reader as any case, so errors name the field.
 */
public final class HoldsCsvFormat implements BatchRunner.LineFormat {
    private static final Set<String> CASE_COLUMNS = Set.of("as_of");
    private static final Set<String> AGENCY_COLUMNS = Set.of("agency_state", "agency_type",
            "agency_policy_blanket_detainer_compliance");
    private static final Set<String> BOOLEAN_FIELDS = Set.of("warrant_signed", "served_on_subject",
            "form_excludes_weekends_holidays", "agency_policy_blanket_detainer_compliance");
    private final String name;
    private List<String> columns;

    public HoldsCsvFormat(String name) { this.name = name; }

    @Override
    public int headerLines() { return 1; }

    @Override
    public void header(String line) {
        columns = new ArrayList<>();
        // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        for (String c : split(line)) {
            String col = c.strip().toLowerCase(java.util.Locale.ROOT);
            int before = columns.indexOf(col);
            if (before >= 0) {
                // Never "last one wins": two cells of one row would claim the same field.
                throw new CaseInputException(name + ":1", "", "column " + StrictQuote.of(col) + " is given twice"
                        + " (columns " + (before + 1) + " and " + (columns.size() + 1) + "); keep one");
            }
            columns.add(col);
        }
        if (!columns.contains("as_of") || !columns.contains("agency_id")) {
            throw new CaseInputException(name + ":1", "", "the CSV header must name as_of and agency_id (and hold fields);"
                    + " found " + columns);
        }
    }

    @Override
    public JsonNode toTree(String line, long n) {
        List<String> cells = split(line);
        if (cells.size() != columns.size()) {
            throw new CaseInputException(name + ":" + n, "", "has " + cells.size() + " cells; the header has " + columns.size());
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode hold = f.objectNode();
        ObjectNode detainer = f.objectNode();
        ObjectNode agency = f.objectNode();
        String agencyId = null;
        for (int i = 0; i < cells.size(); i++) {
            String col = columns.get(i);
            String v = cells.get(i).strip();
            if (v.isEmpty()) continue;
            if (CASE_COLUMNS.contains(col)) {
                root.put(col, v);
            } else if (col.equals("agency_id")) {
                agencyId = v;
                hold.put("agency_id", v);
            } else if (AGENCY_COLUMNS.contains(col)) {
                String field = col.equals("agency_state") ? "state" : col;
                putTyped(agency, field, v);
            } else if (col.startsWith("detainer.")) {
                putTyped(detainer, col.substring("detainer.".length()), v);
            } else {
                putTyped(hold, col, v);
            }
        }
        if (!detainer.isEmpty()) hold.set("detainer", detainer);
        if (!agency.isEmpty() && agencyId != null) {
            agency.put("agency_id", agencyId);
            ArrayNode agencies = root.putArray("agencies");
            agencies.add(agency);
        }
        root.putArray("holds").add(hold);
        return root;
    }

    private static void putTyped(ObjectNode node, String field, String v) {
        if (BOOLEAN_FIELDS.contains(field) && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            node.put(field, Boolean.parseBoolean(v.toLowerCase()));
        } else {
            node.put(field, v);
        }
    }

    /** Quotes a header cell for a message, escaping what it holds. */
    private static final class StrictQuote {
        static String of(String s) { return "\"" + org.writguard.internal.cases.OneLine.escape(s) + "\""; }
    }

    /** RFC 4180 cells of one line (quoted cells may hold commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
