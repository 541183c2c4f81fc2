package org.writguard.internal.reading;

import org.writguard.engine.CaseNotes;
import org.writguard.engine.Reading;
import org.writguard.findings.Finding;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Missing facts as plain questions (issue 19 item 8), from decision-tables/facts/fact-questions.drl.xlsx: each
 * question once, naming the findings and deadlines its answer would settle. Analyst settings
 * ({@code parameters...}) and the generated holiday calendar are never put to a client: they come back as
 * "an analyst setting is missing". A path with no row is put in words ({@link #inWords}).
 */
public final class FactQuestions {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+|\\*)])?");

    /** One row of the table: its question, where to look, and the rule name coverage knows it by. */
    record Row(String question, String where, String rule) { }

    private final Map<String, Row> rows;

    /** The questions of one loaded table (null: the rule book has none, every path is put in words). */
    public FactQuestions(LoadedTable table) {
        Map<String, Row> m = new LinkedHashMap<>();
        if (table != null) {
            for (TableRow r : table.rows()) {
                m.put(r.get(ReadingTables.PATTERN), new Row(r.get(ReadingTables.QUESTION), r.get(ReadingTables.WHERE),
                        table.schema().name() + "_" + r.sheetRow()));
            }
        }
        this.rows = Map.copyOf(m);
    }

    /** The table key of a fact path: element numbers become [*], a note in parentheses goes. */
    public static String pattern(String path) {
        String p = withoutNote(path);
        return p.indexOf('[') < 0 ? p : INDEX.matcher(p).replaceAll("[*]");
    }

    private static final Pattern NOTE = Pattern.compile("\\s*\\(.*\\)\\s*$");

    /** A fact path without its note in parentheses ("holds[0].x (as written)"); the regex only when there is one. */
    public static String withoutNote(String path) {
        return path.indexOf('(') < 0 ? path.trim() : NOTE.matcher(path).replaceFirst("").trim();
    }

    /** An analyst's setting or a generated table, not a fact of the case. */
    public static boolean isAnalystSetting(String path) {
        return path.startsWith("parameters.") || path.startsWith("parameters[") || path.startsWith("holiday_calendar.");
    }

    /** Whether the table has a question for this path. */
    public boolean has(String path) { return rows.containsKey(pattern(path)); }

    /**
     * The questions for the missing facts of {@code undetermined} and of the deadlines, in order of first mention,
     * facts before analyst settings. {@code usedRow} hears the rule name of every table row used (coverage).
     */
    public List<Reading.Question> ask(List<Finding> undetermined, List<CaseNotes.FilingDeadline> deadlines,
                                      Consumer<String> usedRow) {
        Map<String, Builder> byText = new LinkedHashMap<>();
        for (Finding f : undetermined) {
            String who = f.getCode().getNumber() + " on " + f.getSubjectKind().toLowerCase(Locale.ROOT) + " " + f.getSubjectId();
            for (String m : f.getMissingFacts()) add(byText, m, who, usedRow);
        }
        for (CaseNotes.FilingDeadline d : deadlines) {
            if (d.getMissing().isEmpty()) continue;
            String who = ("NOTICE_OF_CLAIM".equals(d.getKind()) ? "notice-of-claim deadline" : "§ 1983 limitations deadline")
                    + ", " + d.getSubjectKind().toLowerCase(Locale.ROOT) + " " + d.getSubjectId();
            for (String m : d.getMissing()) add(byText, m, who, usedRow);
        }
        List<Reading.Question> facts = new ArrayList<>();
        List<Reading.Question> settings = new ArrayList<>();
        for (Builder b : byText.values()) {
            Reading.Question q = new Reading.Question(b.text, b.where, b.setting, new ArrayList<>(b.paths), new ArrayList<>(b.findings));
            (b.setting ? settings : facts).add(q);
        }
        facts.addAll(settings);
        return facts;
    }

    private void add(Map<String, Builder> byText, String missing, String who, Consumer<String> usedRow) {
        String path = withoutNote(missing);
        String text;
        String where = null;
        boolean setting = isAnalystSetting(path);
        if (setting) {
            text = path.startsWith("holiday_calendar.")
                    ? "The federal holiday calendar has no year " + path.substring("holiday_calendar.".length())
                      + " (an analyst's table, not a client fact): extend decision-tables/detention/holidays.drl.xlsx."
                    : "An analyst setting is missing: " + path + " (set by the analyst in the parameters table or the"
                      + " case's parameters; it is not a fact to ask the client).";
        } else {
            Row row = rows.get(pattern(path));
            if (row != null) {
                text = row.question();
                where = row.where();
                if (usedRow != null) usedRow.accept(row.rule());
            } else {
                text = inWords(path);
            }
        }
        Builder b = byText.computeIfAbsent(text, t -> new Builder(t, setting));
        if (b.where == null) b.where = where;
        b.paths.add(path);
        b.findings.add(who);
    }

    /** A path with no question row, in words: {@code holds[0].detainer.pc_basis} as "pc basis of the detainer of hold 1". */
    public static String inWords(String path) {
        String[] steps = path.split("\\.");
        List<String> parts = new ArrayList<>();
        for (int i = steps.length - 1; i >= 0; i--) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) {
                parts.add(steps[i]);
                continue;
            }
            String name = words(m.group(1));
            if (m.group(2) != null) {
                name = singular(name) + ("*".equals(m.group(2)) ? "" : " " + (Integer.parseInt(m.group(2)) + 1));
            }
            parts.add(name);
        }
        return "What is the " + String.join(" of the ", parts) + "? (the case's " + path + ")";
    }

    private static final Map<String, String> ACRONYMS = Map.of("ice", "ICE", "lea", "LEA", "pc", "probable-cause",
            "moa", "MOA", "moas", "MOAs", "usc", "U.S.-citizenship", "le", "law-enforcement", "rs", "reasonable-suspicion",
            "igsa", "IGSA", "tz", "time zone");

    /** A snake_case field in words, acronyms as people write them ({@code custody_transferred_to_ice_at}). */
    public static String words(String snake) {
        List<String> out = new ArrayList<>();
        for (String w : snake.split("_")) out.add(ACRONYMS.getOrDefault(w, w));
        return String.join(" ", out);
    }

    private static String singular(String s) {
        if (s.endsWith("ies")) return s.substring(0, s.length() - 3) + "y";
        if (s.endsWith("s")) return s.substring(0, s.length() - 1);
        return s;
    }

    private static final class Builder {
        final String text;
        final boolean setting;
        String where;
        final Set<String> paths = new LinkedHashSet<>();
        final Set<String> findings = new LinkedHashSet<>();

        Builder(String text, boolean setting) {
            this.text = text;
            this.setting = setting;
        }
    }
}
