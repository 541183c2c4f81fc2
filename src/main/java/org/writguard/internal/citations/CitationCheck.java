package org.writguard.internal.citations;

import org.writguard.engine.TableProblem;
import org.writguard.findings.FindingCode;
import org.writguard.internal.cases.NearestNames;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load-time check that findings cite authorities by id (issue 19 item 3): the Citation cell of every table whose
 * rows a finding cites, every string a DRL rule passes to {@code cite(...)}, and the finding catalog
 * ({@link FindingCode}) must name rows of the authorities table. Anything else is an error naming the cell or the
 * rule's line, so the rule book does not load (exit 3).
 */
public final class CitationCheck {
    /** The tables whose rows a finding cites ({@code FindingBuilder.fromRow} / {@code citeList}). */
    public static final Set<String> CITING_TABLES = Set.of("HoldLimitPolicy", "PaceReviewStatus", "AdjudicationDuty",
            "MandamusElements", "AdequateAlternatives", "SheriffCapacity", "ModelFunctionMatrix", "StateOverlays");

    /** {@code cite(} or {@code citeList(} in DRL. */
    private static final Pattern CITE_CALL = Pattern.compile("\\.cite(?:List)?\\s*\\(");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private static final String CONTROLLING = org.writguard.internal.topics.remedies.RemediesTables.CONTROLLING;

    private CitationCheck() { }

    /** Adds an error for every citation that is not an authority id of {@code tables}' authorities table. */
    public static void check(Map<String, LoadedTable> tables, RuleBookInputs inputs, List<TableProblem> problems) {
        AuthorityBook book = AuthorityBook.of(tables.get(AuthorityBook.TABLE));
        if (!book.present()) return;
        for (LoadedTable t : tables.values()) {
            if (!CITING_TABLES.contains(t.schema().name())) continue;
            int col = t.schema().indexOf(TableSchema.CITATION);
            for (TableRow row : t.rows()) {
                String cell = TableReader.columnLetter(col) + row.sheetRow();
                for (String piece : AuthorityRef.split(row.get(TableSchema.CITATION))) {
                    String why = problem(book, piece);
                    if (why != null) problems.add(TableProblem.error(t.file(), t.schema().sheet(), cell, why));
                }
                // The pace-review row's controlling decision (issue 19 item 6) is an authority id too.
                String controlling = row.get(CONTROLLING);
                if (controlling != null && book.row(controlling) == null) {
                    problems.add(TableProblem.error(t.file(), t.schema().sheet(),
                            TableReader.columnLetter(t.schema().indexOf(CONTROLLING)) + row.sheetRow(),
                            "names \"" + controlling + "\" as the controlling decision, which is not an authority id of "
                                    + book.file() + hint(book, controlling)));
                }
            }
        }
        List<RuleBookInputs.Input> drl = new ArrayList<>(inputs.rules());
        for (RuleBookInputs.Input in : drl) checkDrl(book, in.name(), new String(in.bytes(), StandardCharsets.UTF_8), problems);
        for (FindingCode code : FindingCode.values()) {
            for (String ref : code.getCitations()) {
                String why = problem(book, ref);
                if (why != null) {
                    problems.add(TableProblem.error(book.file(), org.writguard.internal.topics.attorney.AttorneyTables.AUTHORITIES.sheet(), null, "finding " + code.getNumber()
                            + " always cites \"" + ref + "\" (its catalog entry), but " + why.replaceFirst("^cites ", "")));
                }
            }
        }
    }

    /** The string arguments of every {@code .cite(...)} / {@code .citeList(...)} call of a DRL file. */
    static void checkDrl(AuthorityBook book, String file, String text, List<TableProblem> problems) {
        Matcher call = CITE_CALL.matcher(text);
        while (call.find()) {
            int end = closing(text, call.end());
            String args = text.substring(call.end(), end);
            Matcher s = STRING.matcher(args);
            while (s.find()) {
                // A literal that receives a method call ("FL".equals(...)) is a value, not a citation.
                if (args.substring(s.end()).matches("(?s)\\s*\\..*")) continue;
                String why = problem(book, s.group(1));
                if (why == null) continue;
                int at = call.end() + s.start();
                int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
                String rule = null;
                Matcher r = RULE.matcher(text.substring(0, at));
                while (r.find()) rule = r.group(1);
                problems.add(TableProblem.error(file, null, "line " + line,
                        (rule == null ? "" : "rule \"" + rule + "\" ") + why));
            }
        }
    }

    /** Why a citation is not acceptable, or null when it names an authority. */
    static String problem(AuthorityBook book, String text) {
        AuthorityRef ref = AuthorityRef.parse(text);
        if (ref == null) {
            return "cites \"" + text + "\" as free text; cite an authority id of " + book.file()
                    + " (id, or \"id @ pinpoint\")" + hint(book, text);
        }
        if (book.row(ref.id()) == null) {
            return "cites \"" + ref.id() + "\", which is not an authority id of " + book.file() + hint(book, ref.id());
        }
        return null;
    }

    private static String hint(AuthorityBook book, String given) {
        List<String> near = NearestNames.nearest(given, book.ids());
        return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
    }

    /** Index of the parenthesis closing the call whose arguments start at {@code from}; strings skipped. */
    private static int closing(String text, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
