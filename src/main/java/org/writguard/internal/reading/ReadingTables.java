package org.writguard.internal.reading;

import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.TableSchema;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The tables behind the readable report (issue 19 items 5 and 8), reference data answered from an index:
 * <ul>
 *   <li>decision-tables/facts/fact-questions.drl.xlsx: a fact path pattern to a plain question and where the
 *       answer is usually found; the report asks UNDETERMINED findings' missing facts this way.</li>
 *   <li>decision-tables/jurisdiction/state-habeas.drl.xlsx: the state habeas corpus statute, the court that
 *       hears it and the respondent, for a county hold (Habeas practice's "State route").</li>
 * </ul>
 */
public final class ReadingTables {
    public static final String PATTERN = "PATTERN";
    public static final String QUESTION = "QUESTION";
    public static final String WHERE = "WHERE";
    public static final String STATE = "STATE";
    public static final String STATUTE = "STATUTE";
    public static final String COURT = "COURT";
    public static final String RESPONDENT = "RESPONDENT";
    public static final String SOURCE_URL = "SOURCE_URL";

    /** A fact path pattern: snake_case steps, {@code [*]} for any element, dots between. */
    static final Pattern PATH = Pattern.compile("[a-z][a-z0-9_]*(\\[\\*])?(\\.[a-z0-9][a-z0-9_]*(\\[\\*])?)*");
    private static final Pattern HTTP = Pattern.compile("https?://[^\\s;]+(\\s*;\\s*https?://[^\\s;]+)*");

    private ReadingTables() { }

    /** decision-tables/facts/fact-questions.drl.xlsx. */
    public static final TableSchema FACT_QUESTIONS = TableSchema.builder("FactQuestions")
            .sheet("Questions")
            .packageName("org.writguard.rules.reading.questions")
            .lookup(FactQuestionLookup.class)
            .referenceData()
            .description("A missing fact as a plain question: the fact path pattern the findings name (element"
                    + " numbers written [*], e.g. holds[*].release_eligible_at), the question to put to the client or"
                    + " the file, and where the answer is usually found. Analyst settings (parameters...) have no row:"
                    + " they are not facts to ask a client for. A path with no row is shown as the path in words.")
            .condition(PATTERN, "Fact path", "pattern", ColumnType.TEXT, true,
                    "the path with [*] for element numbers, as the report's missing_facts name it")
            .action(QUESTION, "Question", ColumnType.TEXT, true, "the question in plain words, ending in '?'")
            .action(WHERE, "Where to look", ColumnType.TEXT, false, "the record that usually answers it")
            .rowCheck(ReadingTables::checkQuestionRow)
            .build();

    /** decision-tables/jurisdiction/state-habeas.drl.xlsx. */
    public static final TableSchema STATE_HABEAS = TableSchema.builder("StateHabeas")
            .sheet("StateHabeas")
            .packageName("org.writguard.rules.reading.statehabeas")
            .lookup(StateHabeasLookup.class)
            .referenceData()
            .description("The state's habeas corpus statute for a person held in a county jail (e.g. on an ICE"
                    + " detainer): the statute, the court that hears the petition, and whom it names. A state with no"
                    + " row is not in writguard's tables, which is not the same as having no remedy.")
            .condition(STATE, "State", "state", ColumnType.STATE, true, "USPS code")
            .action(STATUTE, "Statute", ColumnType.TEXT, true, "the state's habeas corpus statute")
            .action(COURT, "Court", ColumnType.TEXT, true, "the court that hears a petition about a county jail")
            .action(RESPONDENT, "Respondent", ColumnType.TEXT, true, "whom the petition names")
            .action(SOURCE_URL, "Source", ColumnType.TEXT, true, "where the statute was read (one or more URLs, ';')")
            .rowCheck(ReadingTables::checkHabeasRow)
            .build();

    public static List<TableSchema> schemas() { return List.of(FACT_QUESTIONS, STATE_HABEAS); }

    static void checkQuestionRow(Map<String, String> row, BiConsumer<String, String> problem) {
        String p = row.get(PATTERN);
        if (p != null && !PATH.matcher(p).matches()) {
            problem.accept(PATTERN, "'" + p + "' is not a fact path pattern (snake_case steps, [*] for element numbers,"
                    + " e.g. holds[*].release_eligible_at)");
        } else if (p != null && FactQuestions.isAnalystSetting(p)) {
            problem.accept(PATTERN, "'" + p + "' is an analyst setting, not a fact to ask a client for; the report"
                    + " names missing settings itself");
        }
        String q = row.get(QUESTION);
        if (q != null && !q.strip().endsWith("?")) {
            problem.accept(QUESTION, "a question ends with '?'");
        }
    }

    static void checkHabeasRow(Map<String, String> row, BiConsumer<String, String> problem) {
        String s = row.get(SOURCE_URL);
        if (s != null && !HTTP.matcher(s.strip()).matches()) {
            problem.accept(SOURCE_URL, "'" + s + "' is not a URL (http:// or https://; several separated by ';')");
        }
    }
}
