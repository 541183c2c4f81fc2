package org.writguard.internal.cli;

import org.writguard.cases.CaseInputException;
import org.writguard.internal.diff.Corpus;
import org.writguard.internal.diff.FindingsDiff;
import org.writguard.engine.Report;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.findings.Finding;
import org.writguard.engine.TableProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * writguard watch CASE_OR_DIR: re-assesses on every save of a table, a rule or a case and prints what changed
 * in the findings (the behaviour diff of tables diff). Polls every --interval ms; a file must hold still for
 * one interval before it is read, so a workbook still being saved is not read half-written.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Re-assess a case (or every case and fixture under a folder) on every save of a decision table,"
                + " a DRL rule or a case file, and print what changed in the findings: + gained, - lost, ~ changed"
                + " (status, severity or deciding row). A table that does not build prints its errors cell by cell"
                + " and the previous rule book stays in use.",
                "Stops on Ctrl-C, or after --max-runs re-assessments."})
final class WatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE_OR_DIR", description = "a case file, a fixture file, or a folder of them")
    Path cases;

    @Option(names = "--tables", paramLabel = "DIR", description = "decision tables (default: decision-tables/ of the writguard home)")
    Path tables;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules (default: rules/ of the writguard home)")
    Path rules;

    @Option(names = "--interval", defaultValue = "100", paramLabel = "MS", description = "poll interval in milliseconds (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--max-runs", paramLabel = "N", description = "stop after N re-assessments (for scripts and tests)")
    Integer maxRuns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Path t = tables != null ? tables : RuleBookOptions.home().resolve("decision-tables");
        Path r = rules != null ? rules : RuleBookOptions.home().resolve("rules");
        for (Path d : List.of(t, r)) if (!Files.isDirectory(d)) throw new Errors.InputException(d + ": no such directory");
        if (!Files.exists(cases)) throw new Errors.InputException(cases + ": no such file or directory");
        if (interval < 20 || interval > 60_000) throw new Errors.InputException("--interval " + interval + ": expected 20 to 60000 ms");
        PrintWriter out = spec.commandLine().getOut();

        Map<String, String> bookStamp = stamps(t, r);
        Map<String, String> caseStamp = stamps(cases);
        Engine book = build(t, r, out);
        if (book == null) throw new RuleBookException(List.of(), List.of());
        Map<String, Report> reports = assessAll(book, out);
        out.println(now() + " watching " + cases + " (" + reports.size() + " cases) with " + t + " and " + r
                + "; edit and save a table, rule or case");
        out.flush();
        int runs = 0;
        while (maxRuns == null || runs < maxRuns) {
            Thread.sleep(interval);
            Map<String, String> b = stamps(t, r);
            Map<String, String> c = stamps(cases);
            boolean bookChanged = !b.equals(bookStamp);
            boolean casesChanged = !c.equals(caseStamp);
            if (!bookChanged && !casesChanged) continue;
            // Wait for the save to finish: the files must be unchanged over one more interval.
            Thread.sleep(interval);
            if (!stamps(t, r).equals(b) || !stamps(cases).equals(c)) continue;
            long start = System.nanoTime();
            bookStamp = b;
            caseStamp = c;
            if (bookChanged) {
                out.println(now() + " tables or rules changed: rebuilding");
                out.flush();
                Engine next = build(t, r, out);
                if (next == null) {
                    runs++;
                    continue;
                }
                book = next;
            }
            Map<String, Report> now = assessAll(book, out);
            int changedCases = 0;
            for (Map.Entry<String, Report> e : now.entrySet()) {
                Report before = reports.get(e.getKey());
                FindingsDiff d = before == null ? FindingsDiff.of(e.getKey(), empty(e.getValue()), e.getValue())
                        : FindingsDiff.of(e.getKey(), before, e.getValue());
                if (!d.isEmpty()) {
                    changedCases++;
                    d.lines().forEach(out::println);
                }
            }
            for (String gone : reports.keySet()) if (!now.containsKey(gone)) out.println(gone + ": no longer watched");
            reports = now;
            runs++;
            out.println(now() + " re-assessed " + now.size() + " cases in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                    + (changedCases == 0 ? "no finding changed" : changedCases + " cases changed"));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static Report empty(Report r) {
        return new Report(r.getAsOf(), List.<Finding>of(), r.getEngineVersion(), r.getRuleBookVersion(), r.getCaseName());
    }

    private static String now() { return LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString(); }

    private static Engine build(Path t, Path r, PrintWriter out) {
        try {
            return Engine.build(RuleBookInputs.fromDirectories(t, r));
        } catch (RuleBookException e) {
            out.println(now() + " the rule book does not build; the previous one stays in use:");
            for (TableProblem p : e.getProblems()) if (p.isError()) out.println("  " + p);
            out.flush();
            return null;
        }
    }

    private Map<String, Report> assessAll(Engine book, PrintWriter out) {
        Map<String, Report> m = new LinkedHashMap<>();
        List<Corpus.Case> all;
        try {
            all = Corpus.read(List.of(cases));
        } catch (CaseInputException e) {
            out.println("  " + e.getMessage());
            return m;
        }
        for (Corpus.Case c : all) {
            try {
                m.put(c.name(), book.assess(c.caseFile(), c.name()));
            } catch (CaseInputException e) {
                out.println("  " + e.getMessage());
            }
        }
        return m;
    }

    /** Size and modification time of every file under the paths. */
    static Map<String, String> stamps(Path... roots) {
        Map<String, String> m = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.toList()) {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        if (a.isRegularFile()) m.put(p.toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
                    } catch (IOException e) {
                        m.put(p.toString(), "unreadable");
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                m.put(root.toString(), "unreadable");
            }
        }
        return m;
    }
}
