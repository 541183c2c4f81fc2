package org.writguard.internal.cli;

import org.writguard.internal.diff.Corpus;
import org.writguard.internal.engine.Parameter;
import org.writguard.internal.engine.Parameters;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.Tracked;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.findings.Source;
import org.writguard.internal.tables.ColumnSpec;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableLookup;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * writguard explain CASE --row FILE!Sheet!ROW | --finding CODE --subject ID: why a table row or a finding
 * did, or did not, apply to a case, condition by condition.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain why a decision-table row or a finding did or did not apply to a case.",
                "--row FILE!Sheet!ROW: for every question the case put to that table, each condition of the row with"
                        + " the value the case supplied and whether it matched, then whether the row was chosen (hit"
                        + " policy) and which findings it decided.",
                "--finding CODE --subject ID: the finding if it was reached (status, explanation, facts used and"
                        + " missing, computed values and where they came from); if not, each DRL rule that can reach it"
                        + " with the conditions it needs, their values for the subject and the facts that were missing."})
final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "CASE", description = "a case file (or a fixture file: every case in it)")
    Path casePath;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--row", paramLabel = "FILE!Sheet!ROW", description = "a table row, e.g. model-function-matrix.drl.xlsx!Matrix!12")
        String row;

        @Option(names = "--finding", paramLabel = "CODE", description = "a finding code, e.g. F13")
        String finding;
    }

    @Option(names = "--subject", paramLabel = "ID", description = "with --finding: the subject's id (hold, event, application ...)")
    String subject;

    @Mixin
    RuleBookOptions book;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (target.finding != null && subject == null) {
            throw new Errors.InputException("--finding " + target.finding + " needs --subject ID (the hold, event, application ... it is about)");
        }
        List<Corpus.Case> cases = Corpus.read(List.of(casePath));
        Engine rb = book.load();
        PrintWriter out = spec.commandLine().getOut();
        for (Corpus.Case c : cases) {
            if (cases.size() > 1) out.println("== " + c.name());
            Engine.Trace trace = rb.trace(c.caseFile(), c.name());
            if (target.row != null) explainRow(rb, trace, out);
            else explainFinding(trace, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    // ---- --row ----------------------------------------------------------------------------------------------

    private void explainRow(Engine rb, Engine.Trace trace, PrintWriter out) {
        String[] parts = target.row.split("!");
        if (parts.length != 3) throw new Errors.InputException("--row " + target.row + ": expected FILE!Sheet!ROW, e.g. circuits.drl.xlsx!Circuits!11");
        int sheetRow;
        try {
            sheetRow = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new Errors.InputException("--row " + target.row + ": \"" + parts[2] + "\" is not a row number");
        }
        LoadedTable table = rb.tables().values().stream()
                .filter(t -> sameFile(t.file(), parts[0]) && t.schema().sheet().equalsIgnoreCase(parts[1].strip()))
                .findFirst().orElseThrow(() -> new Errors.InputException("--row " + target.row + ": no table of the rule book is "
                        + parts[0] + " with a sheet " + parts[1] + "; tables: " + String.join(", ", rb.tables().values().stream()
                        .map(t -> t.file() + "!" + t.schema().sheet()).sorted().toList())));
        TableSchema s = table.schema();
        TableRow row = table.rows().stream().filter(r -> r.sheetRow() == sheetRow).findFirst()
                .orElseThrow(() -> new Errors.InputException("--row " + target.row + ": row " + sheetRow + " is not a data row of "
                        + table.file() + " (data rows: " + (table.rows().isEmpty() ? "none" : table.rows().get(0).sheetRow() + "-"
                        + table.rows().get(table.rows().size() - 1).sheetRow()) + ")"));
        String rule = s.name() + "_" + sheetRow;
        out.println("Row " + sheetRow + " of " + table.file() + "!" + s.sheet() + (row.rowId() == null ? "" : " [" + row.rowId() + "]")
                + ": table " + s.name() + ", hit policy " + s.hitPolicy() + " (" + s.hitPolicy().meaning() + ")");
        List<String> conds = new ArrayList<>();
        for (ColumnSpec c : s.conditions().toList()) conds.add(c.label() + " = " + (row.get(c.key()) == null ? "(any)" : row.get(c.key())));
        out.println("  the row matches when: " + String.join("; ", conds));
        if (s.dated()) {
            out.println("  in force: " + (row.get(TableSchema.EFFECTIVE_FROM) == null ? "since always" : "from " + row.get(TableSchema.EFFECTIVE_FROM))
                    + (row.get(TableSchema.EFFECTIVE_TO) == null ? ", still in force" : " to " + row.get(TableSchema.EFFECTIVE_TO)));
        }
        List<TableLookup> questions = trace.asked().stream().filter(q -> q.getClass() == s.lookupClass()).toList();
        if (questions.isEmpty()) {
            out.println("  The case put no question to this table: the facts that would ask it (see the table's topic) are not in the case.");
            return;
        }
        int matched = 0;
        int n = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        // The questions the row matched, then the nearest it did not (fewest conditions off), at most 3 of those.
        List<TableLookup> ordered = new ArrayList<>(questions);
        ordered.sort(java.util.Comparator.comparingInt(q -> misses(q, s, row)));
        int shownMisses = 0;
        int hiddenMisses = 0;
        for (TableLookup q : ordered) {
            if (misses(q, s, row) > 0 && shownMisses >= 3) {
                hiddenMisses++;
                continue;
            }
            if (misses(q, s, row) > 0) shownMisses++;
            List<String> lines = new ArrayList<>();
            boolean all = true;
            for (ColumnSpec c : s.conditions().toList()) {
                String asked = value(q, c.field());
                String want = row.get(c.key());
                boolean ok = want == null || want.equals(asked);
                all &= ok;
                lines.add("    " + c.label() + ": the case gives " + (asked == null ? "nothing" : asked) + ", the row "
                        + (want == null ? "takes any value" : "needs " + want) + " -> " + (ok ? "matches" : "does not match"));
            }
            if (!seen.add(String.join("|", lines))) continue;
            n++;
            out.println("  question " + n + ":");
            lines.forEach(out::println);
            boolean chosen = q.hits().stream().anyMatch(h -> h.rule().equals(rule));
            if (all) matched++;
            out.println("    => " + (!all ? "the row does not answer this question"
                    : chosen ? "the row answers it" + (q.hits().size() > 1 ? " (with " + (q.hits().size() - 1) + " other rows; "
                    + s.hitPolicy() + " decides which the topic uses)" : "")
                    : "the row matches but did not answer (another row won under " + s.hitPolicy() + ")"));
        }
        if (hiddenMisses > 0) out.println("  (" + hiddenMisses + " more questions differ in as many conditions or more)");
        if (s.dated()) explainDates(trace, table, row, out);
        int total = n + hiddenMisses;
        out.println("  " + (matched == 0 ? "The row matched none of the case's " + total + " questions." : "The row matched "
                + matched + " of the case's " + total + " questions."));
        List<Finding> decided = trace.report().getFindings().stream().filter(f -> f.getSource() != null
                && rule.equals(f.getSource().getRule())).toList();
        if (decided.isEmpty()) {
            out.println("  No finding names this row as its source.");
        } else {
            for (Finding f : decided) out.println("  decided: " + f.getCode().getNumber() + " " + f.getStatus() + " " + f.getSubjectKind() + ":" + f.getSubjectId());
        }
    }

    /** For the parameter table: whether the row is the value in force on the day it is read. */
    private static void explainDates(Engine.Trace trace, LoadedTable table, TableRow row, PrintWriter out) {
        Parameters params = trace.facts().stream().filter(o -> o instanceof Parameters).map(o -> (Parameters) o).findFirst().orElse(null);
        String name = row.get("PARAMETER");
        if (params == null || name == null) return;
        Parameter p = Parameter.byKey(name).orElse(null);
        if (p == null) return;
        LocalDate day = params.day();
        LocalDate from = row.get(TableSchema.EFFECTIVE_FROM) == null ? null : LocalDate.parse(row.get(TableSchema.EFFECTIVE_FROM));
        LocalDate to = row.get(TableSchema.EFFECTIVE_TO) == null ? null : LocalDate.parse(row.get(TableSchema.EFFECTIVE_TO));
        boolean inForce = day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        out.println("  " + name + " is read on " + p.dateBasis() + "; on the case's as_of (" + day + ") this row is "
                + (inForce ? "in force" : "not in force"));
        String[] keys = {row.get("KEY1"), row.get("KEY2")};
        Parameters.Value v = params.get(p, Arrays.stream(keys).filter(k -> k != null).toArray(String[]::new));
        out.println("  the value in force for these keys: " + (v == null ? "none (unset)" : v.raw() + " (" + v.source() + ")"));
    }

    private static int misses(TableLookup q, TableSchema s, TableRow row) {
        int n = 0;
        for (ColumnSpec c : s.conditions().toList()) {
            String want = row.get(c.key());
            if (want != null && !want.equals(value(q, c.field()))) n++;
        }
        return n;
    }

    private static boolean sameFile(String file, String given) {
        String g = given.strip().replace('\\', '/');
        return file.equals(g) || file.endsWith("/" + g) || Path.of(file).getFileName().toString().equals(g);
    }

    private static String value(Object o, String field) {
        try {
            Method m = o.getClass().getMethod("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            Object v = m.invoke(o);
            return v == null ? null : v.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    // ---- --finding ------------------------------------------------------------------------------------------

    private static final Pattern RULE = Pattern.compile("(?s)(?m)^\\s*rule\\s+\"([^\"]+)\"(.*?)^end\\b");
    private static final Pattern TRACKED = Pattern.compile("(\\w+)\\.is(Yes|No|Unknown)\\(\\)");

    private void explainFinding(Engine.Trace trace, PrintWriter out) {
        FindingCode code = Arrays.stream(FindingCode.values())
                .filter(c -> c.getNumber().equalsIgnoreCase(target.finding) || c.name().equalsIgnoreCase(target.finding))
                .findFirst().orElseThrow(() -> new Errors.InputException("--finding " + target.finding
                        + ": not a finding code (F01 ... " + FindingCode.values()[FindingCode.values().length - 1].getNumber() + ")"));
        List<Finding> found = trace.report().getFindings().stream()
                .filter(f -> f.getCode() == code && subject.equals(f.getSubjectId())).toList();
        for (Finding f : found) {
            out.println(code.getNumber() + (f.getVariant() == null ? "" : "/" + f.getVariant()) + " " + f.getStatus() + " "
                    + f.getSeverity() + " " + f.getSubjectKind() + ":" + f.getSubjectId() + " (" + code.getTitle() + ")");
            out.println("  " + f.getExplanation());
            Source src = f.getSource();
            if (src != null) {
                out.println("  decided by: " + src.getFile() + (src.getSheet() == null ? "" : "!" + src.getSheet() + " row " + src.getRow())
                        + " (rule " + src.getRule() + (src.getHitPolicy() == null ? "" : ", hit policy " + src.getHitPolicy()) + ")");
            }
            if (!f.getFactsUsed().isEmpty()) out.println("  facts used: " + String.join(", ", f.getFactsUsed()));
            if (!f.getMissingFacts().isEmpty()) out.println("  facts missing: " + String.join(", ", f.getMissingFacts()));
            f.getComputed().forEach((k, v) -> out.println("  computed " + k + " = " + v));
        }
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (Finding f : found) if (f.getRule() != null) reached.add(f.getRule());
        if (found.isEmpty()) {
            out.println("No " + code.getNumber() + " finding (" + code.getTitle() + ") for subject " + subject + " in this case.");
        }
        List<Object> facts = subjectFacts(trace.facts(), subject);
        if (facts.isEmpty()) {
            out.println("  No fact of the case has the id " + subject + ": check the id (holds[].hold_id, events[].event_id,"
                    + " applications[].application_id ...).");
        }
        // The numbers the rules compare (hours, limits, thresholds) and where each limit came from, so a finding
        // that did not fire because of a threshold reads as "49 hours against a limit of 72 (table row 17)".
        for (Object fact : facts) {
            List<String> values = new ArrayList<>();
            for (Method m : fact.getClass().getMethods()) {
                if (m.getParameterCount() != 0 || !m.getName().startsWith("get")) continue;
                boolean number = Number.class.isAssignableFrom(m.getReturnType()) || m.getReturnType() == double.class
                        || m.getReturnType() == long.class || m.getReturnType() == int.class;
                boolean origin = m.getReturnType() == String.class && (m.getName().endsWith("Origin") || m.getName().endsWith("Source"));
                if (!number && !origin) continue;
                Object v = call(fact, m.getName());
                if (v != null) values.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4) + "=" + v);
            }
            if (!values.isEmpty()) {
                java.util.Collections.sort(values);
                out.println("  " + fact.getClass().getSimpleName() + " of " + subject + ": " + String.join(", ", values));
            }
        }
        for (String[] r : rulesFor(code)) {
            if (reached.contains(r[0])) continue;
            out.println("  rule \"" + r[0] + "\" (" + r[2] + ") did not fire for " + subject + "; it needs:");
            out.println("    " + r[1].replaceAll("\\s+", " ").strip());
            Matcher m = TRACKED.matcher(r[1]);
            while (m.find()) {
                for (Object fact : facts) {
                    Object v = call(fact, "get" + Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1));
                    if (!(v instanceof Tracked t)) continue;
                    String want = m.group(2).toUpperCase();
                    out.println("    " + m.group(1) + " must be " + want + "; for " + subject + " it is " + t.value()
                            + (t.value().name().equals(want) ? " (met)" : " (not met)"));
                    if (!t.reasons().isEmpty()) out.println("      because: " + String.join("; ", t.reasons()));
                    if (!t.usedFacts().isEmpty()) out.println("      facts used: " + String.join(", ", t.usedFacts()));
                    if (!t.missingFacts().isEmpty()) out.println("      facts missing: " + String.join(", ", t.missingFacts()));
                }
            }
        }
    }

    /** Derived facts about the subject: those with an id getter returning it. */
    private static List<Object> subjectFacts(List<Object> facts, String id) {
        List<Object> out = new ArrayList<>();
        for (Object o : facts) {
            for (Method m : o.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && m.getName().startsWith("get") && m.getName().endsWith("Id")
                        && m.getReturnType() == String.class && id.equals(call(o, m.getName()))) {
                    out.add(o);
                    break;
                }
            }
        }
        return out;
    }

    private static Object call(Object o, String getter) {
        try {
            return o.getClass().getMethod(getter).invoke(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The DRL rules that can reach a finding code: name, when-part, file. */
    private List<String[]> rulesFor(FindingCode code) {
        List<String[]> out = new ArrayList<>();
        Path dir = book.rulesDir();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            return out;
        }
        Pattern uses = Pattern.compile("FindingCode\\." + code.name() + "\\b");
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String body = m.group(2);
                int when = body.indexOf("when");
                int then = body.lastIndexOf("then");
                if (when < 0 || then < when || !uses.matcher(body.substring(then)).find()) continue;
                out.add(new String[] {m.group(1), body.substring(when + 4, then), f.getFileName().toString()});
            }
        }
        return out;
    }
}
