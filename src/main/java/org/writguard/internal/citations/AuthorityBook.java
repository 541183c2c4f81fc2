package org.writguard.internal.citations;

import org.writguard.engine.MatterJurisdiction;
import org.writguard.findings.Authority;
import org.writguard.findings.Finding;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.topics.attorney.AttorneyTables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorities table (decision-tables/remedies/authorities.drl.xlsx) as the engine uses it: every citation a
 * finding carries is an {@link AuthorityRef} resolved here to the printed citation, and labelled for the matter
 * (issue 19 item 3):
 * <ul>
 *   <li>the Supreme Court, the Constitution, a federal statute or regulation: binding everywhere;</li>
 *   <li>a court of appeals: binding in its circuit, persuasive elsewhere;</li>
 *   <li>a state court or statute: binding in its state only;</li>
 *   <li>a district court, an agency decision or an interim (emergency-docket) order: persuasive;</li>
 *   <li>agency guidance: "agency guidance (not law)"; a 287(g) agreement's terms: they bind ICE and the agency.</li>
 * </ul>
 * With several circuits (states) in the matter, or none known, a circuit (state) authority is labelled with where
 * it binds ("binding in C3") rather than guessed. Citations are ordered binding first, the finding's order kept
 * within each weight.
 */
public final class AuthorityBook {
    /** The authorities table's RuleTable name. */
    public static final String TABLE = AttorneyTables.AUTHORITIES.name();

    /** One row of the table. */
    public record Row(String id, String citation, String shortName, String kind, String court, String jurisdiction,
                      String decided, String laterHistory, boolean verified, int sheetRow) { }

    private static final AuthorityBook EMPTY = new AuthorityBook(null, Map.of());
    /** The reporter page of a case citation: the first " (" after a digit or a blank page (___). */
    private static final Pattern CASE_PIN_AT = Pattern.compile("(\\d|___)( \\()");

    /** A subsection designator that follows a section directly: (a), (1), (B)(ii). */
    private static final Pattern SUBSECTION = Pattern.compile("\\([0-9A-Za-z]{1,5}\\)");

    private final String file;
    private final Map<String, Row> rows;

    private AuthorityBook(String file, Map<String, Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** The book of a loaded authorities table; an empty book (nothing resolves, nothing is checked) for null. */
    public static AuthorityBook of(LoadedTable table) {
        if (table == null) return EMPTY;
        Map<String, Row> rows = new LinkedHashMap<>();
        for (TableRow r : table.rows()) {
            String id = r.get(AttorneyTables.AUTHORITY);
            rows.putIfAbsent(id, new Row(id, r.get(TableSchema.CITATION), r.get(AttorneyTables.SHORT_NAME),
                    r.get(AttorneyTables.KIND), r.get(AttorneyTables.COURT), r.get(AttorneyTables.JURISDICTION),
                    r.get(AttorneyTables.DECIDED), r.get(AttorneyTables.LATER_HISTORY),
                    "TRUE".equalsIgnoreCase(r.get(TableSchema.VERIFIED)), r.sheetRow()));
        }
        return new AuthorityBook(table.file(), Map.copyOf(rows));
    }

    /** Whether the rule book has an authorities table (tests of the build may leave it out). */
    public boolean present() { return file != null; }

    /** The workbook the rows came from. */
    public String file() { return file; }

    public Row row(String id) { return rows.get(id); }

    public Collection<String> ids() { return rows.keySet(); }

    /**
     * The finding with its citations resolved and labelled for the matter, binding first. A finding already
     * resolved, or any finding when the book has no table, is returned as it is.
     */
    public Finding resolve(Finding f, MatterJurisdiction matter) {
        if (!present() || !f.getAuthorities().isEmpty()) return f;
        List<Authority> known = resolved.get(new Question(List.copyOf(f.getCitations()),
                matter == null ? MatterJurisdiction.UNKNOWN : matter));
        return f.withAuthorities(known != null ? known
                : resolveAll(f.getCitations(), matter, f.getCode().getNumber() + " (rule \"" + f.getRule() + "\")"));
    }

    /** The same references for the same matter resolve alike: remembered, up to a bound (issue 17). */
    private record Question(List<String> refs, MatterJurisdiction matter) { }
    private final java.util.concurrent.ConcurrentHashMap<Question, List<Authority>> resolved =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int RESOLVED_LIMIT = 50_000;

    /**
     * References resolved and ordered binding first (an unmodifiable list); an unknown id is a bug of the caller (the
     * load checks them). Every finding of every report resolves its citations: the answer for the same references
     * and matter is remembered (authorities are immutable values).
     */
    public List<Authority> resolveAll(Collection<String> refs, MatterJurisdiction matter, String who) {
        Question q = new Question(List.copyOf(refs), matter == null ? MatterJurisdiction.UNKNOWN : matter);
        List<Authority> known = resolved.get(q);
        if (known != null) return known;
        List<Authority> out = List.copyOf(resolveNow(refs, matter, who));
        if (resolved.size() < RESOLVED_LIMIT) resolved.putIfAbsent(q, out);
        return out;
    }

    private List<Authority> resolveNow(Collection<String> refs, MatterJurisdiction matter, String who) {
        List<Authority> out = new ArrayList<>();
        for (String text : refs) {
            AuthorityRef ref = AuthorityRef.parse(text);
            Row row = ref == null ? null : rows.get(ref.id());
            if (row == null) {
                throw new IllegalStateException(who + " cites \"" + text + "\", which is not an id of " + file);
            }
            Authority a = authority(row, ref.pin(), matter);
            if (out.stream().noneMatch(x -> x.getCitation().equals(a.getCitation()))) out.add(a);
        }
        out.sort(Comparator.comparing(Authority::getWeight));
        return out;
    }

    /** One row, with a pinpoint (or null), labelled for the matter. */
    public static Authority authority(Row row, String pin, MatterJurisdiction matter) {
        Authority.Weight w = weight(row, matter == null ? MatterJurisdiction.UNKNOWN : matter);
        return new Authority(row.id(), print(row, pin), row.shortName(), row.kind(), row.court(), row.jurisdiction(),
                row.decided(), row.laterHistory(), row.verified(), w, label(row, w));
    }

    /**
     * The citation with its pinpoint: a case's page after the first reporter page ("466 U.S. 602, 616 (1984)");
     * a statute's or regulation's subsection appended ("8 U.S.C. § 1357(g)" + "(5)"); anything else after a space
     * ("JEM MOA" + "App. A").
     */
    public static String print(Row row, String pin) {
        if (pin == null || pin.isBlank()) return row.citation();
        if (isCase(row.kind())) {
            Matcher m = CASE_PIN_AT.matcher(row.citation());
            if (m.find()) return row.citation().substring(0, m.end(1)) + ", " + pin + row.citation().substring(m.end(1));
            return row.citation() + ", " + pin;
        }
        boolean code = row.kind() != null && (row.kind().endsWith("STATUTE") || row.kind().equals("REGULATION")
                || row.kind().equals("CONSTITUTION"));
        return row.citation() + (code && SUBSECTION.matcher(pin).lookingAt() ? "" : " ") + pin;
    }

    static boolean isCase(String kind) {
        return kind != null && (kind.contains("COURT") || kind.equals("AGENCY_DECISION") || kind.equals("INTERIM_ORDER"));
    }

    /** How far the row binds in the matter. */
    public static Authority.Weight weight(Row row, MatterJurisdiction m) {
        String kind = row.kind() == null ? "" : row.kind();
        String j = row.jurisdiction();
        switch (kind) {
            case "SUPREME_COURT", "CONSTITUTION", "STATUTE", "REGULATION":
                return AttorneyTables.NATIONWIDE.equals(j) ? Authority.Weight.BINDING : local(j, m.getCircuits());
            case "COURT_OF_APPEALS":
                return local(j, m.getCircuits());
            case "STATE_HIGH_COURT", "STATE_COURT", "STATE_STATUTE":
                return local(j, m.getStates());
            case "AGREEMENT":
                return Authority.Weight.AGREEMENT;
            case "GUIDANCE":
                return Authority.Weight.GUIDANCE;
            default: // DISTRICT_COURT, AGENCY_DECISION
                return Authority.Weight.PERSUASIVE;
        }
    }

    /** Binding where the matter is exactly there; "binding in X" when the matter may be there; else persuasive. */
    private static Authority.Weight local(String where, List<String> matter) {
        if (matter.size() == 1) return matter.get(0).equals(where) ? Authority.Weight.BINDING : Authority.Weight.PERSUASIVE;
        if (matter.isEmpty() || matter.contains(where)) return Authority.Weight.BINDING_ELSEWHERE_OR_UNKNOWN;
        return Authority.Weight.PERSUASIVE;
    }

    /** The words printed with the citation. */
    public static String label(Row row, Authority.Weight w) {
        String kind = row.kind() == null ? "" : row.kind();
        return switch (w) {
            case BINDING -> "binding";
            case BINDING_ELSEWHERE_OR_UNKNOWN -> "binding in " + row.jurisdiction();
            case PERSUASIVE -> switch (kind) {
                case "COURT_OF_APPEALS" -> "persuasive (" + row.court() + ")";
                case "STATE_HIGH_COURT", "STATE_COURT" -> "persuasive (" + row.jurisdiction() + " court)";
                case "STATE_STATUTE" -> "not this matter's state (" + row.jurisdiction() + " law), persuasive at most";
                case "DISTRICT_COURT" -> "persuasive (district court, " + row.court() + ")";
                case "INTERIM_ORDER" -> "persuasive (interim order, not a merits decision)";
                case "AGENCY_DECISION" -> "persuasive (agency decision)";
                default -> "persuasive";
            };
            case AGREEMENT -> "287(g) agreement term: binds ICE and the agency, not law";
            case GUIDANCE -> "agency guidance (not law)";
        };
    }
}
